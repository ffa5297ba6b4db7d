// templates:list and story:createFromTemplate through dispatch, as every transport calls them, and a
// template opened, saved and given a picture through the ordinary story channels.

import { describe, expect, it } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import type { OpenedStory, SavedStory } from '../../../shared/bridge/contract.ts';
import type { StorySummary } from '../../../shared/story/summary.ts';
import type { TemplateSummary } from '../../../shared/templates/template-summary.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

async function setup() {
  const library = await StoryLibrary.open(await tempFolder());
  const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: library.root });
  const handlers = createBridgeHandlers({ libraries: LibrarySession.of(library), preferences });
  const call = async <T,>(channel: string, args: unknown): Promise<T> => {
    const answer = await dispatch(handlers, channel, args);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
    return answer.value as T;
  };
  return { library, preferences, call };
}

describe('the template channels', () => {
  it('templates:list answers the four built-in templates; library:list still answers no stories', async () => {
    const { call } = await setup();
    const templates = await call<TemplateSummary[]>('templates:list', {});
    expect(templates.map((template) => template.name)).toEqual(['Breaking news', 'Feature', 'Photo story', 'Video story']);
    expect(await call<StorySummary[]>('library:list', {})).toEqual([]);
  });

  it('story:createFromTemplate makes a draft with the author from the preferences, listed in the library', async () => {
    const { call, preferences } = await setup();
    preferences.update({ authorName: 'Laura Jarrett' });
    const [breaking] = await call<TemplateSummary[]>('templates:list', {});
    const opened = await call<OpenedStory>('story:createFromTemplate', { templateId: breaking!.id });
    expect(opened.story).toMatchObject({ status: 'draft', headline: breaking!.headline, byline: [{ name: 'Laura Jarrett' }] });
    expect((await call<StorySummary[]>('library:list', {})).map((summary) => summary.id)).toEqual([opened.story.id]);
  });

  it('story:createFromTemplate refuses something that is not a story id before the library sees it', async () => {
    const { call } = await setup();
    await expect(call('story:createFromTemplate', { templateId: '../templates/breaking-news' })).rejects.toMatchObject({
      code: 'invalid-argument',
      field: 'templateId',
    });
  });

  it('story:open and story:save edit a template in place: it stays a template', async () => {
    const { call } = await setup();
    const [, feature] = await call<TemplateSummary[]>('templates:list', {});
    const opened = await call<OpenedStory>('story:open', { id: feature!.id });
    await call<SavedStory>('story:save', {
      id: feature!.id,
      story: { ...opened.story, subheadline: 'TK — Our dek, house style' },
      baseRevision: opened.revision,
    });
    const [, edited] = await call<TemplateSummary[]>('templates:list', {});
    expect(edited).toMatchObject({ id: feature!.id, folder: 'templates/feature' });
    expect((await call<OpenedStory>('story:open', { id: feature!.id })).story.subheadline).toBe('TK — Our dek, house style');
    expect(await call<StorySummary[]>('library:list', {})).toEqual([]);
  });
});
