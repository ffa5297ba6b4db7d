// File ▸ Open Library… and Open Recent through dispatch, as every transport calls them: which folders may
// be opened, what is remembered, and what the open library answers afterwards.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import type { LibraryInfo, OpenedStory, RecentItems } from '../../../shared/bridge/contract.ts';
import type { StorySummary } from '../../../shared/story/summary.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

async function setup(options: { chooseLibraryFolder?: (current: string) => Promise<string | null> } = {}) {
  const library = await StoryLibrary.open(await tempFolder());
  const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: library.root });
  const libraries = LibrarySession.of(library);
  const handlers = createBridgeHandlers({ libraries, preferences, ...options });
  const call = async <T,>(channel: string, args: unknown = {}): Promise<T> => {
    const answer = await dispatch(handlers, channel, args);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
    return answer.value as T;
  };
  return { library, libraries, preferences, call };
}

/** Another library on disk, with one story. */
async function otherLibrary(headline: string) {
  const library = await StoryLibrary.open(await tempFolder());
  const opened = await library.create({ headline });
  return { root: library.root, id: opened.story.id };
}

describe('library:open', () => {
  it('opens another library: the list, search and stories are then that library’s', async () => {
    const { call, preferences } = await setup();
    await call<OpenedStory>('story:create', { headline: 'Left behind' });
    const other = await otherLibrary('Courthouse arrests');

    const info = await call<LibraryInfo>('library:open', { path: other.root });
    expect(info).toMatchObject({ path: other.root, storyCount: 1 });
    expect((await call<StorySummary[]>('library:list')).map((story) => story.headline)).toEqual(['Courthouse arrests']);
    expect((await call<{ total: number }>('library:search', { query: 'courthouse' })).total).toBe(1);
    expect((await call<OpenedStory>('story:open', { id: other.id })).story.headline).toBe('Courthouse arrests');
    // The next start opens it too.
    expect(preferences.get().libraryPath).toBe(other.root);
  });

  it('refuses a relative path with a message that says what a full path looks like', async () => {
    const { call } = await setup();
    await expect(call('library:open', { path: 'Stories' })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('must be a full path'),
    });
  });

  it('refuses a folder that does not exist, and the library stays as it was', async () => {
    const { call, library } = await setup();
    const missing = join(await tempFolder(), 'nowhere');
    await expect(call('library:open', { path: missing })).rejects.toMatchObject({ code: 'not-found' });
    expect((await call<LibraryInfo>('library:info')).path).toBe(library.root);
  });

  it('in the desktop app opens only a folder chosen in its folder picker or already in Open Recent', async () => {
    const chosen = await otherLibrary('Chosen in the picker');
    const stranger = await otherLibrary('Never chosen');
    const { call } = await setup({ chooseLibraryFolder: async () => chosen.root });

    await expect(call('library:open', { path: stranger.root })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await call('library:chooseFolder')).toEqual({ supported: true, path: chosen.root });
    await expect(call<LibraryInfo>('library:open', { path: chosen.root })).resolves.toMatchObject({ path: chosen.root });
  });

  it('in the desktop app reopens a library from Open Recent without the picker', async () => {
    const { call, preferences } = await setup({ chooseLibraryFolder: async () => null });
    const other = await otherLibrary('Elsewhere');
    preferences.rememberLibrary(other.root); // opened in an earlier run
    await expect(call<LibraryInfo>('library:open', { path: other.root })).resolves.toMatchObject({ path: other.root });
  });
});

describe('library:chooseFolder', () => {
  it('answers unsupported in the browser host, which has no folder picker', async () => {
    const { call } = await setup();
    expect(await call('library:chooseFolder')).toEqual({ supported: false, path: null });
  });

  it('answers no path when the person cancels', async () => {
    const { call } = await setup({ chooseLibraryFolder: async () => null });
    expect(await call('library:chooseFolder')).toEqual({ supported: true, path: null });
  });
});

describe('library:recent', () => {
  it('lists the open library first and the stories opened, most recent first, with their library’s name', async () => {
    const { call, library } = await setup();
    const first = await call<OpenedStory>('story:create', { headline: 'First opened' });
    const second = await call<OpenedStory>('story:create', { headline: 'Second opened' });
    await call('story:open', { id: first.story.id });
    await call('story:open', { id: second.story.id });
    const recent = await call<RecentItems>('library:recent');
    expect(recent.libraries).toEqual([{ path: library.root, name: library.root.split('/').at(-1), current: true }]);
    expect(recent.stories.map((story) => story.headline)).toEqual(['Second opened', 'First opened']);
    expect(recent.stories[0]).toMatchObject({ libraryPath: library.root });
  });

  it('shows a story’s headline as it is now, and leaves out a story since trashed', async () => {
    const { call } = await setup();
    const kept = await call<OpenedStory>('story:create', { headline: 'Draft title' });
    const trashed = await call<OpenedStory>('story:create', { headline: 'Spiked' });
    await call('story:open', { id: kept.story.id });
    await call('story:open', { id: trashed.story.id });
    await call('story:save', { id: kept.story.id, story: { ...kept.story, headline: 'Final title' }, baseRevision: kept.revision });
    await call('story:trash', { id: trashed.story.id });
    expect((await call<RecentItems>('library:recent')).stories.map((story) => story.headline)).toEqual(['Final title']);
  });

  it('keeps stories of the library left behind, and lists that library after the open one', async () => {
    const { call, library } = await setup();
    const story = await call<OpenedStory>('story:create', { headline: 'From the old library' });
    await call('story:open', { id: story.story.id });
    const other = await otherLibrary('New library story');
    await call('library:open', { path: other.root });
    const recent = await call<RecentItems>('library:recent');
    expect(recent.libraries.map((one) => [one.path, one.current])).toEqual([
      [other.root, true],
      [library.root, false],
    ]);
    expect(recent.stories).toEqual([
      { id: story.story.id, headline: 'From the old library', libraryPath: library.root, libraryName: library.root.split('/').at(-1) },
    ]);
  });

  it('library:forgetRecent empties the list but for the open library', async () => {
    const { call, library } = await setup();
    const story = await call<OpenedStory>('story:create', { headline: 'Opened once' });
    await call('story:open', { id: story.story.id });
    const after = await call<RecentItems>('library:forgetRecent');
    expect(after).toEqual({
      libraries: [{ path: library.root, name: library.root.split('/').at(-1), current: true }],
      stories: [],
      canChooseFolder: false,
    });
  });
});

describe('Open Recent and saving', () => {
  it('shows the headline a story was last saved with, even once its library is no longer open', async () => {
    const { call } = await setup();
    const draft = await call<OpenedStory>('story:create', {});
    await call('story:save', { id: draft.story.id, story: { ...draft.story, headline: 'Council passes the budget' }, baseRevision: draft.revision });
    const other = await otherLibrary('Elsewhere');
    await call('library:open', { path: other.root });
    expect((await call<RecentItems>('library:recent')).stories.map((story) => story.headline)).toEqual(['Council passes the budget']);
  });
});
