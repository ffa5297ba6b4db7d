// The bridge channels for history and copies (story:revision, story:restore, story:saveCopy), through
// dispatch as every transport calls them: arguments are checked before the library sees them.
// (Kept beside the library tests they exercise end to end.)

import { describe, expect, it } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import type { OpenedStory, RevisionInfo, RevisionSnapshot, SavedStory } from '../../../shared/bridge/contract.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

async function setup() {
  const root = await tempFolder();
  const library = await StoryLibrary.open(root);
  const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: root });
  const handlers = createBridgeHandlers({ libraries: LibrarySession.of(library), preferences });
  const call = async <T,>(channel: string, args: unknown): Promise<T> => {
    const answer = await dispatch(handlers, channel, args);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
    return answer.value as T;
  };
  const opened = await call<OpenedStory>('story:create', { headline: 'Before' });
  return { library, handlers, call, opened };
}

describe('story:revision', () => {
  it('answers one snapshot of the story', async () => {
    const { call, opened } = await setup();
    const info = await call<RevisionInfo>('story:snapshot', { id: opened.story.id });
    const read = await call<RevisionSnapshot>('story:revision', { id: opened.story.id, revisionId: info.id });
    expect(read.revisionId).toBe(info.id);
    expect(read.story.headline).toBe('Before');
  });

  it.each([
    ['a path', '../story.json'],
    ['a path that starts like an id', '2026-11-27T22-43-52-123Z/../../x'],
    ['a file name', '2026-11-27T22-43-52-123Z.json'],
    ['an absolute path', '/etc/passwd'],
    ['a number', 42],
  ])('refuses %s as the revision id before the library sees it', async (_what, revisionId) => {
    const { handlers, opened } = await setup();
    const answer = await dispatch(handlers, 'story:revision', { id: opened.story.id, revisionId });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/revisionId/);
  });

  it('refuses unknown argument names', async () => {
    const { handlers, opened } = await setup();
    const answer = await dispatch(handlers, 'story:revision', {
      id: opened.story.id,
      revisionId: '2026-11-27T22-43-52-123Z',
      path: '/tmp',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('story:restore', () => {
  it('restores a snapshot over the current version, based on the revision the window holds', async () => {
    const { call, opened } = await setup();
    const id = opened.story.id;
    const info = await call<RevisionInfo>('story:snapshot', { id });
    const edited = await call<SavedStory>('story:save', { id, story: { ...opened.story, headline: 'After' }, baseRevision: opened.revision });
    const restored = await call<SavedStory>('story:restore', { id, revisionId: info.id, baseRevision: edited.revision });
    expect(restored.summary.headline).toBe('Before');
    const history = await call<RevisionInfo[]>('story:revisions', { id });
    expect(history.map((entry) => entry.headline)).toContain('After');
  });

  it('answers a conflict when the base revision is stale', async () => {
    const { call, handlers, opened } = await setup();
    const id = opened.story.id;
    const info = await call<RevisionInfo>('story:snapshot', { id });
    await call<SavedStory>('story:save', { id, story: { ...opened.story, headline: 'After' }, baseRevision: opened.revision });
    const answer = await dispatch(handlers, 'story:restore', { id, revisionId: info.id, baseRevision: opened.revision });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('requires a base revision hash', async () => {
    const { handlers, opened } = await setup();
    const answer = await dispatch(handlers, 'story:restore', { id: opened.story.id, revisionId: '2026-11-27T22-43-52-123Z' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('story:saveCopy', () => {
  it('creates a new story from the content it is given and answers it opened', async () => {
    const { call, library, opened } = await setup();
    const copy = await call<OpenedStory>('story:saveCopy', { story: { ...opened.story, editorsNotes: 'mine' } });
    expect(copy.story).toMatchObject({ headline: 'Before', slug: 'before-copy', editorsNotes: 'mine' });
    expect(copy.story.id).not.toBe(opened.story.id);
    expect(library.list()).toHaveLength(2);
  });

  it('refuses a story that fails the schema', async () => {
    const { handlers, opened } = await setup();
    const answer = await dispatch(handlers, 'story:saveCopy', { story: { ...opened.story, id: '../../etc' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
