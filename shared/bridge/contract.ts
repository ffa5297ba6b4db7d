// The one contract between the user interface and the Node side. Every channel is declared here once with
// the schema of its argument and the type of its answer; the Electron main process and the browser host
// register handlers from this table, the preload and the HTTP client implement `CopydeskBridge` from it,
// and the renderer's `window.copydesk` type is derived from it. Channels are named `domain:verb`.

import { z } from 'zod';
import type { SerializedError } from '../errors.ts';
import { BodyBlock, Slug, Story, StoryId } from '../story/schema.ts';
import type { StorySummary } from '../story/summary.ts';
import { EditablePreferences, type Preferences } from './preferences.ts';
import { ExportFormat } from '../render/export-format.ts';
import type { ExportProblem } from '../render/export-check.ts';
import type { ImportNote } from '../import/imported-story.ts';
import { MAX_WORD_LENGTH } from '../spelling/words.ts';
import type { RendererCommandId } from '../commands/command-table.ts';
import type { TemplateSummary } from '../templates/template-summary.ts';

/** What opening a story gives the editor: the story and the revision its next save must name. */
export interface OpenedStory {
  story: Story;
  /** The content hash of story.json as read; a save based on another revision is refused. */
  revision: string;
  /** The story folder on disk, for "show in folder" and messages. */
  path: string;
  /** Set when the file was written by an older Copydesk and was upgraded in memory. */
  migratedFrom: number | null;
}

export interface SavedStory {
  revision: string;
  savedAt: string;
  summary: StorySummary;
  /** The story folder after the save: it moves when the slug changes. */
  path: string;
}

/** A snapshot in the story's history. */
export interface RevisionInfo {
  /** The snapshot's file stem: its time, sortable ("2026-11-27T22-43-52-123Z"). */
  id: string;
  createdAt: string;
  wordCount: number;
  headline: string;
}

/** One snapshot read back from the story's history, validated (and upgraded) like any story file. */
export interface RevisionSnapshot {
  story: Story;
  revisionId: string;
  createdAt: string;
}

export interface ImportedMedia {
  /** The name inside the story's media folder: `<sha256>.<ext>`. */
  file: string;
  mimeType: string;
  bytes: number;
  /** False when the same picture was already in the folder. */
  added: boolean;
}

export interface LibraryInfo {
  path: string;
  storyCount: number;
  /** Set when the index was missing or damaged and was rebuilt from the story folders on open. */
  rebuiltIndex: boolean;
}

/** File ▸ Open Recent, as the menu and the "Open" dialog show it. */
export interface RecentItems {
  /** Most recent first; the open library is always first. */
  libraries: { path: string; name: string; current: boolean }[];
  /** Most recent first; stories trashed from the open library are left out. */
  stories: { id: string; headline: string; libraryPath: string; libraryName: string }[];
  /** Whether library:chooseFolder shows a folder picker (the desktop app) or a path must be typed (the browser host). */
  canChooseFolder: boolean;
}

/** What the export dialog shows before anything is written. */
export interface ExportCheck {
  /** Every problem, with media files looked up in the story's folder. */
  problems: ExportProblem[];
  /** Where the export goes unless the person chooses otherwise: the exports folder and the slug. */
  suggestedPath: string;
}

export interface ExportResult {
  /** The file or folder written (absolute). */
  path: string;
  format: ExportFormat;
  /** Every file the export consists of (media already in place included), relative to `path`'s folder for a file or to `path` for a folder. */
  files: string[];
  /** The bytes written by this export (media already in place are not written again). */
  bytes: number;
  /** The warnings (and, when forced, the errors) the export went ahead with. */
  problems: ExportProblem[];
}

/** The largest file the bridge accepts for import: a generous news photo or short clip. */
export const MAX_MEDIA_BYTES = 200 * 1024 * 1024;

const NoArguments = z.strictObject({});
const ById = z.strictObject({ id: StoryId });
const Revision = z.string().regex(/^[0-9a-f]{64}$/, 'must be a revision hash (64 hex digits)');

/**
 * A snapshot's id is its file stem, the time it was taken ("2026-11-27T22-43-52-123Z", with "-2", "-3" … when
 * two fall in one millisecond). Only that shape passes, so an id can never name a path.
 */
export const REVISION_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-[1-9]\d{0,3})?$/;
const RevisionId = z.string().regex(REVISION_ID_PATTERN, 'must be a revision id ("2026-11-27T22-43-52-123Z")');

const CreateStoryArgs = z.strictObject({ headline: z.string().max(500).optional() });
const CreateFromTemplateArgs = z.strictObject({ templateId: StoryId });
const SaveStoryArgs = z.strictObject({ id: StoryId, story: Story, baseRevision: Revision });
const RenameStoryArgs = z.strictObject({ id: StoryId, slug: Slug.min(1, 'cannot be empty') });
const ReadRevisionArgs = z.strictObject({ id: StoryId, revisionId: RevisionId });
const RestoreRevisionArgs = z.strictObject({ id: StoryId, revisionId: RevisionId, baseRevision: Revision });
/** The story as this window has it; its id names the story whose media the copy takes along. */
const SaveCopyArgs = z.strictObject({ story: Story });
const ImportMediaArgs = z.strictObject({
  storyId: StoryId,
  /** The name the file had, used only to tell the user what was imported; never as a path. */
  fileName: z.string().min(1).max(255),
  /** The file's bytes, base64-encoded so they travel as JSON over both transports. */
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_MEDIA_BYTES / 3) * 4, 'is larger than the 200 MB import limit')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

/** How the library list is ordered: most recently updated or created first, or by headline A–Z. */
export const LibrarySort = z.enum(['updated', 'created', 'headline']);
export type LibrarySort = z.infer<typeof LibrarySort>;
/** Which stories the library list shows: one status, or all of them. */
export const StatusFilter = z.enum(['all', 'draft', 'edited', 'ready']);
export type StatusFilter = z.infer<typeof StatusFilter>;
/** The longest search the library takes: a pasted sentence, not a pasted story. */
export const MAX_SEARCH_LENGTH = 500;

/** The most stories one `library:search` answer holds: the list asks for more as it scrolls. */
export const MAX_SEARCH_PAGE = 500;

const SearchLibraryArgs = z.strictObject({
  /** Words that must all occur in a story's headline, slug or text; case and accents do not matter. Empty lists all. */
  query: z.string().max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`).default(''),
  status: StatusFilter.default('all'),
  sort: LibrarySort.default('updated'),
  /** The first result wanted (0 for the top of the list) and how many from there. */
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_SEARCH_PAGE).default(100),
});

/** A few words of the story around where the search matched, with the matched words marked. */
export interface SearchSnippet {
  text: string;
  /** Where the query's words are in `text` (UTF-16 offsets, end exclusive), in order, not overlapping. */
  highlights: { start: number; end: number }[];
}

/** One story the library search found; the snippet is null when the words matched only headline or slug. */
export interface FoundStory extends StorySummary {
  snippet: SearchSnippet | null;
}

/** One page of a library search: `stories` are results `offset` … `offset + stories.length - 1` of `total`. */
export interface SearchResults {
  total: number;
  offset: number;
  stories: FoundStory[];
}

/** The largest file `story:import` takes: a Word document with its pictures; a page or text is far smaller. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** The file types import reads: saved web pages, Word documents, and text (page text, wire copy, `.story`). */
export const IMPORT_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml', '.docx', '.txt', '.text', '.story'] as const;

const ImportStoryArgs = z.strictObject({
  /** The name the file had: it says how to read the file (.html, .docx, .txt …) and is named in the notes. */
  fileName: z.string().min(1).max(255),
  /** The file's bytes, base64-encoded like a media file's. */
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, 'is larger than the 50 MB import limit')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

/** A story made from an imported file, and what the import could not place or left out. */
export interface ImportedStoryResult {
  opened: OpenedStory;
  notes: ImportNote[];
}

const CheckExportArgs = z.strictObject({ story: Story, format: ExportFormat });
const WriteExportArgs = z.strictObject({
  /** The story as this window has it, which may be ahead of the last save. */
  story: Story,
  format: ExportFormat,
  /** The file (or, for html-folder, the folder) to write: an absolute path. */
  destination: z.string().min(1, 'cannot be empty').max(4096),
  /** Write even though the check found errors: the dialog's "Export anyway", the CLI's --force. */
  force: z.boolean().default(false),
  /** Replace what is already at the destination; without it an existing file is never touched. */
  overwrite: z.boolean().default(false),
});
const ChooseExportPathArgs = z.strictObject({ format: ExportFormat, suggestedPath: z.string().max(4096) });
/** The story as this window has it; its id names the story whose pictures the PDF shows. */
const ExportPdfArgs = z.strictObject({ story: Story });
/** A library folder: an absolute path (a drive letter or UNC share on Windows), which the Node side checks exists. */
const OpenLibraryArgs = z.strictObject({
  path: z
    .string()
    .min(1, 'cannot be empty')
    .max(4096)
    .refine((path) => !path.includes('\0'), 'cannot contain a NUL character')
    .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), 'must be a full path, such as /Users/ana/Stories or C:\\Stories'),
});

// ── the recovery journal: unsaved edits kept outside the library, so a crash costs at most a second ──────

/** A story window's own mark on the journal (random per open story), so two windows never mix their entries. */
const JournalWriter = z.string().regex(/^[0-9a-z]{8,32}$/, 'must be 8–32 lowercase letters and digits');
/** How many edits the window had made to the story when it wrote an entry: entries follow one another by it. */
const EditCount = z.number().int().min(0);
/**
 * Some of a story's fields other than its body, each checked as the story checks it. A field left out stays as
 * it was: unlike a partial of the story's schema, this fills in no defaults for the fields an entry leaves out.
 */
const JournalFields = z.strictObject(
  Object.fromEntries(
    Object.entries(Story.shape)
      .filter(([key]) => key !== 'body')
      .map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()]),
  ),
) as unknown as z.ZodType<Partial<Omit<Story, 'body'>>, Partial<Omit<Story, 'body'>>>;
/** `deleteCount` of the body's blocks from `start` became `blocks`. */
const BodyChange = z.strictObject({ start: z.number().int().min(0), deleteCount: z.number().int().min(0), blocks: z.array(BodyBlock) });
/**
 * An entry. A window's first is what changed from the story on disk at `baseRevision`, which the journal reads
 * there itself (a window never sends a 600 kB story to start); then what changed since its entry before. The
 * whole story is sent only when neither can be followed: the disk moved on, the journal lost the thread.
 */
export const JournalEdit = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('from-disk'), fields: JournalFields.optional(), body: BodyChange.optional() }),
  z.strictObject({
    kind: z.literal('changes'),
    /** The edit count of the entry these changes follow; the journal refuses them when it does not end there. */
    after: EditCount,
    fields: JournalFields.optional(),
    body: BodyChange.optional(),
  }),
  z.strictObject({ kind: z.literal('whole'), story: Story }),
]);
export type JournalEdit = z.infer<typeof JournalEdit>;
export const RecordEditsArgs = z.strictObject({
  id: StoryId,
  writer: JournalWriter,
  seq: EditCount,
  /** When the edits were made, as the window's clock says. */
  at: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time' }),
  /** The revision on disk the edits are based on: the one the window's next save names. */
  baseRevision: Revision,
  edit: JournalEdit,
});
export type RecordEditsArgs = z.infer<typeof RecordEditsArgs>;
/** The disk has the window's edits up to `seq`, as `revision`: the journal marks them done. */
export const JournalSavedArgs = z.strictObject({ id: StoryId, writer: JournalWriter, seq: EditCount, revision: Revision });
export type JournalSavedArgs = z.infer<typeof JournalSavedArgs>;

/** What the journal did with an entry. */
export interface JournalReceipt {
  /**
   * kept: written and flushed to the disk. needs-whole-story: these changes do not follow the journal's last
   * entry (discarded, or written by another window), or the story on disk is no longer the one they were
   * made to: send the whole story. off: this
   * Copydesk keeps no journal (a test setup without a data folder).
   */
  status: 'kept' | 'needs-whole-story' | 'off';
}

/** Edits a journal holds that no save marked done: what reopening the story offers back. */
export interface RecoveredEdits {
  story: Story;
  /** The revision on disk those edits were based on; the disk may have moved on since. */
  baseRevision: string;
  /** When the last entry read was written (about when Copydesk closed). */
  typedAt: string;
  /** Entries that could not be read (one cut short when Copydesk was killed as it wrote): what they held is lost. */
  unreadableEntries: number;
}

/** The most words one `spelling:check` may carry: the editor asks in batches of this many. */
export const MAX_SPELLING_BATCH = 5000;
const SpellingWord = z.string().min(1, 'cannot be empty').max(MAX_WORD_LENGTH, `must be at most ${MAX_WORD_LENGTH} characters`);
const CheckSpellingArgs = z.strictObject({ words: z.array(SpellingWord).max(MAX_SPELLING_BATCH) });
const SuggestSpellingArgs = z.strictObject({ word: SpellingWord });

/** Declares a channel: the schema its argument must pass and (as a type only) what it answers. */
function channel<Input extends z.ZodType, Output>(input: Input) {
  return { input, output: undefined as unknown as Output };
}

export const BRIDGE_CHANNELS = {
  'library:info': channel<typeof NoArguments, LibraryInfo>(NoArguments),
  'library:list': channel<typeof NoArguments, StorySummary[]>(NoArguments),
  /** A page of the stories matching a search, filtered by status and sorted; answered from memory, not from the files. */
  'library:search': channel<typeof SearchLibraryArgs, SearchResults>(SearchLibraryArgs),
  /** Makes the library at that folder the open one; the window then starts afresh in it. */
  'library:open': channel<typeof OpenLibraryArgs, LibraryInfo>(OpenLibraryArgs),
  /** The desktop app's folder picker for Open Library…; the browser host answers `supported: false`. */
  'library:chooseFolder': channel<typeof NoArguments, { supported: boolean; path: string | null }>(NoArguments),
  'library:recent': channel<typeof NoArguments, RecentItems>(NoArguments),
  'library:forgetRecent': channel<typeof NoArguments, RecentItems>(NoArguments),
  'story:create': channel<typeof CreateStoryArgs, OpenedStory>(CreateStoryArgs),
  /** A new story (new id and dates, a draft) starting as a copy of a template's content and media. */
  'story:createFromTemplate': channel<typeof CreateFromTemplateArgs, OpenedStory>(CreateFromTemplateArgs),
  'story:open': channel<typeof ById, OpenedStory>(ById),
  'story:save': channel<typeof SaveStoryArgs, SavedStory>(SaveStoryArgs),
  'story:duplicate': channel<typeof ById, StorySummary>(ById),
  'story:rename': channel<typeof RenameStoryArgs, SavedStory>(RenameStoryArgs),
  'story:trash': channel<typeof ById, { trashedTo: string }>(ById),
  'story:snapshot': channel<typeof ById, RevisionInfo>(ById),
  'story:revisions': channel<typeof ById, RevisionInfo[]>(ById),
  /** One snapshot, to be shown read-only. */
  'story:revision': channel<typeof ReadRevisionArgs, RevisionSnapshot>(ReadRevisionArgs),
  /** Snapshots the current version, then saves the snapshot's content over it (refused on a stale base). */
  'story:restore': channel<typeof RestoreRevisionArgs, SavedStory>(RestoreRevisionArgs),
  /** A new story (new id, slug + "-copy") from the given content, with the original's media. */
  'story:saveCopy': channel<typeof SaveCopyArgs, OpenedStory>(SaveCopyArgs),
  /** A new story from a page, wire copy, `.story` file or Word document; its notes are in its editor's notes too. */
  'story:import': channel<typeof ImportStoryArgs, ImportedStoryResult>(ImportStoryArgs),
  /** The problems an export would meet, and where it would go. */
  /**
   * The templates in the library's templates folder, written there first (the four built-in ones) when the
   * library has none. A template is a story: `story:open`, `story:save` and `media:import` take its id.
   */
  'templates:list': channel<typeof NoArguments, TemplateSummary[]>(NoArguments),
  'export:check': channel<typeof CheckExportArgs, ExportCheck>(CheckExportArgs),
  /** Renders and writes the export; refused ('export-blocked') on errors unless forced, ('already-exists') when in the way. */
  'export:write': channel<typeof WriteExportArgs, ExportResult>(WriteExportArgs),
  /**
   * A native save dialog for the export's destination. Only the desktop app has one: the browser host answers
   * `supported: false` and the dialog's path field is used instead.
   */
  'export:chooseDestination': channel<typeof ChooseExportPathArgs, { supported: boolean; path: string | null }>(
    ChooseExportPathArgs,
  ),
  /**
   * Asks where to save, then prints the story as the HTML export renders it to a PDF there; the path is null
   * when the person cancels. Only the desktop app can: the browser host answers `supported: false`, and the
   * interface opens the browser's print dialog, whose "Save as PDF" does the same.
   */
  'export:pdf': channel<typeof ExportPdfArgs, { supported: boolean; path: string | null }>(ExportPdfArgs),
  'media:import': channel<typeof ImportMediaArgs, ImportedMedia>(ImportMediaArgs),
  'preferences:get': channel<typeof NoArguments, Preferences>(NoArguments),
  'preferences:set': channel<typeof EditablePreferences, Preferences>(EditablePreferences),
  /**
   * Keeps a story's unsaved edits in the recovery journal, in the app's data folder (never in the library, so a
   * read-only or full library still journals); the answer comes once the entry is flushed to the disk.
   */
  'recovery:record': channel<typeof RecordEditsArgs, JournalReceipt>(RecordEditsArgs),
  /** A save reached the disk: the journal's entries up to it are done. */
  'recovery:saved': channel<typeof JournalSavedArgs, null>(JournalSavedArgs),
  /** Forgets a story's journal: its edits were dropped on purpose, or are all on disk and the story closed. */
  'recovery:discard': channel<typeof ById, null>(ById),
  /** The edits a story's journal holds that no save marked done (a crash's), or null. */
  'recovery:read': channel<typeof ById, RecoveredEdits | null>(ById),
  /** The words the English dictionary and the personal dictionary do not know. */
  'spelling:check': channel<typeof CheckSpellingArgs, { misspelt: string[] }>(CheckSpellingArgs),
  /** Corrections for one misspelt word, best first (none for a very long one). */
  'spelling:suggest': channel<typeof SuggestSpellingArgs, { suggestions: string[] }>(SuggestSpellingArgs),
} as const;

export type BridgeChannel = keyof typeof BRIDGE_CHANNELS;
export type ChannelInput<C extends BridgeChannel> = z.input<(typeof BRIDGE_CHANNELS)[C]['input']>;
export type ChannelArgs<C extends BridgeChannel> = z.output<(typeof BRIDGE_CHANNELS)[C]['input']>;
export type ChannelOutput<C extends BridgeChannel> = (typeof BRIDGE_CHANNELS)[C]['output'];

export const BRIDGE_CHANNEL_NAMES = Object.keys(BRIDGE_CHANNELS) as BridgeChannel[];

export function isBridgeChannel(name: string): name is BridgeChannel {
  return Object.hasOwn(BRIDGE_CHANNELS, name);
}

// ── events: Node side → UI ───────────────────────────────────────────────────────────────────────────────

export interface BridgeEvents {
  /** story.json changed on disk by someone other than this window's own save. */
  onStoryChangedOnDisk: { id: string; revision: string | null };
  /** Stories were added, removed or renamed; the list should be fetched again. */
  onLibraryChanged: { reason: string };
  /** The desktop app's menu asked for something the UI does (File ▸ Export ▸ …). */
  onMenuCommand: MenuCommand;
}

/**
 * What the application menu asks the UI to do: one of the interface's commands in the command table
 * (shared/commands/command-table.ts), with what it needs. The interface's own keys ask in the same form.
 */
export type MenuCommand =
  | { command: 'export'; format: ExportFormat }
  /**
   * File ▸ Import…: the desktop app shows its own open dialog (a page cannot open a file picker from a menu)
   * and sends the chosen file along; without a file the interface opens its picker.
   */
  | { command: 'import'; file?: { fileName: string; dataBase64: string } }
  /** File ▸ Open Library…, or a library chosen from Open Recent (its path). */
  | { command: 'open-library'; path?: string }
  /** A story chosen from File ▸ Open Recent; without one the interface lists the recent stories. */
  | { command: 'open-recent'; story?: { id: string; libraryPath: string } }
  | { command: Exclude<RendererCommandId, 'export' | 'import' | 'open-library' | 'open-recent'> };
export type BridgeEventName = keyof BridgeEvents;
export const BRIDGE_EVENT_NAMES: readonly BridgeEventName[] = ['onStoryChangedOnDisk', 'onLibraryChanged', 'onMenuCommand'];

// ── the interface the renderer sees as `window.copydesk` ─────────────────────────────────────────────────

/** `story:open` becomes `bridge.story.open(args)`. */
type Domain<C> = C extends `${infer D}:${string}` ? D : never;
type Verb<C, D extends string> = C extends `${D}:${infer V}` ? V : never;
type Call<C extends BridgeChannel> =
  {} extends ChannelInput<C>
    ? (args?: ChannelInput<C>) => Promise<ChannelOutput<C>>
    : (args: ChannelInput<C>) => Promise<ChannelOutput<C>>;

export type CopydeskBridge = {
  [D in Domain<BridgeChannel>]: { [V in Verb<BridgeChannel, D>]: Call<Extract<`${D}:${V}`, BridgeChannel>> };
} & {
  on<E extends BridgeEventName>(event: E, listener: (payload: BridgeEvents[E]) => void): () => void;
};

/** Every answer on the wire: a value, or a typed error. */
export type BridgeResponse<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** Builds the nested bridge object from one function that sends a message on a channel. */
export function createBridgeClient(
  invoke: (channel: BridgeChannel, args: unknown) => Promise<unknown>,
  subscribe: CopydeskBridge['on'],
): CopydeskBridge {
  const bridge: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {};
  for (const name of BRIDGE_CHANNEL_NAMES) {
    const [domain, verb] = name.split(':') as [string, string];
    (bridge[domain] ??= {})[verb] = (args?: unknown) => invoke(name, args ?? {});
  }
  return Object.assign(bridge, { on: subscribe }) as unknown as CopydeskBridge;
}
