// Disk trouble, end to end below the interface: the story session (the renderer's), the bridge's handlers, the
// library and the recovery journal, in one process, on a library and a data folder whose paths have spaces and
// accents. A full disk, a read-only library, a story folder removed or changed while open: each time the person
// gets a clear message, the text stays in memory and in the recovery journal, and saving is tried again.
//
// A full disk is simulated: node:fs/promises is wrapped so that writes under the library fail with ENOSPC. A
// read-only library is made with chmod where that stops this user writing; root writes through permissions,
// so there the same wrapper fails the writes with EACCES instead — the test says which it used, and never
// skips.

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import { RecoveryJournal } from '../../../electron/recovery/recovery-journal.ts';
import { StorySession } from '../../../renderer/src/state/story-session.ts';
import { createBridgeClient, type BridgeEvents, type CopydeskBridge, type OpenedStory } from '../../../shared/bridge/contract.ts';
import type { BodyBlock, Story } from '../../../shared/story/schema.ts';

// ── a file system whose writes under one folder can be made to fail ────────────────────────────────────────

const failing = vi.hoisted(() => ({ under: null as string | null, code: 'ENOSPC' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const refuse = (path: unknown) => {
    if (failing.under === null || !String(path).startsWith(failing.under)) return;
    const message = failing.code === 'ENOSPC' ? 'no space left on device' : 'permission denied';
    throw Object.assign(new Error(`${failing.code}: ${message}, '${String(path)}'`), { code: failing.code, path: String(path) });
  };
  const writes = (flags: unknown) => typeof flags === 'string' && /[wax+]/.test(flags);
  const guarded = <A extends [unknown, ...unknown[]], R>(method: (...args: A) => Promise<R>) =>
    (async (...args: A) => {
      refuse(args[0]);
      return method(...args);
    }) as typeof method;
  const wrapped = {
    ...real,
    open: (async (path: Parameters<typeof real.open>[0], flags?: Parameters<typeof real.open>[1], mode?: Parameters<typeof real.open>[2]) => {
      if (writes(flags)) refuse(path);
      return real.open(path, flags, mode);
    }) as typeof real.open,
    writeFile: guarded(real.writeFile),
    appendFile: guarded(real.appendFile),
    mkdir: guarded(real.mkdir),
    rename: guarded(real.rename),
    cp: guarded(real.cp),
  };
  return { ...wrapped, default: wrapped };
});

/** Whether chmod keeps this user from writing (not for root): probed once, synchronously, to name the tests. */
const chmodStopsWrites = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'copydesk-chmod-probe-'));
  try {
    chmodSync(probe, 0o555);
    writeFileSync(join(probe, 'written'), 'x');
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o755);
    rmSync(probe, { recursive: true, force: true });
  }
})();

// ── Copydesk in one process: session → bridge → handlers → library, journal ───────────────────────────────

const scratch: string[] = [];
const stops: (() => void)[] = [];

afterEach(async () => {
  failing.under = null;
  for (const stop of stops.splice(0)) stop();
  for (const folder of scratch.splice(0)) {
    await chmodDeep(folder);
    await rm(folder, { recursive: true, force: true });
  }
});

async function chmodDeep(folder: string): Promise<void> {
  await chmod(folder, 0o755).catch(() => {});
  const { readdir } = await import('node:fs/promises');
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory()) await chmodDeep(join(folder, entry.name));
  }
}

async function copydesk() {
  const base = await (await import('node:fs/promises')).mkdtemp(join(tmpdir(), 'copydesk-disk-'));
  scratch.push(base);
  const libraryRoot = join(base, 'Mes Histoires — été 2026');
  const dataFolder = join(base, 'Données de l’app');
  await mkdir(libraryRoot);
  const libraries = await LibrarySession.open(libraryRoot, { sweepDelayMs: 60_000 });
  stops.push(libraries.watchForChanges());
  const journal = new RecoveryJournal(join(dataFolder, 'recovery'));
  const preferences = createNodePreferencesStore({ configDir: dataFolder, libraryPath: libraryRoot });
  const handlers = createBridgeHandlers({ libraries, preferences, recovery: journal });
  const calls: string[] = [];
  const node = { killed: false };
  const bridge = bridgeOver(handlers, libraries, calls, node);
  const opened = await bridge.story.create({ headline: 'Harbour storm' });
  return { base, libraryRoot, libraries, journal, bridge, calls, opened, kill: () => (node.killed = true) };
}

/**
 * The bridge as the window has it, over the handlers, with what goes over the wire made into JSON and back.
 * Once `node.killed`, nothing answers any more and nothing reaches the handlers, as after a SIGKILL.
 */
function bridgeOver(
  handlers: ReturnType<typeof createBridgeHandlers>,
  libraries: LibrarySession,
  calls: string[],
  node = { killed: false },
): CopydeskBridge {
  const listeners = new Set<(payload: BridgeEvents['onStoryChangedOnDisk']) => void>();
  const forward = (payload: BridgeEvents['onStoryChangedOnDisk']) => listeners.forEach((listener) => listener(payload));
  libraries.on('storyChanged', forward);
  stops.push(() => libraries.off('storyChanged', forward));
  return createBridgeClient(
    async (channel, args) => {
      if (node.killed) return new Promise(() => {});
      calls.push(channel);
      const answer = await dispatch(handlers, channel, JSON.parse(JSON.stringify(args)));
      if (answer.ok) return answer.value;
      throw answer.error;
    },
    ((event: string, listener: (payload: never) => void) => {
      if (event !== 'onStoryChangedOnDisk') return () => {};
      listeners.add(listener as never);
      return () => listeners.delete(listener as never);
    }) as CopydeskBridge['on'],
  );
}

function openSession(bridge: CopydeskBridge, opened: OpenedStory): StorySession {
  const session = new StorySession(bridge, opened.story.id, { autosaveMs: 50, retryDelaysMs: [150], journalIntervalMs: 100 });
  stops.push(() => session.destroy());
  return session;
}

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });
const typeBody = (text: string) => (story: Story) => ({ ...story, body: [paragraph(text)] });

async function journaledBody(journal: RecoveryJournal, libraryRoot: string, id: string) {
  return (await journal.read(libraryRoot, id))?.story.body ?? null;
}

/** Waits for what a real disk and real timers take a moment to do (longer than vi.waitFor's second on a busy machine). */
const eventually = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 20 });

const saves = (calls: string[]) => calls.filter((channel) => channel === 'story:save').length;

describe('disk trouble', () => {
  it('a full disk: says so, keeps the text in memory and in the recovery journal, and saves once there is room', async () => {
    const { libraryRoot, journal, bridge, calls, opened } = await copydesk();
    const session = openSession(bridge, opened);
    await eventually(() => expect(session.getState().phase).toBe('ready'));
    failing.under = libraryRoot + sep;
    failing.code = 'ENOSPC';

    session.edit(typeBody('Boats stayed in port as the storm closed the harbour.'));
    await eventually(() => expect(session.getState().save.kind).toBe('failed'));
    const save = session.getState().save;
    expect(save.kind === 'failed' && save.error).toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/^Could not save story\.json: the disk holding .*Mes Histoires — été 2026.* is full\. Your work is still open/),
    });
    expect(session.getState().story?.body).toEqual([paragraph('Boats stayed in port as the storm closed the harbour.')]);
    await eventually(async () =>
      expect(await journaledBody(journal, libraryRoot, opened.story.id)).toEqual([paragraph('Boats stayed in port as the storm closed the harbour.')]),
    );
    expect(session.getState().journal.kind).toBe('kept');
    await eventually(() => expect(saves(calls)).toBeGreaterThanOrEqual(3)); // tried again, by itself

    failing.under = null; // room again
    await eventually(() => expect(session.getState().save.kind).toBe('saved'));
    const onDisk = JSON.parse(await readFile(join(opened.path, 'story.json'), 'utf8')) as Story;
    expect(onDisk.body).toEqual([paragraph('Boats stayed in port as the storm closed the harbour.')]);
    await eventually(async () => expect(await journal.read(libraryRoot, opened.story.id)).toBeNull());
  });

  it(`a read-only library (${chmodStopsWrites ? 'by chmod' : 'simulated: this user writes through chmod'}): says so, keeps the text in memory and in the journal, and saves once it can`, async () => {
    const { libraryRoot, journal, bridge, calls, opened } = await copydesk();
    const session = openSession(bridge, opened);
    await eventually(() => expect(session.getState().phase).toBe('ready'));
    if (chmodStopsWrites) {
      await chmod(opened.path, 0o555);
      await chmod(libraryRoot, 0o555);
    } else {
      failing.under = libraryRoot + sep;
      failing.code = 'EACCES';
    }

    session.edit(typeBody('Written to a read-only library.'));
    await eventually(() => expect(session.getState().save.kind).toBe('failed'));
    const save = session.getState().save;
    expect(save.kind === 'failed' && save.error).toMatchObject({
      code: 'read-only',
      message: expect.stringMatching(/is read-only\. Your work is still open; check the folder's permissions, or save a copy elsewhere\.$/),
    });
    await eventually(async () => expect(await journaledBody(journal, libraryRoot, opened.story.id)).toEqual([paragraph('Written to a read-only library.')]));
    await eventually(() => expect(saves(calls)).toBeGreaterThanOrEqual(3));

    failing.under = null;
    await chmod(libraryRoot, 0o755);
    await chmod(opened.path, 0o755);
    await eventually(() => expect(session.getState().save.kind).toBe('saved'));
  });

  it('a story folder removed while open: says so, keeps the text in memory and in the journal, and saves once it is back', async () => {
    const { libraryRoot, journal, bridge, calls, opened } = await copydesk();
    const session = openSession(bridge, opened);
    await eventually(() => expect(session.getState().phase).toBe('ready'));
    const file = join(opened.path, 'story.json');
    const original = await readFile(file);

    await rm(opened.path, { recursive: true });
    await eventually(() => expect(session.getState().notice).toBe('The story’s file was moved or deleted on disk. Your text is still here.'));
    session.edit(typeBody('Typed after the folder went.'));
    await eventually(() => expect(session.getState().save).toMatchObject({ kind: 'failed', error: { code: 'not-found' } }));
    expect(session.getState().story?.body).toEqual([paragraph('Typed after the folder went.')]);
    await eventually(async () => expect(await journaledBody(journal, libraryRoot, opened.story.id)).toEqual([paragraph('Typed after the folder went.')]));
    await eventually(() => expect(saves(calls)).toBeGreaterThanOrEqual(3));

    await mkdir(opened.path); // put back as it was (from the trash, a backup)
    await writeFile(file, original);
    await eventually(() => expect(session.getState().save.kind).toBe('saved'));
    expect((JSON.parse(await readFile(file, 'utf8')) as Story).body).toEqual([paragraph('Typed after the folder went.')]);
  });

  it('a story changed on disk while open: writes nothing over it, keeps the text in memory and in the journal', async () => {
    const { libraryRoot, journal, bridge, opened } = await copydesk();
    const session = openSession(bridge, opened);
    await eventually(() => expect(session.getState().phase).toBe('ready'));
    session.edit(typeBody('Ours, typed here.'));
    const file = join(opened.path, 'story.json');
    await eventually(async () => expect((JSON.parse(await readFile(file, 'utf8')) as Story).body).toEqual([paragraph('Ours, typed here.')]));

    session.noteUnsyncedEdits(); // typing on while another program writes the file
    const theirs = { ...(JSON.parse(await readFile(file, 'utf8')) as Story), headline: 'Theirs, from another program' };
    await writeFile(file, JSON.stringify(theirs, null, 2));
    await eventually(() => expect(session.getState().save.kind).toBe('conflict'));
    session.edit(typeBody('Ours, typed on through the conflict.'));

    await eventually(async () =>
      expect(await journaledBody(journal, libraryRoot, opened.story.id)).toEqual([paragraph('Ours, typed on through the conflict.')]),
    );
    expect((JSON.parse(await readFile(file, 'utf8')) as Story).headline).toBe('Theirs, from another program');
  });

  it('killed while the disk is full: the next Copydesk gives the words back, says so, and saves them', async () => {
    const { libraryRoot, libraries, journal, bridge, opened, kill } = await copydesk();
    const session = openSession(bridge, opened);
    await eventually(() => expect(session.getState().phase).toBe('ready'));
    failing.under = libraryRoot + sep;
    session.edit(typeBody('Seven words that never reached the disk.'));
    await eventually(async () => expect(await journaledBody(journal, libraryRoot, opened.story.id)).not.toBeNull());
    kill(); // the process is gone without a word: nothing more is saved, journaled or discarded

    failing.under = null;
    // A new process: a journal that knows nothing but its folder, handlers and a bridge of its own.
    const restarted = new RecoveryJournal(journal.folder);
    const preferences = createNodePreferencesStore({ configDir: join(journal.folder, '..'), libraryPath: libraryRoot });
    const again = openSession(bridgeOver(createBridgeHandlers({ libraries, preferences, recovery: restarted }), libraries, []), opened);
    await eventually(() => expect(again.getState().recovered).toMatchObject({ words: 7, diskChanged: false }));
    expect(again.getState().story?.body).toEqual([paragraph('Seven words that never reached the disk.')]);
    await eventually(() => expect(again.getState().recovered?.saved).toBe(true));
    expect((JSON.parse(await readFile(join(opened.path, 'story.json'), 'utf8')) as Story).body).toEqual([
      paragraph('Seven words that never reached the disk.'),
    ]);
  });
  it('a story folder removed, then Copydesk killed: the story cannot open, but its words can be saved as a new story', async () => {
    const { libraryRoot, libraries, journal, bridge, opened, kill } = await copydesk();
    const session = openSession(bridge, opened);
    await eventually(() => expect(session.getState().phase).toBe('ready'));
    await rm(opened.path, { recursive: true });
    await eventually(() => expect(session.getState().notice).not.toBeNull());
    session.edit(typeBody('Words with nowhere to go.'));
    await eventually(async () => expect(await journaledBody(journal, libraryRoot, opened.story.id)).not.toBeNull());
    kill();

    const preferences = createNodePreferencesStore({ configDir: join(journal.folder, '..'), libraryPath: libraryRoot });
    const restarted = new RecoveryJournal(journal.folder);
    const again = openSession(bridgeOver(createBridgeHandlers({ libraries, preferences, recovery: restarted }), libraries, []), opened);
    await eventually(() => expect(again.getState().phase).toBe('failed'));
    expect(again.getState().strandedEdits?.story.body).toEqual([paragraph('Words with nowhere to go.')]);
    const copy = await again.saveStrandedEdits();
    expect((JSON.parse(await readFile(join(copy.path, 'story.json'), 'utf8')) as Story).body).toEqual([paragraph('Words with nowhere to go.')]);
    await eventually(async () => expect(await restarted.read(libraryRoot, opened.story.id)).toBeNull());
  });
});
