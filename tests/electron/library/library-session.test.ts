// The open library changing while the app runs: a switch opens the new library fully before letting the
// old one go, and whoever listens for changes keeps hearing them from the library now open.

import { cp, mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempFile, TEMP_SUFFIX } from '../../../electron/library/atomic-write.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

describe('LibrarySession', () => {
  it('opens the library at a folder, creating the folder on first start', async () => {
    const folder = join(await tempFolder(), 'Copydesk');
    const session = await LibrarySession.open(folder);
    expect(session.library.root).toBe(folder);
    expect(session.library.list()).toEqual([]);
  });

  it('sweeps a crash’s old temporary files in the background, leaving a fresh one (a save in flight) alone', async () => {
    const folder = await tempFolder();
    const seed = await LibrarySession.open(folder);
    const made = await seed.library.create({ headline: 'Crashed mid-save' });
    const old = join(made.path, `.story.json.1234${TEMP_SUFFIX}`);
    const fresh = join(made.path, `.story.json.5678${TEMP_SUFFIX}`);
    await writeFile(old, 'half a story');
    await writeFile(fresh, 'a save in flight');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, anHourAgo, anHourAgo);

    const session = await LibrarySession.open(folder, { sweepDelayMs: 0 });
    await expect(session.sweeping).resolves.toBe(1);
    expect((await readdir(made.path)).filter(isTempFile)).toEqual([`.story.json.5678${TEMP_SUFFIX}`]);
  });

  it('waits a moment after opening before it sweeps, so the first screen does not share the disk with it', async () => {
    const folder = await tempFolder();
    const seed = await LibrarySession.open(folder);
    const made = await seed.library.create({ headline: 'Crashed mid-save' });
    const old = join(made.path, `.story.json.1234${TEMP_SUFFIX}`);
    await writeFile(old, 'half a story');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, anHourAgo, anHourAgo);

    const session = await LibrarySession.open(folder, { sweepDelayMs: 300 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await readdir(made.path)).filter(isTempFile)).toEqual([`.story.json.1234${TEMP_SUFFIX}`]);
    await expect(session.sweeping).resolves.toBe(1);
    expect((await readdir(made.path)).filter(isTempFile)).toEqual([]);
  });

  it('switches to another library: its stories are the ones listed and opened', async () => {
    const first = await LibrarySession.open(await tempFolder());
    await first.library.create({ headline: 'In the first library' });
    const other = await tempFolder();
    const second = await LibrarySession.open(other);
    const created = await second.library.create({ headline: 'In the second library' });

    await first.switchTo(other);
    expect(first.library.root).toBe(other);
    expect(first.library.list().map((story) => story.headline)).toEqual(['In the second library']);
    expect((await first.library.open(created.story.id)).story.headline).toBe('In the second library');
    expect(first.folderOf(created.story.id)).toBe(created.path);
  });

  it('tells its listeners the library changed, and passes on the new library’s events, not the old one’s', async () => {
    const session = await LibrarySession.open(await tempFolder());
    const old = session.library;
    const reasons: string[] = [];
    session.on('libraryChanged', ({ reason }) => reasons.push(reason));
    await session.switchTo(await tempFolder());
    expect(reasons).toEqual(['switched']);
    old.emit('libraryChanged', { reason: 'from the old library' });
    session.library.emit('libraryChanged', { reason: 'from the new library' });
    expect(reasons).toEqual(['switched', 'from the new library']);
  });

  it('refuses a folder that does not exist, and keeps the library it had', async () => {
    const session = await LibrarySession.open(await tempFolder());
    const before = session.library;
    const missing = join(await tempFolder(), 'Stories typo');
    await expect(session.switchTo(missing)).rejects.toMatchObject({
      code: 'not-found',
      message: `There is no folder at ${missing}. Choose a folder that exists, or create it first.`,
    });
    expect(session.library).toBe(before);
  });

  it('refuses a file, and keeps the library it had', async () => {
    const session = await LibrarySession.open(await tempFolder());
    const file = join(await tempFolder(), 'notes.txt');
    await writeFile(file, 'not a library');
    await expect(session.switchTo(file)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('is a file') });
    expect(session.library.root).not.toBe(file);
  });

  it('opening the library already open changes nothing and tells nobody', async () => {
    const session = await LibrarySession.open(await tempFolder());
    const before = session.library;
    let told = 0;
    session.on('libraryChanged', () => told++);
    await session.switchTo(before.root);
    expect(session.library).toBe(before);
    expect(told).toBe(0);
  });

  it('watches the library switched to for changes made outside Copydesk', async () => {
    const session = await LibrarySession.open(await tempFolder());
    const stop = session.watchForChanges();
    const other = await tempFolder();
    await session.switchTo(other);
    const changed = new Promise<string>((resolve) => session.on('libraryChanged', ({ reason }) => resolve(reason)));
    // A story folder appears, as a sync client would put it there.
    const seed = await LibrarySession.open(await tempFolder());
    const made = await seed.library.create({ headline: 'Synced in' });
    await mkdir(join(other, 'synced-in'));
    await cp(made.path, join(other, 'synced-in'), { recursive: true });
    await expect(changed).resolves.toBeTypeOf('string');
    await expect.poll(() => session.library.list().map((story) => story.headline)).toEqual(['Synced in']);
    stop();
  });
});
