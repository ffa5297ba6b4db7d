// The spelling channels through dispatch, as both transports call them: the real dictionary, the personal
// dictionary from preferences, and arguments checked before the checker sees them.

import { describe, expect, it } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import { MAX_SPELLING_BATCH } from '../../../shared/bridge/contract.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

async function setup() {
  const root = await tempFolder();
  const library = await StoryLibrary.open(root);
  const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: root });
  const handlers = createBridgeHandlers({ libraries: LibrarySession.of(library), preferences });
  const call = (channel: string, args: unknown) => dispatch(handlers, channel, args);
  return { call };
}

describe('spelling:check and spelling:suggest', () => {
  it('answer from the English dictionary and the personal dictionary in preferences, changed at once', async () => {
    const { call } = await setup();
    expect(await call('spelling:check', { words: ['recieve', 'Sakauye', 'courthouse'] })).toEqual({
      ok: true,
      value: { misspelt: ['recieve', 'Sakauye'] },
    });
    await call('preferences:set', { personalDictionary: ['Sakauye'] });
    expect(await call('spelling:check', { words: ['recieve', 'Sakauye'] })).toEqual({ ok: true, value: { misspelt: ['recieve'] } });
    const suggested = await call('spelling:suggest', { word: 'recieve' });
    expect(suggested.ok && (suggested.value as { suggestions: string[] }).suggestions[0]).toBe('receive');
  });

  it.each([
    ['too many words', { words: Array.from({ length: MAX_SPELLING_BATCH + 1 }, () => 'word') }],
    ['a word longer than 64 characters', { words: ['a'.repeat(65)] }],
    ['an empty word', { words: [''] }],
    ['something other than a list', { words: 'recieve' }],
  ])('refuse %s', async (_, args) => {
    const answer = await (await setup()).call('spelling:check', args);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
