import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { searchOf } from '../../../electron/library/library-search.ts';
import { STORY_FILE, StoryLibrary } from '../../../electron/library/story-library.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { serializeStory } from '../../../shared/story/index.ts';
import { folderNameOf, generateStories, writeStories } from '../helpers/generated-stories.ts';
import { clock, useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();
const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));

function paragraphs(...texts: string[]): Story['body'] {
  return texts.map((text) => ({ type: 'paragraph' as const, children: [{ text }] }));
}

/** A library with stories made through it, each saved with a body, with the clock moving between saves. */
async function libraryWith(stories: { headline: string; body?: string[]; status?: Story['status'] }[]) {
  const time = clock();
  const library = await StoryLibrary.open(await tempFolder(), { now: time.now });
  const ids: string[] = [];
  for (const { headline, body = [], status = 'draft' } of stories) {
    const opened = await library.create({ headline });
    time.advance(60_000);
    await library.save(opened.story.id, { ...opened.story, body: paragraphs(...body), status }, opened.revision);
    time.advance(60_000);
    ids.push(opened.story.id);
  }
  return { library, ids, time, search: searchOf(library) };
}

async function headlinesFound(library: StoryLibrary, query: string, options: object = {}): Promise<string[]> {
  const { stories } = await searchOf(library).search({ query, ...options });
  return stories.map((story) => story.headline);
}

describe('library search', () => {
  it('finds a story by a word of its headline, its slug or its text', async () => {
    const { library } = await libraryWith([
      { headline: 'Storm closes the harbour', body: ['Boats stayed in port on Tuesday.'] },
      { headline: 'Council approves budget', body: ['The vote was close.'] },
    ]);
    expect(await headlinesFound(library, 'harbour')).toEqual(['Storm closes the harbour']);
    expect(await headlinesFound(library, 'approves-budget')).toEqual(['Council approves budget']);
    expect(await headlinesFound(library, 'boats')).toEqual(['Storm closes the harbour']);
  });

  it('finds only stories holding every word, wherever each one is', async () => {
    const { library } = await libraryWith([
      { headline: 'Storm closes the harbour', body: ['Boats stayed in port on Tuesday.'] },
      { headline: 'Harbour reopens', body: ['Ferries sailed on Wednesday.'] },
    ]);
    expect(await headlinesFound(library, 'harbour tuesday')).toEqual(['Storm closes the harbour']);
    expect(await headlinesFound(library, 'harbour')).toHaveLength(2);
    expect(await headlinesFound(library, 'harbour thursday')).toEqual([]);
  });

  it('ignores case and accents in the query and in the story', async () => {
    const { library } = await libraryWith([
      { headline: 'ZÜRICH votes on trams', body: ['Residents of Zürich said yes.'] },
      { headline: 'Café owners protest', body: ['A CAFE in Montréal closed.'] },
      { headline: 'Quiet day', body: ['Nothing happened.'] },
    ]);
    expect(await headlinesFound(library, 'zurich')).toEqual(['ZÜRICH votes on trams']);
    expect(await headlinesFound(library, 'ZÜRİCH')).toEqual(['ZÜRICH votes on trams']);
    expect(await headlinesFound(library, 'cafe montreal')).toEqual(['Café owners protest']);
    expect(await headlinesFound(library, 'CAFÉ')).toEqual(['Café owners protest']);
  });

  it('matches straight and curly apostrophes alike', async () => {
    const { library } = await libraryWith([{ headline: 'Mayor speaks', body: ['O’Brien said the plan stands.'] }]);
    expect(await headlinesFound(library, "o'brien")).toEqual(['Mayor speaks']);
  });

  it('lists every story when the query is empty, newest update first', async () => {
    const { library } = await libraryWith([{ headline: 'First' }, { headline: 'Second' }, { headline: 'Third' }]);
    const results = await searchOf(library).search({ query: '  ' });
    expect(results.total).toBe(3);
    expect(results.stories.map((story) => story.headline)).toEqual(['Third', 'Second', 'First']);
    expect(results.stories.every((story) => story.snippet === null)).toBe(true);
  });

  it('narrows the whole list to the words then typed, finding them in the text with a snippet', async () => {
    const { library, search } = await libraryWith([
      { headline: 'Storm closes the harbour', body: ['Boats stayed in port on Tuesday.'] },
      { headline: 'Council approves budget', body: ['The vote was close.'] },
    ]);
    await search.ready();
    expect((await search.search({ query: '' })).total).toBe(2);
    const { stories } = await search.search({ query: 'boats' });
    expect(stories.map((story) => story.headline)).toEqual(['Storm closes the harbour']);
    expect(stories[0]?.snippet?.text).toBe('Boats stayed in port on Tuesday.');
    expect(await headlinesFound(library, 'council')).toEqual(['Council approves budget']);
  });

  it('filters by status', async () => {
    const { library } = await libraryWith([
      { headline: 'Draft harbour', status: 'draft' },
      { headline: 'Edited harbour', status: 'edited' },
      { headline: 'Ready harbour', status: 'ready' },
    ]);
    expect(await headlinesFound(library, '', { status: 'ready' })).toEqual(['Ready harbour']);
    expect(await headlinesFound(library, 'harbour', { status: 'edited' })).toEqual(['Edited harbour']);
    expect(await headlinesFound(library, 'harbour', { status: 'all' })).toHaveLength(3);
  });

  it('sorts by headline A–Z ignoring case and accents, untitled stories last', async () => {
    const { library } = await libraryWith([{ headline: 'banana' }, { headline: '' }, { headline: 'Écluse' }, { headline: 'apple' }]);
    expect(await headlinesFound(library, '', { sort: 'headline' })).toEqual(['apple', 'banana', 'Écluse', '']);
  });

  it('sorts by creation, newest first, whatever was updated since', async () => {
    const { library, ids, time } = await libraryWith([{ headline: 'Older' }, { headline: 'Newer' }]);
    const older = await library.open(ids[0]!);
    time.advance(60_000);
    await library.save(ids[0]!, { ...older.story, headline: 'Older, updated last' }, older.revision);
    expect(await headlinesFound(library, '', { sort: 'updated' })).toEqual(['Older, updated last', 'Newer']);
    expect(await headlinesFound(library, '', { sort: 'created' })).toEqual(['Newer', 'Older, updated last']);
  });

  it('answers a page at a time, saying how many there are in all', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    await writeStories(library.root, generateStories(25));
    const reopened = await StoryLibrary.open(library.root);
    const search = searchOf(reopened);
    const first = await search.search({ query: 'review', sort: 'created', offset: 0, limit: 10 });
    const third = await search.search({ query: 'review', sort: 'created', offset: 20, limit: 10 });
    expect(first.total).toBe(25);
    expect(first.stories).toHaveLength(10);
    expect(third).toMatchObject({ total: 25, offset: 20 });
    expect(third.stories.map((story) => story.headline.match(/\((\d+)\)/)?.[1])).toEqual(['4', '3', '2', '1', '0']);
  });

  it('gives a snippet of the text around the match, in the story’s own letters, with the words marked', async () => {
    const { library } = await libraryWith([
      {
        headline: 'Trams',
        body: ['A long opening paragraph about the city and its many streets, squares and bridges over the river.', 'Residents of Zürich voted for trams.'],
      },
    ]);
    const [found] = (await searchOf(library).search({ query: 'zurich TRAMS' })).stories;
    const snippet = found!.snippet!;
    expect(snippet.text).toMatch(/^… .*Residents of Zürich voted for trams\.$/);
    expect(snippet.highlights.map(({ start, end }) => snippet.text.slice(start, end))).toEqual(['Zürich', 'trams']);
  });

  it('gives no snippet when the words are only in the headline or slug', async () => {
    const { library } = await libraryWith([{ headline: 'Harbour closes', body: ['Boats stayed in port.'] }]);
    const [found] = (await searchOf(library).search({ query: 'harbour' })).stories;
    expect(found?.snippet).toBeNull();
  });

  it('answers from memory, without reading the story files again', async () => {
    const { library, ids } = await libraryWith([{ headline: 'Kept in memory', body: ['The word pelican is in the text.'] }]);
    await searchOf(library).ready();
    await rm(join(library.folderOf(ids[0]!), STORY_FILE));
    expect(await headlinesFound(library, 'pelican')).toEqual(['Kept in memory']);
  });

  it('finds a story whose file cannot be read by its headline and slug', async () => {
    const { library, ids } = await libraryWith([{ headline: 'Locked story', body: ['Secret words.'] }]);
    const file = join(library.folderOf(ids[0]!), STORY_FILE);
    const fresh = await StoryLibrary.open(library.root);
    await chmod(file, 0o000);
    try {
      expect(await headlinesFound(fresh, 'locked')).toEqual(['Locked story']);
      expect(await headlinesFound(fresh, 'secret')).toEqual(process.getuid?.() === 0 ? ['Locked story'] : []);
    } finally {
      await chmod(file, 0o644);
    }
  });

  describe('keeps up with the library', () => {
    it('finds a story created after the first search', async () => {
      const { library } = await libraryWith([{ headline: 'Before' }]);
      expect(await headlinesFound(library, 'pelican')).toEqual([]);
      await library.create({ headline: 'Pelican sighted' });
      expect(await headlinesFound(library, 'pelican')).toEqual(['Pelican sighted']);
    });

    it('finds the words a save put in, and no longer the words it took out', async () => {
      const { library, ids } = await libraryWith([{ headline: 'Harbour', body: ['Boats stayed in port.'] }]);
      expect(await headlinesFound(library, 'boats')).toEqual(['Harbour']);
      const opened = await library.open(ids[0]!);
      await library.save(ids[0]!, { ...opened.story, body: paragraphs('Ferries sailed.') }, opened.revision);
      expect(await headlinesFound(library, 'boats')).toEqual([]);
      expect(await headlinesFound(library, 'ferries')).toEqual(['Harbour']);
    });

    it('finds the words of the last of several quick saves, and none of the ones before', async () => {
      const { library, ids } = await libraryWith([{ headline: 'Harbour', body: ['Boats stayed in port.'] }]);
      expect(await headlinesFound(library, 'boats')).toEqual(['Harbour']);
      let { story, revision } = await library.open(ids[0]!);
      for (const words of ['Ferries sailed.', 'Pelicans landed.', 'Gulls circled.']) {
        ({ revision } = await library.save(ids[0]!, { ...story, body: paragraphs(words) }, revision));
        story = (await library.open(ids[0]!)).story;
      }
      expect(await headlinesFound(library, 'gulls')).toEqual(['Harbour']);
      for (const gone of ['boats', 'ferries', 'pelicans']) expect(await headlinesFound(library, gone)).toEqual([]);
      await settle(400); // once the saved text has been folded in the background, the same
      expect(await headlinesFound(library, 'gulls')).toEqual(['Harbour']);
      expect(await headlinesFound(library, 'pelicans')).toEqual([]);
    });

    it('shows a saved status and word count at once', async () => {
      const { library, ids } = await libraryWith([{ headline: 'Harbour', body: ['Boats stayed in port.'] }]);
      await headlinesFound(library, 'harbour');
      const opened = await library.open(ids[0]!);
      await library.save(ids[0]!, { ...opened.story, status: 'ready', body: paragraphs('Two words.') }, opened.revision);
      const [found] = (await searchOf(library).search({ query: 'harbour' })).stories;
      expect(found).toMatchObject({ status: 'ready', wordCount: 2 });
    });

    it('no longer finds a story moved to the trash', async () => {
      const { library, ids } = await libraryWith([{ headline: 'Pelican sighted' }, { headline: 'Pelican lost' }]);
      expect(await headlinesFound(library, 'pelican')).toHaveLength(2);
      await library.trash(ids[0]!);
      expect(await headlinesFound(library, 'pelican')).toEqual(['Pelican lost']);
    });

    it('finds a renamed story by its new slug', async () => {
      const { library, ids } = await libraryWith([{ headline: 'Harbour' }]);
      expect(await headlinesFound(library, 'pelican-watch')).toEqual([]);
      await library.rename(ids[0]!, 'pelican-watch');
      expect(await headlinesFound(library, 'pelican-watch')).toEqual(['Harbour']);
    });

    it('finds the words another program wrote into an open story', async () => {
      const { library, ids } = await libraryWith([{ headline: 'Harbour', body: ['Boats stayed in port.'] }]);
      const opened = await library.open(ids[0]!);
      expect(await headlinesFound(library, 'pelican')).toEqual([]);
      const stop = library.watchForChanges(50);
      try {
        const text = serializeStory({ ...opened.story, body: paragraphs('A pelican landed on the quay.') });
        await writeFile(join(opened.path, STORY_FILE), text);
        await settle();
        expect(await headlinesFound(library, 'pelican')).toEqual(['Harbour']);
        expect(await headlinesFound(library, 'boats')).toEqual([]);
      } finally {
        stop();
      }
    });

    it('finds a story folder copied into the library, and forgets one removed from it', async () => {
      const { library, ids } = await libraryWith([{ headline: 'Harbour', body: ['Boats stayed in port.'] }]);
      expect(await headlinesFound(library, 'review')).toEqual([]);
      const stop = library.watchForChanges(50);
      try {
        const [copied] = generateStories(1, { first: 500 });
        await mkdir(join(library.root, folderNameOf(copied!)));
        await writeFile(join(library.root, folderNameOf(copied!), STORY_FILE), serializeStory(copied!));
        await settle();
        expect(await headlinesFound(library, 'review')).toEqual([copied!.headline]);
        await rm(library.folderOf(ids[0]!), { recursive: true });
        await settle();
        expect(await headlinesFound(library, 'boats')).toEqual([]);
        expect((await searchOf(library).search()).total).toBe(1);
      } finally {
        stop();
      }
    });
  });
});

describe('the library:search channel', () => {
  async function handlers() {
    const root = await tempFolder();
    const library = await StoryLibrary.open(root);
    const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: root });
    await library.create({ headline: 'Harbour closes' });
    return createBridgeHandlers({ libraries: LibrarySession.of(library), preferences });
  }

  it('answers a search with defaults for what is left out', async () => {
    const answer = await dispatch(await handlers(), 'library:search', { query: 'HARBOUR' });
    expect(answer).toMatchObject({ ok: true, value: { total: 1, offset: 0, stories: [{ headline: 'Harbour closes', snippet: null }] } });
  });

  it('refuses a page larger than the contract allows, and an unknown order', async () => {
    const bridge = await handlers();
    expect(await dispatch(bridge, 'library:search', { limit: 5000 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(bridge, 'library:search', { sort: 'wordCount' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
