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
  type OpenedStory,
} from '../../shared/bridge/contract.ts';
import { CopydeskError, serializeError } from '../../shared/errors.ts';
import type { ExportFormat } from '../../shared/render/export-format.ts';
import type { CreditHouseStyle } from '../../shared/render/story-lines.ts';
import { schemaError } from '../../shared/story/parse.ts';
import type { Story } from '../../shared/story/schema.ts';
import { suggestedExportPath } from '../export/export-destination.ts';
import { checkExport, exportStory } from '../export/export-story.ts';
import { importIntoLibrary } from '../import/save-imported-story.ts';
import { searchOf } from '../library/library-search.ts';
import type { LibrarySession } from '../library/library-session.ts';
import { readStoryFolder } from '../library/story-library.ts';
import { createLibrarySwitching } from './library-switching.ts';
import type { PreferencesStore } from '../preferences/preferences-store.ts';
import { createSpellChecker, type SpellChecker } from '../spelling/spell-checker.ts';
import type { RecoveryJournal } from '../recovery/recovery-journal.ts';

export type BridgeHandlers = {
  [C in BridgeChannel]: (args: ChannelArgs<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** What printing a story to PDF needs: the story, where its pictures are, the house style, and where to suggest. */
export interface PdfExportRequest {
  story: Story;
  /** The story's folder, whose media/ the pictures come from; null for a story not in the library. */
  storyFolder: string | null;
  houseStyle: CreditHouseStyle;
  /** What the save dialog starts at: `<slug>.pdf` in the exports folder. */
  suggestedPath: string;
}

export interface BridgeServices {
  /** The open library, which File ▸ Open Library… may change while the app runs. */
  libraries: LibrarySession;
  preferences: PreferencesStore;
  /**
   * Asks the person where to export (a native save dialog): the chosen path, or null when they cancel. Only
   * the desktop app has one; without it export:chooseDestination answers `supported: false`.
   */
  chooseExportDestination?: (format: ExportFormat, suggestedPath: string) => Promise<string | null>;
  /**
   * Asks the person for a library folder (a native folder picker): the chosen path, or null when they cancel.
   * Only the desktop app has one. With it, library:open opens only a folder chosen there or one already in
   * File ▸ Open Recent, so a page that went wrong cannot turn an arbitrary folder into a library.
   */
  chooseLibraryFolder?: (currentPath: string) => Promise<string | null>;
  /**
   * Asks where to save and writes the story there as a PDF: the path written, or null when the person cancels.
   * Only the desktop app can print to PDF; without it export:pdf answers `supported: false`.
   */
  exportPdf?: (request: PdfExportRequest) => Promise<string | null>;
  /** The spell checker; unless given, the shipped English one with the personal dictionary from preferences. */
  spelling?: SpellChecker;
  /**
   * Where typing is journaled until it is saved, in the app's data folder. Both hosts give one; without it
   * (tests of other channels) nothing is journaled: recovery:record answers `off` and there is nothing to read.
   */
  recovery?: RecoveryJournal;
}

export function createBridgeHandlers({
  libraries,
  preferences,
  chooseExportDestination,
  chooseLibraryFolder,
  exportPdf,
  spelling,
  recovery,
}: BridgeServices): BridgeHandlers {
  // The dictionary loads on the first check, not here: start-up does not wait for it.
  const spellChecker = spelling ?? createSpellChecker({ personalWords: () => preferences.get().personalDictionary });
  /** The folder holding the story's media: its folder in the library, or none for a story not in it. */
  const storyFolderOf = (id: string): string | null => {
    try {
      return libraries.library.folderOf(id);
    } catch (error) {
      if (error instanceof CopydeskError && error.code === 'not-found') return null;
      throw error;
    }
  };
  const houseStyle = (): CreditHouseStyle => {
    const { creditStyle, customCreditPattern } = preferences.get();
    return { creditStyle, customCreditPattern };
  };
  const switching = createLibrarySwitching({ libraries, preferences, chooseLibraryFolder });
  /** A story made or opened goes to the top of Open Recent: the window opens it next. */
  const remembered = async (opening: Promise<OpenedStory>): Promise<OpenedStory> => {
    const opened = await opening;
    switching.rememberOpened(opened);
    return opened;
  };
  return {
    'library:info': () => libraries.library.info(),
    'library:list': () => libraries.library.list(),
    'library:search': (request) => searchOf(libraries.library).search(request),
    'library:open': ({ path }) => switching.openLibrary(path),
    'library:chooseFolder': () => switching.chooseFolder(),
    'library:recent': () => switching.recent(),
    'library:forgetRecent': () => switching.forgetRecent(),
    'story:create': ({ headline }) => remembered(libraries.library.create({ headline, author: preferences.get().authorName })),
    'story:createFromTemplate': ({ templateId }) =>
      remembered(libraries.library.createFromTemplate(templateId, { author: preferences.get().authorName })),
    'templates:list': () => libraries.library.listTemplates(),
    'story:open': ({ id }) => remembered(libraries.library.open(id)),
    'story:save': async ({ id, story, baseRevision }) => {
      // dispatch has just checked the story against the contract's schema: the library need not again.
      const saved = await libraries.library.save(id, story, baseRevision, { alreadyValidated: true });
      switching.noteSaved(story);
      return saved;
    },
    'story:duplicate': ({ id }) => libraries.library.duplicate(id),
    'story:rename': ({ id, slug }) => libraries.library.rename(id, slug),
    'story:trash': ({ id }) => libraries.library.trash(id),
    'story:snapshot': ({ id }) => libraries.library.snapshot(id),
    'story:revisions': ({ id }) => libraries.library.listRevisions(id),
    'story:revision': ({ id, revisionId }) => libraries.library.readRevision(id, revisionId),
    'story:restore': ({ id, revisionId, baseRevision }) => libraries.library.restoreRevision(id, revisionId, baseRevision),
    'story:saveCopy': ({ story }) => remembered(libraries.library.saveCopy(story)),
    'story:import': async ({ fileName, dataBase64 }) => {
      // Only the bytes come over the bridge, never a path: a saved page's "_files" folder stays out of reach.
      const { opened, notes } = await importIntoLibrary(libraries.library, { fileName, bytes: Buffer.from(dataBase64, 'base64') });
      switching.rememberOpened(opened);
      return { opened, notes };
    },
    'export:check': async ({ story, format }) => ({
      problems: await checkExport(story, storyFolderOf(story.id), format),
      suggestedPath: suggestedExportPath(libraries.library.root, story.slug, format),
    }),
    'export:write': ({ story, format, destination, force, overwrite }) =>
      exportStory({ story, storyFolder: storyFolderOf(story.id), format, destination, force, overwrite, houseStyle: houseStyle() }),
    'export:chooseDestination': async ({ format, suggestedPath }) => {
      if (!chooseExportDestination) return { supported: false, path: null };
      return { supported: true, path: await chooseExportDestination(format, suggestedPath) };
    },
    'export:pdf': async ({ story }) => {
      if (!exportPdf) return { supported: false, path: null };
      // The folder export's name is the bare stem ("<slug>", or "story"), in the folder every export suggests.
      const suggestedPath = `${suggestedExportPath(libraries.library.root, story.slug, 'html-folder')}.pdf`;
      const path = await exportPdf({ story, storyFolder: storyFolderOf(story.id), houseStyle: houseStyle(), suggestedPath });
      return { supported: true, path };
    },
    'media:import': ({ storyId, fileName, dataBase64 }) =>
      libraries.library.importMedia(storyId, Buffer.from(dataBase64, 'base64'), fileName),
    'preferences:get': () => preferences.get(),
    'preferences:set': (changes) => preferences.update(changes),
    // Journals are kept per library: the same story id in another library is another story.
    'recovery:record': async (entry) => {
      if (!recovery) return { status: 'off' };
      const library = libraries.library;
      // A window's first entry is changes from the story on disk, read here (without the side effects of opening it).
      return recovery.record(library.root, entry, async (id) => readStoryFolder(library.folderOf(id)));
    },
    'recovery:saved': async (marker) => {
      await recovery?.saved(libraries.library.root, marker);
      return null;
    },
    'recovery:discard': async ({ id }) => {
      await recovery?.discard(libraries.library.root, id);
      return null;
    },
    'recovery:read': async ({ id }) => (recovery ? recovery.read(libraries.library.root, id) : null),
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
    const parsed = parseArguments(channel, rawArgs);
    if (!parsed.success) throw schemaError('invalid-argument', parsed.error, `Bad arguments for ${channel}`);
    const handler = handlers[channel] as (args: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

/**
 * The channel's schema over the argument. The schema is recursive (lists in lists): an argument nested
 * thousands deep runs it out of stack, which is a bad argument to refuse, not an internal error.
 */
function parseArguments(channel: BridgeChannel, rawArgs: unknown) {
  try {
    return BRIDGE_CHANNELS[channel].input.safeParse(rawArgs ?? {});
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new CopydeskError(
      'invalid-argument',
      `Bad arguments for ${channel}: nested too deeply to read (thousands of levels, where a story has a few).`,
    );
  }
}
