import { readFileSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeStory } from '../../../shared/story/index.ts';
import { INDEX_FILE } from '../../../electron/library/library-index.ts';
import { STORY_FILE, StoryLibrary } from '../../../electron/library/story-library.ts';
import { clock, jpegBytes, rejection, useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

describe('StoryLibrary', () => {
  it('creates a story as a folder named by year and slug holding a valid story.json', async () => {
    const root = await tempFolder();
    const library = await StoryLibrary.open(root, clock());
    const { story, path } = await library.create({ headline: 'Courthouse arrests will continue', author: 'Laura Jarrett' });
    expect(path).toBe(join(root, '2026-courthouse-arrests-will-continue'));
    const onDisk = JSON.parse(await readFile(join(path, STORY_FILE), 'utf8'));
    expect(onDisk).toMatchObject({ id: story.id, headline: 'Courthouse arrests will continue', byline: [{ name: 'Laura Jarrett' }] });
    expect(library.list().map((summary) => summary.headline)).toEqual(['Courthouse arrests will continue']);
  });

  it('gives two stories with the same headline two folders', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const first = await library.create({ headline: 'Same' });
    const second = await library.create({ headline: 'Same' });
    expect(second.path).not.toBe(first.path);
    expect(second.path.endsWith('-same-2')).toBe(true);
  });

  it('saves a story based on the current revision and returns the next revision', async () => {
    const time = clock();
    const library = await StoryLibrary.open(await tempFolder(), time);
    const opened = await library.create({ headline: 'Draft' });
    time.advance(60_000);
    const saved = await library.save(opened.story.id, { ...opened.story, headline: 'Final headline' }, opened.revision);
    expect(saved.revision).not.toBe(opened.revision);
    expect(saved.savedAt).toBe('2026-11-27T10:01:00.000Z');
    const reopened = await library.open(opened.story.id);
    expect(reopened.story.headline).toBe('Final headline');
    expect(reopened.revision).toBe(saved.revision);
    expect(library.list()[0]?.headline).toBe('Final headline');
  });

  it('moves the story folder to match a new slug when the story is saved', async () => {
    const root = await tempFolder();
    const library = await StoryLibrary.open(root, clock());
    const opened = await library.create();
    expect(opened.path).toBe(join(root, '2026-untitled'));
    const saved = await library.save(opened.story.id, { ...opened.story, slug: 'harbour-storm' }, opened.revision);
    expect(saved.summary.folder).toBe('2026-harbour-storm');
    expect(saved.path).toBe(join(root, '2026-harbour-storm'));
    expect(await readdir(root)).toEqual(expect.arrayContaining(['2026-harbour-storm']));
    expect(await readdir(root)).not.toContain('2026-untitled');
    expect((await library.open(opened.story.id)).story.slug).toBe('harbour-storm');
  });

  it('refuses a save based on a stale revision and leaves the file on disk as it was', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Original' });
    const file = join(opened.path, STORY_FILE);
    const otherEdit = serializeStory({ ...opened.story, headline: 'Changed in another window' });
    await writeFile(file, otherEdit);

    const error = await rejection(library.save(opened.story.id, { ...opened.story, headline: 'Mine' }, opened.revision));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed on disk since it was opened/);
    expect(error.details.currentRevision).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFile(file, 'utf8')).toBe(otherEdit);
  });

  it('lets only one of two saves from the same revision win', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Race' });
    const results = await Promise.allSettled([
      library.save(opened.story.id, { ...opened.story, headline: 'A' }, opened.revision),
      library.save(opened.story.id, { ...opened.story, headline: 'B' }, opened.revision),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('refuses to save an invalid story, naming the field, and writes nothing', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Valid' });
    const before = await readFile(join(opened.path, STORY_FILE), 'utf8');
    const broken = { ...opened.story, status: 'published' } as unknown as typeof opened.story;
    const error = await rejection(library.save(opened.story.id, broken, opened.revision));
    expect(error.code).toBe('invalid-story');
    expect(error.details.field).toBe('status');
    expect(await readFile(join(opened.path, STORY_FILE), 'utf8')).toBe(before);
  });

  it('answers every save with the word count of the body as saved, as the list shows it', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    let { story, revision } = await library.create({ headline: 'Counted' });
    const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
    const bodies = [
      [paragraph('Boats stayed in port.'), paragraph('The ferry did not sail.')],
      [paragraph('Boats stayed in port.'), paragraph('The ferry did not sail.'), paragraph('It sailed at 1,200 hours.')],
      [paragraph('The ferry did not sail.')],
      [],
    ];
    for (const [index, body] of bodies.entries()) {
      const saved = await library.save(story.id, { ...story, body }, revision);
      expect(saved.summary.wordCount).toBe([9, 14, 5, 0][index]);
      expect(library.list()[0]?.wordCount).toBe(saved.summary.wordCount);
      ({ story, revision } = await library.open(story.id));
    }
  });

  it('writes the story it is given, with the new time, exactly as it would write it after checking it', async () => {
    const time = clock();
    const library = await StoryLibrary.open(await tempFolder(), time);
    const opened = await library.create({ headline: 'Checked by the caller' });
    time.advance(60_000);
    const story = { ...opened.story, headline: 'Checked elsewhere' };
    const saved = await library.save(opened.story.id, story, opened.revision, { alreadyValidated: true });
    const written = await readFile(join(opened.path, STORY_FILE), 'utf8');
    expect(written).toBe(serializeStory({ ...story, updatedAt: saved.savedAt }));
  });

  it('reports a corrupt story.json with its path and never writes over it', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Soon corrupt' });
    const file = join(opened.path, STORY_FILE);
    await writeFile(file, '{"schemaVersion": 1, "headline": "half a fi');
    const openError = await rejection(library.open(opened.story.id));
    expect(openError.code).toBe('invalid-story');
    expect(openError.details.path).toBe(file);
    const saveError = await rejection(library.save(opened.story.id, opened.story, opened.revision));
    expect(saveError.code).toBe('conflict');
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion": 1, "headline": "half a fi');
  });

  it('refuses a story written by a newer Copydesk without touching it', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'From the future' });
    const file = join(opened.path, STORY_FILE);
    const future = JSON.stringify({ ...opened.story, schemaVersion: 7, newField: true });
    await writeFile(file, future);
    const error = await rejection(library.open(opened.story.id));
    expect(error.code).toBe('newer-schema');
    expect(await readFile(file, 'utf8')).toBe(future);
  });

  it('explains that a story whose folder was removed while open cannot be saved, and why', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Vanishing' });
    await rm(opened.path, { recursive: true });
    const error = await rejection(library.save(opened.story.id, opened.story, opened.revision));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/moved or deleted/);
  });

  it.skipIf(process.getuid?.() === 0)('says a read-only story folder is read-only and keeps the story as it was', async () => {
    // Root ignores permission bits, so this runs only as an ordinary user; the disk-trouble issue covers root.
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Locked' });
    await chmod(opened.path, 0o555);
    try {
      const error = await rejection(library.save(opened.story.id, { ...opened.story, headline: 'x' }, opened.revision));
      expect(error.code).toBe('read-only');
    } finally {
      await chmod(opened.path, 0o755);
    }
  });

  it('duplicates a story with a new id, its media, a -copy slug and draft status', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Original story' });
    const media = await library.importMedia(opened.story.id, jpegBytes(), 'photo.jpg');
    await library.save(opened.story.id, { ...opened.story, status: 'ready' }, opened.revision);
    const copy = await library.duplicate(opened.story.id);
    expect(copy.id).not.toBe(opened.story.id);
    expect(copy).toMatchObject({ slug: 'original-story-copy', status: 'draft', headline: 'Original story' });
    expect(await readdir(join(library.folderOf(copy.id), 'media'))).toEqual([media.file]);
    expect(library.list()).toHaveLength(2);
  });

  it('renames a story: new slug, folder moved, still opens by its id', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Old name' });
    const renamed = await library.rename(opened.story.id, 'new-name');
    expect(renamed.summary.folder).toBe('2026-new-name'.replace('2026', opened.story.createdAt.slice(0, 4)));
    const reopened = await library.open(opened.story.id);
    expect(reopened.story.slug).toBe('new-name');
    expect(reopened.revision).toBe(renamed.revision);
  });

  it("moves a trashed story to the library's trash folder, where it can be recovered", async () => {
    const root = await tempFolder();
    const library = await StoryLibrary.open(root);
    const opened = await library.create({ headline: 'Unwanted' });
    const { trashedTo } = await library.trash(opened.story.id);
    expect(trashedTo.startsWith(join(root, '.trash'))).toBe(true);
    expect(JSON.parse(await readFile(join(trashedTo, STORY_FILE), 'utf8')).headline).toBe('Unwanted');
    expect(library.list()).toEqual([]);
    expect(() => library.folderOf(opened.story.id)).toThrow(/no story with id/);
  });

  it('uses the trash it is given (the app passes the system trash)', async () => {
    const trashed: string[] = [];
    const library = await StoryLibrary.open(await tempFolder(), {
      trash: async (folder) => {
        trashed.push(folder);
        await rm(folder, { recursive: true });
        return 'the system trash';
      },
    });
    const opened = await library.create({ headline: 'Bin me' });
    expect(await library.trash(opened.story.id)).toEqual({ trashedTo: 'the system trash' });
    expect(trashed).toEqual([opened.path]);
  });

  describe('media import', () => {
    it('copies a picture in under the hash of its bytes, whatever the file was called', async () => {
      const library = await StoryLibrary.open(await tempFolder());
      const opened = await library.create({ headline: 'Pictures' });
      const media = await library.importMedia(opened.story.id, jpegBytes(), '../../../etc/evil name.png');
      expect(media.file).toMatch(/^[0-9a-f]{64}\.jpg$/);
      expect(media).toMatchObject({ mimeType: 'image/jpeg', bytes: 15, added: true });
      expect(await readdir(join(opened.path, 'media'))).toEqual([media.file]);
    });

    it('stores the same picture once', async () => {
      const library = await StoryLibrary.open(await tempFolder());
      const opened = await library.create({ headline: 'Twice' });
      await library.importMedia(opened.story.id, jpegBytes(), 'a.jpg');
      const again = await library.importMedia(opened.story.id, jpegBytes(), 'b.jpg');
      expect(again.added).toBe(false);
      expect(await readdir(join(opened.path, 'media'))).toHaveLength(1);
    });

    it('refuses a file that is not a picture or video, by its bytes not its name', async () => {
      const library = await StoryLibrary.open(await tempFolder());
      const opened = await library.create({ headline: 'Not a photo' });
      const error = await rejection(
        library.importMedia(opened.story.id, new TextEncoder().encode('#!/bin/sh\nrm -rf ~\n'), 'photo.jpg'),
      );
      expect(error.code).toBe('unsupported-media');
      expect(error.message).toMatch(/"photo.jpg" is not a picture or video/);
    });
  });

  describe('the index', () => {
    it('is written a moment after a save, and a library opened before then still lists what was saved', async () => {
      const root = await tempFolder();
      const library = await StoryLibrary.open(root);
      const created = await library.create({ headline: 'Before' });
      await library.flushIndex();
      await library.save(created.story.id, { ...created.story, headline: 'After' }, created.revision);
      const indexed = () => JSON.parse(readFileSync(join(root, INDEX_FILE), 'utf8')).stories[created.story.id].headline;
      expect(indexed()).toBe('Before'); // not yet: the save did not wait for the index
      // Another process opening the library now (the CLI, the app after a crash) reads the newer story file.
      expect((await StoryLibrary.open(root)).list().map((summary) => summary.headline)).toEqual(['After']);
      await library.flushIndex();
      expect(indexed()).toBe('After');
    });

    it('is created quietly for a new, empty library', async () => {
      const library = await StoryLibrary.open(join(await tempFolder(), 'new library'));
      expect(library.rebuiltIndex).toBe(false);
      expect(library.info()).toMatchObject({ storyCount: 0, rebuiltIndex: false });
    });

    it('is rebuilt from the story folders when library.json is missing', async () => {
      const root = await tempFolder();
      const first = await StoryLibrary.open(root);
      await first.create({ headline: 'One' });
      await first.create({ headline: 'Two' });
      await first.flushIndex();
      await rm(join(root, INDEX_FILE));
      const reopened = await StoryLibrary.open(root);
      expect(reopened.rebuiltIndex).toBe(true);
      expect(reopened.list().map((summary) => summary.headline).sort()).toEqual(['One', 'Two']);
      expect(JSON.parse(await readFile(join(root, INDEX_FILE), 'utf8')).stories).toBeTypeOf('object');
    });

    it('is rebuilt when library.json is damaged', async () => {
      const root = await tempFolder();
      await (await StoryLibrary.open(root)).create({ headline: 'Survivor' });
      await writeFile(join(root, INDEX_FILE), '{"version": 1, "stor');
      const reopened = await StoryLibrary.open(root);
      expect(reopened.rebuiltIndex).toBe(true);
      expect(reopened.list().map((summary) => summary.headline)).toEqual(['Survivor']);
    });

    it('picks up a story folder copied in and a story edited by another program', async () => {
      const root = await tempFolder();
      const library = await StoryLibrary.open(root);
      const opened = await library.create({ headline: 'Before' });
      await writeFile(join(opened.path, STORY_FILE), serializeStory({ ...opened.story, headline: 'Edited elsewhere' }));
      const copied = join(root, 'copied-in');
      await mkdir(copied);
      await writeFile(
        join(copied, STORY_FILE),
        serializeStory({ ...opened.story, id: '01htq2ax5c00000000000000zz', headline: 'Copied in' }),
      );
      const reopened = await StoryLibrary.open(root);
      expect(reopened.rebuiltIndex).toBe(false);
      expect(reopened.list().map((summary) => summary.headline).sort()).toEqual(['Copied in', 'Edited elsewhere']);
    });

    it('forgets a story whose folder was removed, or whose story.json was, while the library was closed', async () => {
      const root = await tempFolder();
      const library = await StoryLibrary.open(root);
      const kept = await library.create({ headline: 'Kept' });
      const folderGone = await library.create({ headline: 'Folder removed' });
      const fileGone = await library.create({ headline: 'File removed' });
      await library.flushIndex();
      await rm(folderGone.path, { recursive: true });
      await rm(join(fileGone.path, STORY_FILE));
      const reopened = await StoryLibrary.open(root);
      expect(reopened.rebuiltIndex).toBe(false);
      expect(reopened.list().map((summary) => summary.headline)).toEqual(['Kept']);
      expect(reopened.folderOf(kept.story.id)).toBe(kept.path);
    });

    it('leaves an unreadable story out of the list but on disk', async () => {
      const root = await tempFolder();
      const library = await StoryLibrary.open(root);
      const opened = await library.create({ headline: 'Broken later' });
      await writeFile(join(opened.path, STORY_FILE), 'not json');
      const reopened = await StoryLibrary.open(root);
      expect(reopened.list()).toEqual([]);
      expect(await readFile(join(opened.path, STORY_FILE), 'utf8')).toBe('not json');
    });
  });

  describe('revisions', () => {
    it('snapshots on save at most once per interval, and on demand', async () => {
      const time = clock();
      const library = await StoryLibrary.open(await tempFolder(), { ...time, snapshotIntervalMs: 5 * 60_000 });
      let { story, revision } = await library.create({ headline: 'v0' });
      for (const [minutes, headline] of [[1, 'v1'], [1, 'v2'], [4, 'v3'], [1, 'v4']] as const) {
        time.advance(minutes * 60_000);
        ({ revision } = await library.save(story.id, { ...story, headline }, revision));
      }
      // Saved at 10:01 (first snapshot), 10:02 (too soon), 10:06 (due), 10:07 (too soon).
      expect((await library.listRevisions(story.id)).map((info) => info.headline)).toEqual(['v3', 'v1']);
      time.advance(1000);
      const manual = await library.snapshot(story.id);
      expect(manual.headline).toBe('v4');
      expect(await library.listRevisions(story.id)).toHaveLength(3);
      story = (await library.open(story.id)).story;
      expect(story.headline).toBe('v4');
    });

    it('keeps only the newest snapshots when there are more than the cap', async () => {
      const time = clock();
      const library = await StoryLibrary.open(await tempFolder(), { ...time, maxSnapshots: 3 });
      const { story } = await library.create({ headline: 'capped' });
      for (let i = 0; i < 5; i++) {
        time.advance(1000);
        await library.snapshot(story.id);
      }
      const revisions = await library.listRevisions(story.id);
      expect(revisions).toHaveLength(3);
      expect(revisions[0]?.createdAt).toBe('2026-11-27T10:00:05.000Z');
    });
  });
});
