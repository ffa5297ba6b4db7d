// The story library on disk: a folder of story folders (ARCHITECTURE.md, "Story files").
//
//   <library>/library.json                 the index (a cache, rebuilt from the folders when needed)
//   <library>/<year>-<slug>/story.json     one story
//   <library>/<year>-<slug>/media/…        its pictures and videos, named by content hash
//   <library>/<year>-<slug>/revisions/…    snapshots
//
// Every write is atomic; a save names the revision it was based on and is refused if story.json changed
// since; a story file that fails validation is reported and never overwritten.

import { createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type {
  ImportedMedia,
  LibraryInfo,
  OpenedStory,
  RevisionInfo,
  RevisionSnapshot,
  SavedStory,
} from '../../shared/bridge/contract.ts';
import { CopydeskError } from '../../shared/errors.ts';
import type { ImportedStoryParts } from '../../shared/import/imported-story.ts';
import {
  createStory,
  newStoryId,
  parseStory,
  parseStoryFile,
  RANDOM_BYTES_FOR_ID,
  serializeParsedStory,
  serializeStory,
  summarizeStory,
  type Story,
  type StorySummary,
} from '../../shared/story/index.ts';
import { copyFolderSynced, isTempFile, renameSynced, syncFolder, writeFileAtomic } from './atomic-write.ts';
import { fileSystemError } from './fs-errors.ts';
import { INDEX_FILE, openIndex, type IndexData, type IndexEntry } from './library-index.ts';
import { sniffMediaType } from './media-type.ts';
import { forEachAtMost } from './at-most-at-once.ts';
import { BodyWordCounts } from './body-word-counts.ts';
import { KeyedMutex } from './keyed-mutex.ts';
import { REVISIONS_FOLDER, RevisionStore } from './revision-store.ts';
import { TemplateShelf } from './template-shelf.ts';
import { storyFromTemplate } from '../../shared/templates/story-from-template.ts';
import type { TemplateSummary } from '../../shared/templates/template-summary.ts';

export const STORY_FILE = 'story.json';
/** How long library.json waits after a change before it is written (a burst of saves writes it once). */
const INDEX_WRITE_DELAY_MS = 1000;

/** Story folders read at once while the index is brought up to date with the folders. */
const INDEX_READS_AT_ONCE = 32;

type FolderRead =
  | { kind: 'absent' }
  | { kind: 'unchanged'; folder: string }
  | { kind: 'unreadable'; folder: string }
  | { kind: 'read'; folder: string; story: Story; info: Stats };

/** Folders listed at once when sweeping a crash's leftovers: a library of 10,000 stories has 30,000. */
const SWEEP_FOLDERS_AT_ONCE = 32;
export const MEDIA_FOLDER = 'media';
export const TRASH_FOLDER = '.trash';
/** Open stories whose folders are watched for outside changes; older ones fall back to conflict checks. */
const MAX_WATCHED_STORIES = 32;

interface Watching {
  debounceMs: number;
  root: FSWatcher | null;
  stories: Map<string, FSWatcher>;
  timers: Map<string, ReturnType<typeof setTimeout>>;
}

/** fs.watch on one folder (not recursive), or null where the file system gives no notifications. */
function watchFolder(folder: string, onName: (name: string) => void): FSWatcher | null {
  try {
    const watcher = watch(folder, (_kind, name) => onName(name === null ? '' : String(name)));
    watcher.on('error', () => watcher.close());
    return watcher;
  } catch {
    return null;
  }
}

export interface StoryLibraryOptions {
  /** The clock, so tests can move time. */
  now?: () => Date;
  /** Puts a story folder somewhere recoverable; the app passes the OS trash. Returns where it went. */
  trash?: (folderPath: string) => Promise<string>;
  /** At most one automatic snapshot per this many milliseconds (default five minutes). */
  snapshotIntervalMs?: number;
  /** Snapshots kept per story; the oldest go first (default 50). */
  maxSnapshots?: number;
}

export interface SaveOptions {
  /**
   * The story has just come out of the shared schema's parse: the bridge's dispatch checks every message
   * before a handler sees it. Checking a 100,000-word story takes 7–10 ms, and checking it twice was about a
   * quarter of a save through the bridge. Only for a story fresh from that parse, which nothing else holds.
   */
  alreadyValidated?: boolean;
}

export interface LibraryEvents {
  storyChanged: [{ id: string; revision: string | null }];
  libraryChanged: [{ reason: string }];
}

/** The index's entries changing, as they change: for what keeps its own view of the stories (search), not for windows. */
export interface IndexEvents {
  /** A story's entry was written (created, saved, renamed, read again from disk), with the story it was made from. */
  storyIndexed: [{ story: Story; folder: string }];
  /** A story left the index (trashed, removed or broken on disk). */
  storyUnindexed: [{ id: string }];
}

export function revisionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class StoryLibrary extends EventEmitter<LibraryEvents> {
  readonly root: string;
  private readonly index: IndexData;
  private readonly persistIndex: () => Promise<void>;
  private readonly locks = new KeyedMutex();
  private readonly now: () => Date;
  private readonly trashFolder: (folderPath: string) => Promise<string>;
  readonly revisions: RevisionStore;
  /** The templates folder's stories: opened, saved and given media like stories, but never in the index. */
  readonly templates: TemplateShelf;
  /** True when library.json was damaged, or missing from a library that has stories, and was rebuilt. */
  rebuiltIndex = false;
  /** The revision of each story as this process last read or wrote it: a different one on disk is news. */
  private readonly knownRevisions = new Map<string, string>();
  /** Word counts for the index, kept line by line for the stories being saved. */
  private readonly wordCounts = new BodyWordCounts();
  private watching: Watching | null = null;
  private indexWriteTimer: ReturnType<typeof setTimeout> | null = null;
  private indexWrites: Promise<void> = Promise.resolve();
  readonly indexChanges = new EventEmitter<IndexEvents>();

  private constructor(
    root: string,
    index: { data: IndexData; write: () => Promise<void> },
    options: StoryLibraryOptions,
  ) {
    super();
    this.root = root;
    this.index = index.data;
    this.persistIndex = () => index.write();
    this.now = options.now ?? (() => new Date());
    this.trashFolder = options.trash ?? ((folder) => this.moveToLibraryTrash(folder));
    this.revisions = new RevisionStore({
      now: this.now,
      intervalMs: options.snapshotIntervalMs ?? 5 * 60_000,
      max: options.maxSnapshots ?? 50,
    });
    this.templates = new TemplateShelf(root, {
      now: this.now,
      newId: () => newStoryId(this.now().getTime(), randomBytes(RANDOM_BYTES_FOR_ID)),
    });
  }

  /** Opens (creating if needed) the library at `root`, bringing its index up to date with the folders. */
  static async open(folder: string, options: StoryLibraryOptions = {}): Promise<StoryLibrary> {
    const root = resolve(folder);
    try {
      await mkdir(root, { recursive: true });
    } catch (error) {
      throw fileSystemError(error, 'open the library folder', root);
    }
    const folderStat = await stat(root).catch((error: unknown) => {
      throw fileSystemError(error, 'open the library folder', root);
    });
    if (!folderStat.isDirectory()) {
      throw new CopydeskError('invalid-argument', `The library must be a folder, but ${root} is a file.`, { path: root });
    }
    const { db, state } = await openIndex(join(root, INDEX_FILE));
    const library = new StoryLibrary(root, { data: db.data, write: () => db.write() }, options);
    await library.reconcileIndex(state !== 'ok', { opening: true });
    await library.templates.scan(library.isIndexed);
    // A new, empty library has no index yet: that is not worth telling anyone about.
    library.rebuiltIndex = state === 'damaged' || (state === 'missing' && library.list().length > 0);
    return library;
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────

  info(): LibraryInfo {
    return { path: this.root, storyCount: Object.keys(this.index.stories).length, rebuiltIndex: this.rebuiltIndex };
  }

  /** Every story's summary, most recently updated first. */
  list(): StorySummary[] {
    return this.summaries().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  }

  /** Every story's summary in no particular order, for callers that filter and sort it their own way (search). */
  summaries(): StorySummary[] {
    return Object.values(this.index.stories).map(toSummary);
  }

  /** The story folder's path for an id, or a not-found error naming the id. */
  folderOf(id: string): string {
    const entry = this.index.stories[id];
    const template = entry ? null : this.templates.folderOf(id);
    if (template) return template;
    if (!entry) {
      throw new CopydeskError('not-found', `There is no story with id ${id} in the library at ${this.root}.`);
    }
    return join(this.root, entry.folder);
  }

  /** Whether an id is a story in the index (templates are not). */
  private readonly isIndexed = (id: string): boolean => Object.hasOwn(this.index.stories, id);

  private isTemplate(id: string): boolean {
    return !this.isIndexed(id) && this.templates.has(id);
  }

  /** The templates in <library>/templates; a library without that folder gets the built-in ones first. */
  async listTemplates(): Promise<TemplateSummary[]> {
    return this.templates.list(this.isIndexed);
  }

  async open(id: string): Promise<OpenedStory> {
    const folder = this.folderOf(id);
    const { story, revision, migratedFrom } = await readStoryFolder(folder);
    if (story.id !== id) {
      throw new CopydeskError(
        'invalid-story',
        `The story in ${folder} has id ${story.id}, not ${id}; the library index is out of date. Reopen the library to rebuild it.`,
        { path: join(folder, STORY_FILE) },
      );
    }
    this.knownRevisions.set(id, revision);
    this.watchStory(id);
    return { story, revision, path: folder, migratedFrom };
  }

  // ── writing ────────────────────────────────────────────────────────────────────────────────────────────

  async create(options: { headline?: string; author?: string } = {}): Promise<OpenedStory> {
    const story = createStory({
      id: newStoryId(this.now().getTime(), randomBytes(RANDOM_BYTES_FOR_ID)),
      now: this.now(),
      headline: options.headline,
      author: options.author,
    });
    return this.addNewStory(story);
  }

  /**
   * A new story made of parts read from elsewhere (an import): the library gives it its id, dates, slug (from
   * the headline) and folder, as `create` does. Refused, with nothing written, when the parts are not valid.
   */
  async createFromParts(parts: ImportedStoryParts): Promise<OpenedStory> {
    const blank = createStory({
      id: newStoryId(this.now().getTime(), randomBytes(RANDOM_BYTES_FOR_ID)),
      now: this.now(),
      headline: parts.headline,
    });
    return this.addNewStory(parseStory({ ...blank, ...parts, headline: blank.headline }, 'The imported story is not valid'));
  }

  /**
   * A new story from a template's content (shared/templates/story-from-template.ts): its own id, dates and
   * folder, a draft, the author on an empty byline, and the template's media copied along.
   */
  async createFromTemplate(templateId: string, options: { author?: string } = {}): Promise<OpenedStory> {
    const templateFolder = await this.templates.requireFolder(templateId, this.isIndexed);
    const { story: template } = await readStoryFolder(templateFolder);
    const story = storyFromTemplate(template, {
      id: newStoryId(this.now().getTime(), randomBytes(RANDOM_BYTES_FOR_ID)),
      now: this.now(),
      author: options.author,
    });
    return this.addNewStory(story, join(templateFolder, MEDIA_FOLDER));
  }

  /** Writes a new story into a folder of its own; `mediaFrom` is a media folder to copy in first. */
  private async addNewStory(story: Story, mediaFrom?: string): Promise<OpenedStory> {
    const folder = await this.claimFolder(story);
    if (mediaFrom) {
      try {
        await copyFolderSynced(mediaFrom, join(folder, MEDIA_FOLDER));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemError(error, 'copy the media', folder);
      }
    }
    const text = serializeStory(story);
    await writeFileAtomic(join(folder, STORY_FILE), text);
    await this.indexStory(story, folder);
    this.knownRevisions.set(story.id, revisionOf(text));
    this.watchStory(story.id);
    this.emit('libraryChanged', { reason: 'created' });
    return { story, revision: revisionOf(text), path: folder, migratedFrom: null };
  }

  /**
   * Saves `story` over the one on disk if, and only if, the file on disk is still `baseRevision`. Returns the
   * new revision. A stale base is refused with a `conflict` error carrying the revision now on disk.
   *
   * The story is checked against the schema here, unless the caller says it has just done that itself (see
   * SaveOptions). The answer comes once story.json is on the disk, synced, and the index knows the story.
   */
  async save(id: string, story: Story, baseRevision: string, options: SaveOptions = {}): Promise<SavedStory> {
    return this.locks.run(id, async () => {
      const folder = this.folderOf(id);
      const file = join(folder, STORY_FILE);
      const valid = options.alreadyValidated ? story : parseStory(story, 'The story was not saved because it is not valid');
      if (valid.id !== id) {
        throw new CopydeskError('invalid-argument', `The story's id ${valid.id} does not match ${id}.`, { field: 'story.id' });
      }
      const onDisk = await readFile(file).catch((error: unknown) => {
        throw fileSystemError(error, 'save the story (its folder was moved or deleted)', file);
      });
      const currentRevision = revisionOf(onDisk);
      if (currentRevision !== baseRevision) {
        throw new CopydeskError(
          'conflict',
          `The story was changed on disk since it was opened (${file}), so it was not saved over. ` +
            'Reload it to see the other change, or keep yours by saving a copy.',
          { path: file, currentRevision },
        );
      }
      const savedAt = this.now().toISOString();
      const next: Story = { ...valid, updatedAt: savedAt }; // checked (here or by the caller); only the time is new
      // Encoded once: the same bytes are hashed for the revision and written.
      const bytes = Buffer.from(serializeParsedStory(next), 'utf8');
      const revision = revisionOf(bytes);
      this.knownRevisions.set(id, revision);
      // The index's word count is counted while the disk writes and syncs the file.
      const writing = writeFileAtomic(file, bytes);
      const counting = this.wordCounts.count(id, next);
      await Promise.allSettled([writing, counting]); // neither is left running when the save answers
      await writing;
      const wordCount = await counting;
      // A template keeps its folder and stays out of the index of stories.
      const template = this.isTemplate(id);
      const home = template ? folder : await this.followSlug(folder, next);
      const summary = template
        ? summarizeStory(next, relative(this.root, folder), wordCount)
        : await this.indexStory(next, home, wordCount);
      if (home !== folder) this.watchStory(id);
      await this.revisions.snapshotIfDue(home, bytes);
      return { revision, savedAt, summary, path: home };
    });
  }

  /** A copy of a story with a new id, its media included and its history not. */
  async duplicate(id: string): Promise<StorySummary> {
    const { story } = await this.open(id);
    const now = this.now().toISOString();
    const copy: Story = {
      ...story,
      id: newStoryId(this.now().getTime(), randomBytes(RANDOM_BYTES_FOR_ID)),
      slug: copySlug(story.slug),
      headline: story.headline,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    };
    const source = this.folderOf(id);
    const folder = await this.claimFolder(copy);
    try {
      await copyFolderSynced(join(source, MEDIA_FOLDER), join(folder, MEDIA_FOLDER));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemError(error, 'copy the media', folder);
    }
    await writeFileAtomic(join(folder, STORY_FILE), serializeStory(copy));
    const summary = await this.indexStory(copy, folder);
    this.emit('libraryChanged', { reason: 'duplicated' });
    return summary;
  }

  /** Gives a story a new slug and moves its folder to match. */
  async rename(id: string, slug: string): Promise<SavedStory> {
    return this.locks.run(id, async () => {
      const oldFolder = this.folderOf(id);
      if (this.isTemplate(id)) {
        throw new CopydeskError(
          'invalid-argument',
          `${oldFolder} is a template: its folder keeps its name. Change the template's slug in the template itself.`,
          { path: oldFolder },
        );
      }
      const { story } = await readStoryFolder(oldFolder);
      const savedAt = this.now().toISOString();
      const renamed: Story = { ...story, slug, updatedAt: savedAt };
      const newFolder = await this.claimFolder(renamed, { create: false });
      try {
        await renameSynced(oldFolder, newFolder);
      } catch (error) {
        throw fileSystemError(error, 'rename the story folder', oldFolder);
      }
      const text = serializeStory(renamed);
      this.knownRevisions.set(id, revisionOf(text));
      await writeFileAtomic(join(newFolder, STORY_FILE), text);
      const summary = await this.indexStory(renamed, newFolder);
      this.watchStory(id);
      this.emit('libraryChanged', { reason: 'renamed' });
      return { revision: revisionOf(text), savedAt, summary, path: newFolder };
    });
  }

  /** Moves a story folder to the trash (the OS trash in the app, the library's .trash elsewhere). */
  async trash(id: string): Promise<{ trashedTo: string }> {
    return this.locks.run(id, async () => {
      const folder = this.folderOf(id);
      this.watching?.stories.get(id)?.close();
      this.watching?.stories.delete(id);
      const trashedTo = await this.trashFolder(folder);
      this.templates.forget(id);
      delete this.index.stories[id];
      this.knownRevisions.delete(id);
      this.wordCounts.forget(id);
      this.indexChanges.emit('storyUnindexed', { id });
      this.scheduleIndexWrite();
      this.emit('libraryChanged', { reason: 'trashed' });
      return { trashedTo };
    });
  }

  /**
   * Copies a picture or video into the story's media folder under the SHA-256 of its bytes. The name the
   * file had is never used as a path; the type comes from the bytes.
   */
  async importMedia(id: string, bytes: Uint8Array, fileName: string): Promise<ImportedMedia> {
    const folder = this.folderOf(id);
    const type = sniffMediaType(bytes);
    if (!type) {
      throw new CopydeskError(
        'unsupported-media',
        `"${fileName}" is not a picture or video Copydesk can use (JPEG, PNG, GIF, WebP, AVIF, MP4 or WebM).`,
      );
    }
    const file = `${createHash('sha256').update(bytes).digest('hex')}.${type.extension}`;
    const mediaFolder = join(folder, MEDIA_FOLDER);
    const target = join(mediaFolder, file);
    const exists = await stat(target).then(
      (info) => info.size === bytes.length,
      () => false,
    );
    if (!exists) {
      const created = await mkdir(mediaFolder, { recursive: true }).catch((error: unknown) => {
        throw fileSystemError(error, 'create the media folder', mediaFolder);
      });
      await writeFileAtomic(target, bytes);
      // A new media folder is itself a name in the story folder, which must reach the disk like the picture.
      if (created) {
        await syncFolder(folder).catch((error: unknown) => {
          throw fileSystemError(error, 'create the media folder', mediaFolder);
        });
      }
    }
    return { file, mimeType: type.mimeType, bytes: bytes.length, added: !exists };
  }

  async snapshot(id: string): Promise<RevisionInfo> {
    const folder = this.folderOf(id);
    const text = await readFile(join(folder, STORY_FILE), 'utf8').catch((error: unknown) => {
      throw fileSystemError(error, 'read the story for a snapshot', folder);
    });
    parseStoryFile(text, join(folder, STORY_FILE)); // never snapshot a broken file as if it were good
    return this.revisions.snapshot(folder, text);
  }

  async listRevisions(id: string): Promise<RevisionInfo[]> {
    return this.revisions.list(this.folderOf(id));
  }

  /** One snapshot of a story's history, validated and upgraded like story.json itself. */
  async readRevision(id: string, revisionId: string): Promise<RevisionSnapshot> {
    const { story, createdAt } = await this.revisions.read(this.folderOf(id), revisionId);
    return { story, revisionId, createdAt };
  }

  /**
   * Makes a snapshot the current version. The version it replaces is snapshotted first, so a restore can
   * itself be undone from the history. Like a save, it is refused with a `conflict` when story.json is no
   * longer `baseRevision`. The story keeps its identity — id, slug (and so its folder) and creation date —
   * and takes everything else from the snapshot.
   */
  async restoreRevision(id: string, revisionId: string, baseRevision: string): Promise<SavedStory> {
    const folder = this.folderOf(id);
    const snapshot = await this.revisions.read(folder, revisionId);
    const file = join(folder, STORY_FILE);
    const onDisk = await readFile(file).catch((error: unknown) => {
      throw fileSystemError(error, 'restore the story (its folder was moved or deleted)', file);
    });
    if (revisionOf(onDisk) !== baseRevision) {
      throw new CopydeskError(
        'conflict',
        `The story was changed on disk since it was opened (${file}), so the older version was not restored over it. ` +
          'Reload it first, then restore again.',
        { path: file, currentRevision: revisionOf(onDisk) },
      );
    }
    const text = onDisk.toString('utf8');
    const { story: current } = parseStoryFile(text, file); // a broken file is reported, never snapshotted as good
    await this.revisions.snapshot(folder, text);
    const restored: Story = { ...snapshot.story, id, slug: current.slug, createdAt: current.createdAt };
    return this.save(id, restored, baseRevision);
  }

  /**
   * Saves `story` as a new story: a new id, its slug + "-copy", the headline unchanged, status draft, and the
   * media of the story it came from (its id, when that story is still in the library). For "save mine as a
   * copy" when a save meets a conflict: the person's version lands beside the other one, nothing is lost.
   */
  async saveCopy(story: Story): Promise<OpenedStory> {
    const valid = parseStory(story, 'The copy was not saved because the story is not valid');
    const now = this.now().toISOString();
    const copy: Story = {
      ...valid,
      id: newStoryId(this.now().getTime(), randomBytes(RANDOM_BYTES_FOR_ID)),
      slug: copySlug(valid.slug),
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    };
    const source = this.index.stories[valid.id] ? this.folderOf(valid.id) : null;
    const folder = await this.claimFolder(copy);
    if (source) {
      try {
        await copyFolderSynced(join(source, MEDIA_FOLDER), join(folder, MEDIA_FOLDER));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemError(error, 'copy the media', folder);
      }
    }
    const text = serializeStory(copy);
    await writeFileAtomic(join(folder, STORY_FILE), text);
    await this.indexStory(copy, folder);
    this.knownRevisions.set(copy.id, revisionOf(text));
    this.watchStory(copy.id);
    this.emit('libraryChanged', { reason: 'copied' });
    return { story: copy, revision: revisionOf(text), path: folder, migratedFrom: null };
  }

  // ── changes made by others ─────────────────────────────────────────────────────────────────────────────

  /**
   * Watches for changes made by other programs (another window, a sync client, git): `storyChanged` when an
   * opened story's story.json differs from what this process last read or wrote, `libraryChanged` when
   * story folders appear or vanish. The library folder is watched for folders coming and going, and each
   * opened story's folder for its story.json (a folder watch, because an atomic save replaces the file and
   * a watch on the file itself would go deaf after the first one). Returns a function that stops watching.
   */
  watchForChanges(debounceMs = 150): () => void {
    const watching: Watching = { debounceMs, stories: new Map(), timers: new Map(), root: null };
    this.watching = watching;
    watching.root = watchFolder(this.root, (name) => {
      if (!name || name.startsWith('.') || name === INDEX_FILE || isTempFile(name)) return;
      this.debounce(`folder:${name}`, () => this.noticeFolderChange(name));
    });
    for (const id of this.knownRevisions.keys()) this.watchStory(id);
    return () => {
      for (const timer of watching.timers.values()) clearTimeout(timer);
      for (const watcher of watching.stories.values()) watcher.close();
      watching.root?.close();
      if (this.watching === watching) this.watching = null;
    };
  }

  /** Starts watching one story's folder; the most recently opened stories are watched, up to a cap. */
  private watchStory(id: string): void {
    const watching = this.watching;
    if (!watching) return;
    watching.stories.get(id)?.close();
    watching.stories.delete(id);
    let folder: string;
    try {
      folder = this.folderOf(id);
    } catch {
      return;
    }
    const watcher = watchFolder(folder, (name) => {
      if (name === STORY_FILE) this.debounce(`story:${id}`, () => this.noticeStoryChange(id));
    });
    if (!watcher) return;
    watching.stories.set(id, watcher);
    if (watching.stories.size > MAX_WATCHED_STORIES) {
      const [oldest, oldestWatcher] = watching.stories.entries().next().value!;
      oldestWatcher.close();
      watching.stories.delete(oldest);
    }
  }

  private debounce(key: string, task: () => Promise<void>): void {
    const watching = this.watching;
    if (!watching) return;
    clearTimeout(watching.timers.get(key));
    watching.timers.set(
      key,
      setTimeout(() => {
        watching.timers.delete(key);
        void task().catch(() => {});
      }, watching.debounceMs),
    );
  }

  private async noticeStoryChange(id: string): Promise<void> {
    let folder: string;
    try {
      folder = this.folderOf(id);
    } catch {
      return; // trashed by us meanwhile
    }
    const bytes = await readFile(join(folder, STORY_FILE)).catch(() => null);
    const revision = bytes ? revisionOf(bytes) : null;
    if (revision !== null && revision === this.knownRevisions.get(id)) return; // our own write
    // Someone else changed or removed it: bring the index up to date, then tell the windows. Under the
    // story's lock, so that a save moving its folder (the slug followed the headline) is never seen half done
    // and the story dropped from the index.
    await this.locks.run(id, () => this.reconcileIndex(false));
    this.emit('storyChanged', { id, revision });
    this.emit('libraryChanged', { reason: revision === null ? 'removed on disk' : 'changed on disk' });
  }

  private async noticeFolderChange(name: string): Promise<void> {
    const indexed = Object.values(this.index.stories).some((entry) => entry.folder === name);
    const present = await stat(join(this.root, name, STORY_FILE)).then(
      () => true,
      () => false,
    );
    if (indexed === present) return; // our own create, rename or trash: already in the index
    await this.reconcileIndex(false);
    this.emit('libraryChanged', { reason: present ? 'added on disk' : 'removed on disk' });
  }

  // ── the index ──────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Brings the index in line with the folders: new folders are read, vanished ones dropped, and any
   * story.json whose size or time changed is read again. With `rebuild`, every folder is read.
   */
  /**
   * One story folder as the index needs it: gone, as indexed, unreadable, or read afresh. While the library
   * opens, story.json's size and time are asked for synchronously: nothing else is waiting for the event
   * loop then (a window waits for the library), and each asynchronous stat is a trip through libuv's thread
   * pool and back: opening a library of 10,000 stories in a fresh process took 260 ms instead of 360 (medians).
   */
  private async readForIndex(folder: string, known: IndexEntry | undefined, opening: boolean): Promise<FolderRead> {
    const file = join(this.root, folder, STORY_FILE);
    const info = opening ? statIfPresentSync(file) : await stat(file).catch(() => null);
    if (!info) return { kind: 'absent' };
    if (known && known.fileMtimeMs === info.mtimeMs && known.fileSize === info.size) return { kind: 'unchanged', folder };
    try {
      const { story } = await readStoryFolder(join(this.root, folder));
      return { kind: 'read', folder, story, info };
    } catch {
      return { kind: 'unreadable', folder };
    }
  }

  private async reconcileIndex(rebuild: boolean, { opening = false } = {}): Promise<void> {
    if (rebuild) this.index.stories = {};
    const byFolder = new Map(Object.values(this.index.stories).map((entry) => [entry.folder, entry]));
    const names = await readdir(this.root, { withFileTypes: true }).catch((error: unknown) => {
      throw fileSystemError(error, 'read the library folder', this.root);
    });
    const seen = new Set<string>();
    let changed = rebuild;
    const folders = names.filter((dirent) => dirent.isDirectory() && !dirent.name.startsWith('.')).map((dirent) => dirent.name);
    // Read a batch of folders at once (the disk works in parallel), then take them in order: which of two
    // folders holding one id is kept must not depend on which read finished first.
    for (let start = 0; start < folders.length; start += INDEX_READS_AT_ONCE) {
      const batch = folders.slice(start, start + INDEX_READS_AT_ONCE);
      const reads = await Promise.all(batch.map((name) => this.readForIndex(name, byFolder.get(name), opening)));
      for (const read of reads) {
        if (read.kind === 'absent') continue;
        const name = read.folder;
        seen.add(name);
        if (read.kind === 'unchanged') continue;
        const known = byFolder.get(name);
        if (read.kind === 'unreadable') {
          // An unreadable story stays on disk untouched; `copydesk validate` explains what is wrong with it.
          if (known) {
            delete this.index.stories[known.id];
            this.indexChanges.emit('storyUnindexed', { id: known.id });
          }
          changed = true;
          continue;
        }
        const { story, info } = read;
        if (known && known.id !== story.id) {
          delete this.index.stories[known.id];
          this.indexChanges.emit('storyUnindexed', { id: known.id });
        }
        const duplicate = this.index.stories[story.id];
        if (duplicate && duplicate.folder !== name && seen.has(duplicate.folder)) {
          // Two folders with one id (a folder copied by hand): keep the first, leave the other unlisted.
          continue;
        }
        this.index.stories[story.id] = { ...summarizeStory(story, name), fileMtimeMs: info.mtimeMs, fileSize: info.size };
        this.indexChanges.emit('storyIndexed', { story, folder: name });
        changed = true;
      }
    }
    for (const entry of Object.values(this.index.stories)) {
      if (!seen.has(entry.folder)) {
        delete this.index.stories[entry.id];
        this.indexChanges.emit('storyUnindexed', { id: entry.id });
        changed = true;
      }
    }
    if (changed) await this.persistIndex().catch(() => {}); // a read-only library still opens and lists
  }

  /** Puts the story's summary in the index; `wordCount` is its body's, when already counted. */
  private async indexStory(story: Story, folder: string, wordCount?: number): Promise<StorySummary> {
    const info = await stat(join(folder, STORY_FILE));
    const name = relative(this.root, folder);
    const entry: IndexEntry = { ...summarizeStory(story, name, wordCount), fileMtimeMs: info.mtimeMs, fileSize: info.size };
    this.index.stories[story.id] = entry;
    this.indexChanges.emit('storyIndexed', { story, folder: name });
    this.scheduleIndexWrite();
    return toSummary(entry);
  }

  /**
   * library.json is a cache of what the folders hold, so it is written a moment after the last change rather
   * than on every save: with 10,000 stories it is 4 MB, and writing it (with fsync) cost more than the save
   * itself. If the app stops before it is written, the next open finds the story files newer than the index
   * says and reads just those again.
   */
  private scheduleIndexWrite(): void {
    if (this.indexWriteTimer) return;
    this.indexWriteTimer = setTimeout(() => {
      this.indexWriteTimer = null;
      void this.flushIndex();
    }, INDEX_WRITE_DELAY_MS);
    this.indexWriteTimer.unref?.();
  }

  /** Writes library.json now if a change is waiting (before quitting; tests). One write at a time. */
  async flushIndex(): Promise<void> {
    if (this.indexWriteTimer) {
      clearTimeout(this.indexWriteTimer);
      this.indexWriteTimer = null;
    }
    this.indexWrites = this.indexWrites.then(() => this.persistIndex().catch(() => {})); // a cache: a failed write costs a re-read
    await this.indexWrites;
  }

  /**
   * Moves a story's folder to match its slug ("2026-untitled" → "2026-courthouse-arrests") once the story is
   * saved. Best effort: the story is already safe, and a folder that cannot move now (a file open in
   * another program on Windows) keeps its old name.
   */
  private async followSlug(folder: string, story: Story): Promise<string> {
    const stem = folderStem(story);
    const name = relative(this.root, folder);
    const numbered = name.startsWith(`${stem}-`) && /^\d+$/.test(name.slice(stem.length + 1));
    if (name === stem || numbered) return folder;
    const target = await this.claimFolder(story, { create: false });
    try {
      await rename(folder, target);
    } catch {
      return folder;
    }
    // The move is made durable as best it can be, like the move itself: the story's bytes are already synced.
    await syncFolder(this.root).catch(() => {});
    return target;
  }

  /** Picks a free folder name "<year>-<slug>" (then "-2", "-3" …) and, unless told not to, creates it. */
  private async claimFolder(story: Story, options: { create?: boolean } = {}): Promise<string> {
    const stem = folderStem(story);
    for (let n = 1; n < 10_000; n++) {
      const folder = join(this.root, n === 1 ? stem : `${stem}-${n}`);
      if (options.create === false) {
        if (!(await exists(folder))) return folder;
        continue;
      }
      try {
        await mkdir(folder);
        // The new folder's name is on the disk before the story is written into it: a story that was created
        // (or copied) and answered for survives a power cut with its folder.
        await syncFolder(this.root);
        return folder;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw fileSystemError(error, 'create the story folder', folder);
      }
    }
    throw new CopydeskError('io', `Could not find a free folder name for "${stem}" in ${this.root}.`);
  }

  private async moveToLibraryTrash(folder: string): Promise<string> {
    const trash = join(this.root, TRASH_FOLDER);
    await mkdir(trash, { recursive: true });
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    // A template's folder is templates/<name>: flattened, so it lands in the trash itself.
    const target = join(trash, `${relative(this.root, folder).replace(/[\\/]+/g, '--')}--${stamp}`);
    try {
      await renameSynced(folder, target);
    } catch (error) {
      throw fileSystemError(error, 'move the story to the trash', folder);
    }
    return target;
  }

  /**
   * Removes temporary files a crash left behind (never the stories themselves). Only files older than
   * `minAgeMs` go, so a save in progress in another window or process is left alone.
   */
  async sweepTemporaryFiles(minAgeMs = 60_000): Promise<number> {
    const folders = [this.root];
    for (const entry of Object.values(this.index.stories)) {
      for (const sub of ['', MEDIA_FOLDER, REVISIONS_FOLDER]) folders.push(join(this.root, entry.folder, sub));
    }
    for (const folder of this.templates.allFolders()) {
      for (const sub of ['', MEDIA_FOLDER, REVISIONS_FOLDER]) folders.push(join(folder, sub));
    }
    let removed = 0;
    const cutoff = this.now().getTime() - minAgeMs;
    await forEachAtMost(folders, SWEEP_FOLDERS_AT_ONCE, async (folder) => {
      const names = await readdir(folder).catch(() => [] as string[]);
      for (const name of names.filter(isTempFile)) {
        const info = await stat(join(folder, name)).catch(() => null);
        if (!info || info.mtimeMs > cutoff) continue;
        await rm(join(folder, name), { force: true });
        removed++;
      }
    });
    return removed;
  }
}

/** Reads and validates story.json in a folder; the revision is the hash of the bytes read. */
export async function readStoryFolder(folder: string): Promise<OpenedStory> {
  const file = join(folder, STORY_FILE);
  const bytes = await readFile(file).catch((error: unknown) => {
    throw fileSystemError(error, 'open the story', file);
  });
  const { story, migratedFrom } = parseStoryFile(bytes.toString('utf8'), file);
  return { story, revision: revisionOf(bytes), path: folder, migratedFrom };
}

/** A file's size and times; null when it is not there or cannot be asked about, as `stat(…).catch(() => null)`. */
function statIfPresentSync(file: string): Stats | null {
  try {
    return statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** "<year created>-<slug>", or "-untitled" until the story has a slug. */
function folderStem(story: Story): string {
  return `${story.createdAt.slice(0, 4)}-${story.slug || 'untitled'}`;
}

/** "courthouse-arrests" → "courthouse-arrests-copy", kept a valid slug however often it is copied. */
function copySlug(slug: string): string {
  if (!slug) return 'copy';
  const stem = slug.slice(0, 80 - '-copy'.length).replace(/-+$/, '');
  return `${stem}-copy`;
}

function toSummary(entry: IndexEntry): StorySummary {
  const { fileMtimeMs: _mtime, fileSize: _size, ...summary } = entry;
  return summary;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
