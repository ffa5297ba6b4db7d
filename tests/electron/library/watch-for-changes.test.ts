import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeStory } from '../../../shared/story/index.ts';
import { revisionOf, STORY_FILE, StoryLibrary } from '../../../electron/library/story-library.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();
const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));

describe('StoryLibrary.watchForChanges()', () => {
  it('tells when another program changes a story, with the revision now on disk', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Watched' });
    const events: { id: string; revision: string | null }[] = [];
    library.on('storyChanged', (event) => events.push(event));
    const stop = library.watchForChanges(50);
    try {
      const text = serializeStory({ ...opened.story, headline: 'Changed by a sync client' });
      await writeFile(join(opened.path, STORY_FILE), text);
      await settle();
      expect(events).toEqual([{ id: opened.story.id, revision: revisionOf(text) }]);
      expect(library.list()[0]?.headline).toBe('Changed by a sync client');
    } finally {
      stop();
    }
  });

  it('stays quiet about its own saves', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Mine' });
    const events: unknown[] = [];
    library.on('storyChanged', (event) => events.push(event));
    const stop = library.watchForChanges(50);
    try {
      await library.save(opened.story.id, { ...opened.story, headline: 'Still mine' }, opened.revision);
      await settle();
      expect(events).toEqual([]);
    } finally {
      stop();
    }
  });

  it('still hears an outside change that comes after its own save (atomic saves replace the file)', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const opened = await library.create({ headline: 'Saved first' });
    const stop = library.watchForChanges(50);
    const events: { id: string; revision: string | null }[] = [];
    library.on('storyChanged', (event) => events.push(event));
    try {
      const saved = await library.save(opened.story.id, { ...opened.story, headline: 'Saved by us' }, opened.revision);
      await settle();
      const text = serializeStory({ ...opened.story, headline: 'Then changed by git pull' });
      await writeFile(join(library.folderOf(opened.story.id), STORY_FILE), text);
      await settle();
      expect(saved.revision).not.toBe(revisionOf(text));
      expect(events).toEqual([{ id: opened.story.id, revision: revisionOf(text) }]);
    } finally {
      stop();
    }
  });

  it('tells when a story folder is copied into the library by hand', async () => {
    const root = await tempFolder();
    const library = await StoryLibrary.open(root);
    const opened = await library.create({ headline: 'Original' });
    const reasons: string[] = [];
    const stop = library.watchForChanges(50);
    library.on('libraryChanged', ({ reason }) => reasons.push(reason));
    try {
      const copy = join(root, 'copied-by-hand');
      await cp(opened.path, copy, { recursive: true });
      await writeFile(
        join(copy, STORY_FILE),
        serializeStory({ ...opened.story, id: '01htq2ax5c00000000000000zz', headline: 'Copied by hand' }),
      );
      await settle();
      expect(reasons).toContain('added on disk');
      expect(library.list().map((summary) => summary.headline).sort()).toEqual(['Copied by hand', 'Original']);
    } finally {
      stop();
    }
  });
});
