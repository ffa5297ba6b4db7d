// The Node side of the bridge: one handler per channel of the shared contract, and `dispatch`, which every
// transport (Electron IPC, the browser host's HTTP) calls with an untrusted message. dispatch validates the
// argument against the channel's schema before any handler sees it, and turns every failure into a typed
// error envelope — a bad message can never crash the process or reach the disk.

import {
  BRIDGE_CHANNELS,
  isBridgeChannel,
  type BridgeChannel,
  type BridgeResponse,
  type ChannelArgs,
  type ChannelOutput,
} from '../../shared/bridge/contract.ts';
import { CopydeskError, serializeError } from '../../shared/errors.ts';
import type { ExportFormat } from '../../shared/render/export-format.ts';
import type { CreditHouseStyle } from '../../shared/render/story-lines.ts';
import { schemaError } from '../../shared/story/parse.ts';
import { suggestedExportPath } from '../export/export-destination.ts';
import { checkExport, exportStory } from '../export/export-story.ts';
import { importIntoLibrary } from '../import/save-imported-story.ts';
import { searchOf } from '../library/library-search.ts';
import type { StoryLibrary } from '../library/story-library.ts';
import type { PreferencesStore } from '../preferences/preferences-store.ts';
import { createSpellChecker, type SpellChecker } from '../spelling/spell-checker.ts';

export type BridgeHandlers = {
  [C in BridgeChannel]: (args: ChannelArgs<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export interface BridgeServices {
  library: StoryLibrary;
  preferences: PreferencesStore;
  /**
   * Asks the person where to export (a native save dialog): the chosen path, or null when they cancel. Only
   * the desktop app has one; without it export:chooseDestination answers `supported: false`.
   */
  chooseExportDestination?: (format: ExportFormat, suggestedPath: string) => Promise<string | null>;
  /** The spell checker; unless given, the shipped English one with the personal dictionary from preferences. */
  spelling?: SpellChecker;
}

export function createBridgeHandlers({ library, preferences, chooseExportDestination, spelling }: BridgeServices): BridgeHandlers {
  // The dictionary loads on the first check, not here: start-up does not wait for it.
  const spellChecker = spelling ?? createSpellChecker({ personalWords: () => preferences.get().personalDictionary });
  /** The folder holding the story's media: its folder in the library, or none for a story not in it. */
  const storyFolderOf = (id: string): string | null => {
    try {
      return library.folderOf(id);
    } catch (error) {
      if (error instanceof CopydeskError && error.code === 'not-found') return null;
      throw error;
    }
  };
  const houseStyle = (): CreditHouseStyle => {
    const { creditStyle, customCreditPattern } = preferences.get();
    return { creditStyle, customCreditPattern };
  };
  return {
    'library:info': () => library.info(),
    'library:list': () => library.list(),
    'library:search': (request) => searchOf(library).search(request),
    'story:create': ({ headline }) => library.create({ headline, author: preferences.get().authorName }),
    'story:createFromTemplate': ({ templateId }) => library.createFromTemplate(templateId, { author: preferences.get().authorName }),
    'templates:list': () => library.listTemplates(),
    'story:open': async ({ id }) => {
      const opened = await library.open(id);
      preferences.setLastOpenedStory(id);
      return opened;
    },
    'story:save': ({ id, story, baseRevision }) => library.save(id, story, baseRevision),
    'story:duplicate': ({ id }) => library.duplicate(id),
    'story:rename': ({ id, slug }) => library.rename(id, slug),
    'story:trash': ({ id }) => library.trash(id),
    'story:snapshot': ({ id }) => library.snapshot(id),
    'story:revisions': ({ id }) => library.listRevisions(id),
    'story:revision': ({ id, revisionId }) => library.readRevision(id, revisionId),
    'story:restore': ({ id, revisionId, baseRevision }) => library.restoreRevision(id, revisionId, baseRevision),
    'story:saveCopy': ({ story }) => library.saveCopy(story),
    'story:import': async ({ fileName, dataBase64 }) => {
      // Only the bytes come over the bridge, never a path: a saved page's "_files" folder stays out of reach.
      const { opened, notes } = await importIntoLibrary(library, { fileName, bytes: Buffer.from(dataBase64, 'base64') });
      return { opened, notes };
    },
    'export:check': async ({ story, format }) => ({
      problems: await checkExport(story, storyFolderOf(story.id), format),
      suggestedPath: suggestedExportPath(library.root, story.slug, format),
    }),
    'export:write': ({ story, format, destination, force, overwrite }) =>
      exportStory({ story, storyFolder: storyFolderOf(story.id), format, destination, force, overwrite, houseStyle: houseStyle() }),
    'export:chooseDestination': async ({ format, suggestedPath }) => {
      if (!chooseExportDestination) return { supported: false, path: null };
      return { supported: true, path: await chooseExportDestination(format, suggestedPath) };
    },
    'media:import': ({ storyId, fileName, dataBase64 }) =>
      library.importMedia(storyId, Buffer.from(dataBase64, 'base64'), fileName),
    'preferences:get': () => preferences.get(),
    'preferences:set': (changes) => preferences.update(changes),
    'spelling:check': async ({ words }) => ({ misspelt: await spellChecker.misspelt(words) }),
    'spelling:suggest': async ({ word }) => ({ suggestions: await spellChecker.suggest(word) }),
  };
}

/** Validates `rawArgs` for `channel`, runs its handler, and answers with a value or a typed error. */
export async function dispatch(
  handlers: BridgeHandlers,
  channel: string,
  rawArgs: unknown,
): Promise<BridgeResponse<unknown>> {
  try {
    if (!isBridgeChannel(channel)) {
      throw new CopydeskError('invalid-argument', `There is no bridge channel named "${channel}".`);
    }
    const parsed = BRIDGE_CHANNELS[channel].input.safeParse(rawArgs ?? {});
    if (!parsed.success) throw schemaError('invalid-argument', parsed.error, `Bad arguments for ${channel}`);
    const handler = handlers[channel] as (args: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}
