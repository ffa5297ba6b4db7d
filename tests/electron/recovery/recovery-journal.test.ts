import { mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeJournalFiles, type JournalFiles } from '../../../electron/recovery/journal-files.ts';
import { RecoveryJournal } from '../../../electron/recovery/recovery-journal.ts';
import type { RecordEditsArgs } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { storyChanges } from '../../../shared/recovery/story-changes.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { BodyBlock, Story } from '../../../shared/story/schema.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();
const ID = '01jq0000000000000000000000';
const WRITER = 'window0000000001';
const rev = (n: number) => n.toString(16).padStart(64, '0');
const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });

function storyOf(...texts: string[]): Story {
  const story = createStory({ id: ID, now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' });
  return { ...story, body: texts.map(paragraph) };
}

/** What a window does: the whole story first, then what changed since the entry before. */
function windowWriting(journal: RecoveryJournal, library: string, writer = WRITER) {
  let last: { story: Story; seq: number } | null = null;
  let seq = 0;
  return {
    async type(story: Story, baseRevision = rev(1), at = '2026-11-27T10:42:00.000Z') {
      seq++;
      const edit: RecordEditsArgs['edit'] = last ? { kind: 'changes', after: last.seq, ...storyChanges(last.story, story) } : { kind: 'whole', story };
      const receipt = await journal.record(library, { id: ID, writer, seq, at, baseRevision, edit });
      if (receipt.status === 'kept') last = { story, seq };
      return receipt;
    },
    saved: (revision: string, upTo = seq) => journal.saved(library, { id: ID, writer, seq: upTo, revision }),
    get seq() {
      return seq;
    },
  };
}

async function setup(files?: JournalFiles) {
  const data = join(await tempFolder(), 'config', 'copydesk');
  const library = join(await tempFolder(), 'library');
  await mkdir(library, { recursive: true });
  const journal = new RecoveryJournal(join(data, 'recovery'), { files });
  return { data, library, journal, file: journal.fileOf(library, ID) };
}

/** Every file under a folder, relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
}

describe('RecoveryJournal', () => {
  it('keeps the whole story first, then only what changed, and reads back the story as last typed', async () => {
    const { library, journal, file } = await setup();
    const writing = windowWriting(journal, library);
    const first = storyOf('The storm reached the harbour.');
    await writing.type(first);
    const second = { ...first, body: [...first.body, paragraph('Boats stayed in port.')] };
    await writing.type(second, rev(1), '2026-11-27T10:42:01.000Z');
    const third = { ...second, headline: 'Storm shuts the harbour', body: [second.body[0]!, paragraph('Boats stayed in port overnight.')] };
    await writing.type(third, rev(1), '2026-11-27T10:42:02.000Z');

    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).not.toContain('The storm reached the harbour.'); // the unchanged paragraph is not sent again
    expect(await journal.read(library, ID)).toEqual({
      story: third,
      baseRevision: rev(1),
      typedAt: '2026-11-27T10:42:02.000Z',
      unreadableEntries: 0,
    });
  });

  it('starts from the story on disk when the window sends only what it changed there, and writes it whole', async () => {
    const { library, journal, file } = await setup();
    const onDisk = storyOf('On disk.', 'Untouched.');
    const readOnDisk = async () => ({ story: onDisk, revision: rev(1) });
    const edit = { kind: 'from-disk' as const, ...storyChanges(onDisk, { ...onDisk, body: [paragraph('On disk, typed on.'), onDisk.body[1]!] }) };
    const entry = { id: ID, writer: WRITER, seq: 1, at: '2026-11-27T10:42:00.000Z', baseRevision: rev(1), edit };
    expect(await journal.record(library, entry, readOnDisk)).toEqual({ status: 'kept' });
    expect(JSON.parse((await readFile(file, 'utf8')).split('\n')[0]!)).toMatchObject({ edit: { kind: 'whole' } });
    expect((await journal.read(library, ID))?.story.body).toEqual([paragraph('On disk, typed on.'), paragraph('Untouched.')]);

    // The disk moved on since the window's base, or cannot be read: the window must send the whole story.
    const moved = async () => ({ story: onDisk, revision: rev(2) });
    expect(await journal.record(library, { ...entry, seq: 2 }, moved)).toEqual({ status: 'needs-whole-story' });
    const gone = async () => Promise.reject(new CopydeskError('not-found', 'gone'));
    expect(await journal.record(library, { ...entry, seq: 2 }, gone)).toEqual({ status: 'needs-whole-story' });
  });

  it('lives in the data folder, outside the library, with a folder for each library', async () => {
    const { data, library, journal } = await setup();
    const other = join(await tempFolder(), 'other library');
    await windowWriting(journal, library).type(storyOf('In the first library.'));
    await windowWriting(journal, other).type(storyOf('The same id in another library.'));

    expect(await readdir(library)).toEqual([]);
    const files = await filesUnder(data);
    expect(files).toHaveLength(2);
    for (const path of files) expect(path).toMatch(/^recovery\/[0-9a-f]{16}\/01jq0000000000000000000000\.jsonl$/);
    expect((await journal.read(library, ID))?.story.body).toEqual([paragraph('In the first library.')]);
    expect((await journal.read(other, ID))?.story.body).toEqual([paragraph('The same id in another library.')]);
  });

  it('offers nothing once a save covered every entry, and removes the journal', async () => {
    const { library, journal, file } = await setup();
    const writing = windowWriting(journal, library);
    await writing.type(storyOf('Typed.'));
    await writing.type(storyOf('Typed, then more.'));
    await writing.saved(rev(2));
    expect(await journal.read(library, ID)).toBeNull();
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('offers what was typed after the last save, based on the revision that save wrote', async () => {
    const { library, journal } = await setup();
    const writing = windowWriting(journal, library);
    await writing.type(storyOf('Typed.'));
    const afterSave = storyOf('Typed, saved, and typed after the save.');
    await writing.type(storyOf('Typed, saved.'));
    await writing.saved(rev(2)); // the save of edit 2 answered…
    await writing.type(afterSave, rev(2)); // …and the window typed on
    expect(await journal.read(library, ID)).toMatchObject({ story: afterSave, baseRevision: rev(2) });
  });

  it('takes the revision of a save that answered after a later entry was written', async () => {
    const { library, journal } = await setup();
    const writing = windowWriting(journal, library);
    await writing.type(storyOf('One.'));
    await writing.type(storyOf('One. Two.')); // written while the save of edit 1 was on its way
    await writing.saved(rev(2), 1);
    expect(await journal.read(library, ID)).toMatchObject({ story: storyOf('One. Two.'), baseRevision: rev(2) });
  });

  it('asks for the whole story when changes do not follow its last entry: another window, or a lost entry', async () => {
    const { library, journal } = await setup();
    const mine = windowWriting(journal, library);
    await mine.type(storyOf('Mine.'));
    const theirs = windowWriting(journal, library, 'window0000000002');
    await theirs.type(storyOf('Theirs.'));
    expect(await mine.type(storyOf('Mine, typed on.'))).toEqual({ status: 'needs-whole-story' });
    expect((await journal.read(library, ID))?.story.body).toEqual([paragraph('Theirs.')]);

    // A new process knows no thread to follow, even in a journal file that is there.
    const restarted = new RecoveryJournal(journal.folder);
    const edit = { kind: 'changes' as const, after: theirs.seq, ...storyChanges(storyOf('Theirs.'), storyOf('Theirs, on.')) };
    const receipt = await restarted.record(library, { id: ID, writer: 'window0000000002', seq: theirs.seq + 1, at: '2026-11-27T10:42:00.000Z', baseRevision: rev(1), edit });
    expect(receipt).toEqual({ status: 'needs-whole-story' });
  });

  it('reads what it can of a journal cut short in the middle of an entry, and says one could not be read', async () => {
    const { library, journal, file } = await setup();
    const writing = windowWriting(journal, library);
    await writing.type(storyOf('First.'));
    await writing.type(storyOf('First.', 'Second.'), rev(1), '2026-11-27T10:42:01.000Z');
    const before = (await stat(file)).size;
    await writing.type(storyOf('First.', 'Second.', 'Third, being written when the power went.'));
    await truncate(file, before + 40); // killed part-way through the last append

    expect(await journal.read(library, ID)).toEqual({
      story: storyOf('First.', 'Second.'),
      baseRevision: rev(1),
      typedAt: '2026-11-27T10:42:01.000Z',
      unreadableEntries: 1,
    });
  });

  it('skips the entries after a damaged one until the next whole story, since each builds on the one before', async () => {
    const { library, journal, file } = await setup();
    const writing = windowWriting(journal, library);
    await writing.type(storyOf('A.', 'B.'));
    await writing.type(storyOf('A, typed on.', 'B.'));
    await writing.type(storyOf('A, typed on.', 'B, typed on.')); // on its own it would fit the story before the lost one
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[1] = '{"type":"entry", garbled';
    await writeFile(file, lines.join('\n'));
    expect(await journal.read(library, ID)).toMatchObject({ story: storyOf('A.', 'B.'), unreadableEntries: 2 });
  });

  it('loses nothing to a damaged line that held no entry (a save’s mark)', async () => {
    const { library, journal, file } = await setup();
    const writing = windowWriting(journal, library);
    await writing.type(storyOf('A.'));
    await writing.saved(rev(2));
    await writing.type(storyOf('A.', 'B.'), rev(2));
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[1] = lines[1]!.slice(0, 30); // the save's mark, cut short
    await writeFile(file, lines.join('\n'));
    expect(await journal.read(library, ID)).toMatchObject({ story: storyOf('A.', 'B.'), unreadableEntries: 1 });
  });

  it('sets a journal with nothing readable aside, never deleting it, and offers nothing', async () => {
    const { library, journal, file } = await setup();
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, 'not a journal\n{"type":"entry"');
    expect(await journal.read(library, ID)).toBeNull();
    const kept = await readdir(dirname(file));
    expect(kept).toEqual([expect.stringMatching(/^01jq0000000000000000000000\.jsonl\.unreadable-\d+$/)]);
  });

  it('refuses a journal line that does not pass the story schema, as it refuses a bad story file', async () => {
    const { library, journal, file } = await setup();
    const writing = windowWriting(journal, library);
    await writing.type(storyOf('A.'));
    const bad = { type: 'entry', id: ID, writer: WRITER, seq: 2, at: '2026-11-27T10:42:00.000Z', baseRevision: rev(1), edit: { kind: 'changes', after: 1, body: { start: 0, deleteCount: 1, blocks: [{ type: 'script', src: 'x' }] } } };
    await writeFile(file, `${await readFile(file, 'utf8')}${JSON.stringify(bad)}\n`);
    expect(await journal.read(library, ID)).toMatchObject({ story: storyOf('A.'), unreadableEntries: 1 });
  });

  it('rewrites itself as one whole story when the changes outgrow it, and still reads back the latest', async () => {
    const { library, journal, file } = await setup();
    const small = new RecoveryJournal(journal.folder, { compactAfterBytes: 2_000 });
    const writing = windowWriting(small, library);
    const words: string[] = [];
    let story = storyOf('Start.');
    for (let n = 0; n < 120; n++) {
      words.push(`word${n}`);
      story = { ...story, body: [story.body[0]!, paragraph(words.join(' '))] };
      expect(await writing.type(story)).toEqual({ status: 'kept' });
    }
    const size = (await stat(file)).size;
    expect(size).toBeLessThan(2 * 2_000 + 2 * JSON.stringify(story).length);
    expect((await journal.read(library, ID))?.story).toEqual(story);
  });

  it('answers a full disk with a typed error, and wants the whole story next, since the entry may be half there', async () => {
    const { library, journal } = await setup();
    const real = nodeJournalFiles();
    let full = false;
    const files: JournalFiles = {
      ...real,
      append: async (path, text) => {
        if (full) throw new CopydeskError('disk-full', `Could not keep the recovery copy: the disk holding ${path} is full.`);
        return real.append(path, text);
      },
    };
    const failing = new RecoveryJournal(journal.folder, { files });
    const writing = windowWriting(failing, library);
    await writing.type(storyOf('A.'));
    full = true;
    await expect(writing.type(storyOf('A.', 'B.'))).rejects.toMatchObject({ code: 'disk-full' });
    full = false;
    expect(await writing.type(storyOf('A.', 'B.', 'C.'))).toEqual({ status: 'needs-whole-story' });
  });

  it('works in a data folder and for a library whose paths have spaces and accents', async () => {
    const base = await tempFolder();
    const journal = new RecoveryJournal(join(base, 'Données de l’app', 'recovery'));
    const library = join(base, 'Mes histoires — été 2026');
    await windowWriting(journal, library).type(storyOf('Le port est fermé.'));
    expect((await journal.read(library, ID))?.story.body).toEqual([paragraph('Le port est fermé.')]);
  });

  it('forgets a story’s journal when told to', async () => {
    const { library, journal, file } = await setup();
    await windowWriting(journal, library).type(storyOf('Dropped on purpose.'));
    await journal.discard(library, ID);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await journal.read(library, ID)).toBeNull();
  });
});
