// The recovery:* channels through dispatch, as every transport calls them: arguments checked against the
// contract's schemas, and the journal kept for the library that is open.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import { RecoveryJournal } from '../../../electron/recovery/recovery-journal.ts';
import type { OpenedStory } from '../../../shared/bridge/contract.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();
const WRITER = 'window0000000001';

async function setup({ journal = true } = {}) {
  const libraries = await LibrarySession.open(await tempFolder(), { watch: false, sweepDelayMs: 60_000 });
  const data = await tempFolder();
  const preferences = createNodePreferencesStore({ configDir: data, libraryPath: libraries.library.root });
  const recovery = journal ? new RecoveryJournal(join(data, 'recovery')) : undefined;
  const handlers = createBridgeHandlers({ libraries, preferences, recovery });
  const call = (channel: string, args: unknown) => dispatch(handlers, channel, args);
  const opened = ((await call('story:create', { headline: 'Harbour storm' })) as { value: OpenedStory }).value;
  return { libraries, data, call, opened };
}

const entry = (opened: OpenedStory, seq: number, story: unknown) => ({
  id: opened.story.id,
  writer: WRITER,
  seq,
  at: '2026-11-27T10:42:00.000Z',
  baseRevision: opened.revision,
  edit: { kind: 'whole', story },
});

describe('the recovery channels', () => {
  it('keep a story’s unsaved edits and give them back until a save covers them', async () => {
    const { call, opened } = await setup();
    const typed = { ...opened.story, headline: 'Harbour storm closes the port' };
    expect(await call('recovery:record', entry(opened, 1, typed))).toEqual({ ok: true, value: { status: 'kept' } });
    expect(await call('recovery:read', { id: opened.story.id })).toMatchObject({
      ok: true,
      value: { story: { headline: 'Harbour storm closes the port' }, baseRevision: opened.revision, unreadableEntries: 0 },
    });
    const marked = await call('recovery:saved', { id: opened.story.id, writer: WRITER, seq: 1, revision: 'a'.repeat(64) });
    expect(marked).toEqual({ ok: true, value: null });
    expect(await call('recovery:read', { id: opened.story.id })).toEqual({ ok: true, value: null });
  });

  it('start a window’s journal from the story on disk, so the window sends only what it changed', async () => {
    const { call, opened } = await setup();
    const body = [{ type: 'paragraph', children: [{ text: 'Typed before any save.' }] }];
    const first = { ...entry(opened, 1, null), edit: { kind: 'from-disk', fields: { headline: 'Harbour storm, typed on' }, body: { start: 0, deleteCount: 0, blocks: body } } };
    expect(await call('recovery:record', first)).toEqual({ ok: true, value: { status: 'kept' } });
    expect(await call('recovery:read', { id: opened.story.id })).toMatchObject({
      ok: true,
      value: { story: { ...opened.story, headline: 'Harbour storm, typed on', body } },
    });
    // Based on a revision no longer on disk: the window is asked for the whole story.
    const stale = { ...first, seq: 2, baseRevision: 'b'.repeat(64) };
    expect(await call('recovery:record', stale)).toEqual({ ok: true, value: { status: 'needs-whole-story' } });
  });

  it('refuse an entry whose story the schema refuses, and write nothing', async () => {
    const { call, opened, data } = await setup();
    const bad = { ...opened.story, body: [{ type: 'paragraph', children: [] }] };
    expect(await call('recovery:record', entry(opened, 1, bad))).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', field: 'edit.story.body.0.children' },
    });
    expect(await call('recovery:record', { ...entry(opened, 1, opened.story), writer: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', field: 'writer' },
    });
    expect(await readdir(data)).not.toContain('recovery');
  });

  it('keep journals apart for each library: a story’s journal is not offered in another library', async () => {
    const { libraries, call, opened } = await setup();
    await call('recovery:record', entry(opened, 1, { ...opened.story, headline: 'Typed in the first library' }));
    await libraries.switchTo(await tempFolder());
    expect(await call('recovery:read', { id: opened.story.id })).toEqual({ ok: true, value: null });
  });

  it('keep nothing, and say so, where no journal was given', async () => {
    const { call, opened } = await setup({ journal: false });
    expect(await call('recovery:record', entry(opened, 1, opened.story))).toEqual({ ok: true, value: { status: 'off' } });
    expect(await call('recovery:read', { id: opened.story.id })).toEqual({ ok: true, value: null });
  });
});
