// The story's history through the library: reading one snapshot back, restoring it (undoable, conflict-checked),
// and "save mine as a copy".

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeStory } from '../../../shared/story/index.ts';
import { compareRevisionNames, REVISIONS_FOLDER } from '../../../electron/library/revision-store.ts';
import { revisionOf, STORY_FILE, StoryLibrary } from '../../../electron/library/story-library.ts';
import { clock, jpegBytes, rejection, useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

/** A library with one story saved as v1 (snapshotted), then v2 on disk. */
async function storyWithHistory() {
  const time = clock();
  const library = await StoryLibrary.open(await tempFolder(), time);
  const created = await library.create({ headline: 'First headline' });
  const id = created.story.id;
  time.advance(60_000);
  const v1 = await library.save(id, { ...created.story, body: [paragraph('One two three.')] }, created.revision);
  time.advance(60_000);
  const { story: v1Story } = await library.open(id);
  const v2 = await library.save(id, { ...v1Story, headline: 'Second headline', body: [paragraph('Four five.')] }, v1.revision);
  time.advance(60_000);
  const [snapshot] = await library.listRevisions(id);
  return { library, time, id, v1, v2, snapshotId: snapshot!.id };
}

describe('StoryLibrary.readRevision()', () => {
  it('reads one snapshot back as a validated story with its time', async () => {
    const { library, id, snapshotId } = await storyWithHistory();
    const read = await library.readRevision(id, snapshotId);
    expect(read).toMatchObject({ revisionId: snapshotId, createdAt: '2026-11-27T10:01:00.000Z' });
    expect(read.story.headline).toBe('First headline');
    expect(read.story.body).toEqual([paragraph('One two three.')]);
  });

  it('says "not found" for a snapshot that is not there', async () => {
    const { library, id } = await storyWithHistory();
    const error = await rejection(library.readRevision(id, '2020-01-01T00-00-00-000Z'));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/no snapshot 2020-01-01T00-00-00-000Z/);
  });

  it.each(['../story', '../../library.json', '2026-11-27T10-01-00-000Z/../../x', 'story', ''])(
    'refuses %j as a revision id, so no id can name a path',
    async (revisionId) => {
      const { library, id } = await storyWithHistory();
      const error = await rejection(library.readRevision(id, revisionId));
      expect(error.code).toBe('invalid-argument');
    },
  );

  it('reports a damaged snapshot instead of returning part of it', async () => {
    const { library, id } = await storyWithHistory();
    const folder = join(library.folderOf(id), REVISIONS_FOLDER);
    await writeFile(join(folder, '2026-11-27T09-00-00-000Z.json'), '{"headline": ');
    const error = await rejection(library.readRevision(id, '2026-11-27T09-00-00-000Z'));
    expect(error.code).toBe('invalid-story');
    expect(error.details.path).toContain('2026-11-27T09-00-00-000Z.json');
  });
});

describe('StoryLibrary.restoreRevision()', () => {
  it('makes the snapshot the current version and snapshots the version it replaced first', async () => {
    const { library, id, v2, snapshotId } = await storyWithHistory();
    const saved = await library.restoreRevision(id, snapshotId, v2.revision);

    const { story, revision } = await library.open(id);
    expect(revision).toBe(saved.revision);
    expect(story.headline).toBe('First headline');
    expect(story.body).toEqual([paragraph('One two three.')]);
    expect(saved.summary.headline).toBe('First headline');

    const history = await library.listRevisions(id);
    expect(history.map((info) => info.headline)).toEqual(['Second headline', 'First headline']);
    // …so the restore can itself be undone from the history.
    const undo = await library.restoreRevision(id, history[0]!.id, saved.revision);
    expect((await library.open(id)).story.headline).toBe('Second headline');
    expect(undo.revision).not.toBe(saved.revision);
  });

  it('keeps the story’s id, slug and folder, and takes the rest from the snapshot', async () => {
    const { library, id, v2, snapshotId, time } = await storyWithHistory();
    const before = await library.open(id);
    const renamed = await library.save(id, { ...before.story, slug: 'kept-slug', status: 'ready' }, v2.revision);
    time.advance(1000);
    const saved = await library.restoreRevision(id, snapshotId, renamed.revision);
    const { story, path } = await library.open(id);
    expect(story).toMatchObject({ id, slug: 'kept-slug', createdAt: before.story.createdAt, status: 'draft' });
    expect(path).toBe(renamed.path);
    expect(saved.path).toBe(renamed.path);
  });

  it('refuses a restore based on a stale revision, writing neither the story nor a snapshot', async () => {
    const { library, id, v1, snapshotId } = await storyWithHistory();
    const file = join(library.folderOf(id), STORY_FILE);
    const before = await readFile(file, 'utf8');
    const snapshotsBefore = await readdir(join(library.folderOf(id), REVISIONS_FOLDER));

    const error = await rejection(library.restoreRevision(id, snapshotId, v1.revision));
    expect(error.code).toBe('conflict');
    expect(error.details.currentRevision).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(join(library.folderOf(id), REVISIONS_FOLDER))).toEqual(snapshotsBefore);
  });

  it('never snapshots a broken story.json as if it were good', async () => {
    const { library, id, snapshotId } = await storyWithHistory();
    const file = join(library.folderOf(id), STORY_FILE);
    await writeFile(file, 'not json');
    const { createHash } = await import('node:crypto');
    const base = createHash('sha256').update('not json').digest('hex');
    const error = await rejection(library.restoreRevision(id, snapshotId, base));
    expect(error.code).toBe('invalid-story');
    expect(await readFile(file, 'utf8')).toBe('not json');
  });
});

describe('StoryLibrary.saveCopy()', () => {
  it('saves the given content as a new story: new id, "-copy" slug, same headline, draft, with the media', async () => {
    const library = await StoryLibrary.open(await tempFolder(), clock());
    const opened = await library.create({ headline: 'Harbour storm' });
    const media = await library.importMedia(opened.story.id, jpegBytes(), 'photo.jpg');
    const mine = { ...opened.story, status: 'edited' as const, body: [paragraph('My version of the story.')] };

    const copy = await library.saveCopy(mine);
    expect(copy.story.id).not.toBe(opened.story.id);
    expect(copy.story).toMatchObject({ slug: 'harbour-storm-copy', headline: 'Harbour storm', status: 'draft' });
    expect(copy.story.body).toEqual([paragraph('My version of the story.')]);
    expect(copy.path).toBe(join(library.root, '2026-harbour-storm-copy'));
    expect(await readdir(join(copy.path, 'media'))).toEqual([media.file]);

    // It opens like any story, and a save based on the revision it answered goes through.
    const reopened = await library.open(copy.story.id);
    expect(reopened.revision).toBe(copy.revision);
    await library.save(copy.story.id, { ...reopened.story, headline: 'Harbour storm (mine)' }, copy.revision);
    // The original is untouched.
    expect((await library.open(opened.story.id)).story.body).toEqual([]);
    expect(library.list()).toHaveLength(2);
  });

  it('still saves the copy when the original has gone from the library meanwhile', async () => {
    const library = await StoryLibrary.open(await tempFolder(), clock());
    const opened = await library.create({ headline: 'Gone' });
    await library.trash(opened.story.id);
    const copy = await library.saveCopy(opened.story);
    expect(copy.story.slug).toBe('gone-copy');
    expect(library.list().map((summary) => summary.id)).toEqual([copy.story.id]);
  });

  it('refuses content that is not a valid story, writing nothing', async () => {
    const root = await tempFolder();
    const library = await StoryLibrary.open(root, clock());
    const opened = await library.create({ headline: 'Valid' });
    const error = await rejection(library.saveCopy({ ...opened.story, slug: 'Not A Slug' }));
    expect(error.code).toBe('invalid-story');
    expect(library.list()).toHaveLength(1);
  });
});

describe('the snapshot a save takes', () => {
  it('holds exactly the bytes that save wrote', async () => {
    const { library, id, v1 } = await storyWithHistory();
    const [snapshot] = await readdir(join(library.folderOf(id), REVISIONS_FOLDER));
    // v1 was saved at 10:01 and snapshotted then: the snapshot is v1's story.json, byte for byte.
    const bytes = await readFile(join(library.folderOf(id), REVISIONS_FOLDER, snapshot!));
    expect(revisionOf(bytes)).toBe(v1.revision);
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ headline: 'First headline', updatedAt: v1.savedAt });
  });
});

describe('the revisions folder', () => {
  it('orders two snapshots of one millisecond oldest first', () => {
    const names = ['2026-11-27T10-00-00-000Z-2.json', '2026-11-27T10-00-00-000Z.json', '2026-11-27T09-00-00-000Z.json'];
    expect([...names].sort(compareRevisionNames)).toEqual([
      '2026-11-27T09-00-00-000Z.json',
      '2026-11-27T10-00-00-000Z.json',
      '2026-11-27T10-00-00-000Z-2.json',
    ]);
  });

  it('lists the newer of two same-millisecond snapshots first', async () => {
    const time = clock();
    const library = await StoryLibrary.open(await tempFolder(), time);
    const { story, revision } = await library.create({ headline: 'one' });
    await library.snapshot(story.id);
    await library.save(story.id, { ...story, headline: 'two' }, revision);
    await library.snapshot(story.id);
    const history = await library.listRevisions(story.id);
    expect(history.map((info) => [info.id, info.headline])).toEqual([
      ['2026-11-27T10-00-00-000Z-2', 'two'],
      ['2026-11-27T10-00-00-000Z', 'one'],
    ]);
  });

  it('neither lists nor prunes files it did not make', async () => {
    const time = clock();
    const library = await StoryLibrary.open(await tempFolder(), { ...time, maxSnapshots: 1 });
    const { story } = await library.create({ headline: 'kept' });
    const folder = join(library.folderOf(story.id), REVISIONS_FOLDER);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'notes.json'), serializeStory(story));
    await library.snapshot(story.id);
    time.advance(1000);
    await library.snapshot(story.id);
    expect((await library.listRevisions(story.id)).map((info) => info.id)).toEqual(['2026-11-27T10-00-01-000Z']);
    expect(await readdir(folder)).toContain('notes.json');
  });
});
