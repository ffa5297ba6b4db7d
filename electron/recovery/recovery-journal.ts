// The recovery journal: a story's unsaved edits, kept about once a second while someone types, so that a
// crash, a kill or a power cut costs at most the last second — not everything since the last save. It lives
// in the app's data folder, beside the preferences and never in the library, so a library that is read-only,
// full or gone still journals. One file per story, in a folder per library:
//
//   <data folder>/recovery/<hash of the library's path>/<story id>.jsonl
//
// A journal starts with the whole story, then only what changed (journal-records.ts has the format). The window
// need not send the whole story to start it: its first entry says what changed from the story on disk, which
// is read here (the renderer's thread never serialises 600 kB for it). A save that reaches the disk is marked;
// reopening a story offers back only edits no save covered. When the changes since the last whole story
// outgrow it, the journal is rewritten as one whole story, so it stays about the size of the story however
// long the typing goes on.

import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type {
  JournalReceipt,
  JournalSavedArgs,
  OpenedStory,
  RecordEditsArgs,
  RecoveredEdits,
} from '../../shared/bridge/contract.ts';
import { applyStoryChanges } from '../../shared/recovery/story-changes.ts';
import type { Story } from '../../shared/story/schema.ts';
import { KeyedMutex } from '../library/keyed-mutex.ts';
import { nodeJournalFiles, type JournalFiles } from './journal-files.ts';
import { entryLine, replayJournal, savedLine } from './journal-records.ts';

/** The journal's folder inside the app's data folder (where the preferences are). */
export function recoveryFolder(dataFolder: string): string {
  return join(dataFolder, 'recovery');
}

/** Changes since the last whole story may grow to this (or the story's own size, if larger) before a rewrite. */
export const COMPACT_AFTER_BYTES = 1024 * 1024;

export interface RecoveryJournalOptions {
  files?: JournalFiles;
  compactAfterBytes?: number;
}

/** What the journal knows of a story's file since this process last wrote it whole. */
interface Thread {
  writer: string;
  seq: number;
  story: Story;
  baseRevision: string;
  at: string;
  savedSeq: number;
  wholeBytes: number;
  bytesSinceWhole: number;
}

export class RecoveryJournal {
  private readonly files: JournalFiles;
  private readonly compactAfterBytes: number;
  private readonly threads = new Map<string, Thread>();
  private readonly locks = new KeyedMutex();

  constructor(
    readonly folder: string,
    options: RecoveryJournalOptions = {},
  ) {
    this.files = options.files ?? nodeJournalFiles();
    this.compactAfterBytes = options.compactAfterBytes ?? COMPACT_AFTER_BYTES;
  }

  /** The journal file of a story in the library at `libraryRoot`. */
  fileOf(libraryRoot: string, id: string): string {
    const library = createHash('sha256').update(resolve(libraryRoot)).digest('hex').slice(0, 16);
    return join(this.folder, library, `${id}.jsonl`);
  }

  /**
   * Writes an entry and flushes it to the disk. Changes that do not follow the last entry are refused, and so
   * are changes from the disk when `readOnDisk` (the story as the library has it) answers another revision.
   */
  record(
    libraryRoot: string,
    entry: RecordEditsArgs,
    readOnDisk?: (id: string) => Promise<Pick<OpenedStory, 'story' | 'revision'>>,
  ): Promise<JournalReceipt> {
    const file = this.fileOf(libraryRoot, entry.id);
    return this.locks.run(file, async () => {
      const { edit, ...about } = entry;
      if (edit.kind === 'whole') {
        await this.writeWhole(file, { ...about, story: edit.story, savedSeq: -1 });
        return { status: 'kept' };
      }
      if (edit.kind === 'from-disk') {
        const onDisk = readOnDisk ? await readOnDisk(entry.id).catch(() => null) : null;
        const fits = onDisk && onDisk.revision === entry.baseRevision && onDisk.story.id === entry.id;
        const story = fits ? applyStoryChanges(onDisk.story, edit) : null;
        if (!story) return { status: 'needs-whole-story' };
        await this.writeWhole(file, { ...about, story, savedSeq: -1 });
        return { status: 'kept' };
      }
      const thread = this.threads.get(file);
      const follows = thread && thread.writer === entry.writer && thread.seq === edit.after;
      const story = follows ? applyStoryChanges(thread.story, edit) : null;
      if (!thread || !story) return { status: 'needs-whole-story' };
      const line = entryLine(entry);
      if (thread.bytesSinceWhole + line.length > Math.max(this.compactAfterBytes, thread.wholeBytes)) {
        await this.writeWhole(file, { ...about, story, savedSeq: thread.savedSeq, savedRevision: thread.baseRevision });
        return { status: 'kept' };
      }
      this.threads.delete(file); // until the line is on the disk, the thread is not known to go on
      await this.files.append(file, line);
      this.threads.set(file, {
        ...thread,
        seq: entry.seq,
        story,
        baseRevision: entry.baseRevision,
        at: entry.at,
        bytesSinceWhole: thread.bytesSinceWhole + line.length,
      });
      return { status: 'kept' };
    });
  }

  /** A save of the writer's edits up to `seq` reached the disk as `revision`: those entries are done. */
  saved(libraryRoot: string, marker: JournalSavedArgs): Promise<void> {
    const file = this.fileOf(libraryRoot, marker.id);
    return this.locks.run(file, async () => {
      const thread = this.threads.get(file);
      if (!thread || thread.writer !== marker.writer) return; // another window's journal, or none: not ours to mark
      const line = savedLine(marker);
      this.threads.delete(file);
      await this.files.append(file, line);
      this.threads.set(file, {
        ...thread,
        savedSeq: Math.max(thread.savedSeq, marker.seq),
        baseRevision: marker.revision,
        bytesSinceWhole: thread.bytesSinceWhole + line.length,
      });
    });
  }

  /** Removes a story's journal. */
  discard(libraryRoot: string, id: string): Promise<void> {
    const file = this.fileOf(libraryRoot, id);
    return this.locks.run(file, async () => {
      this.threads.delete(file);
      await this.files.remove(file);
    });
  }

  /**
   * The edits in a story's journal that no save covered, or null. A journal whose every edit reached the disk
   * is removed; one with nothing readable is set aside (renamed, never deleted) so it cannot stop the story
   * opening.
   */
  read(libraryRoot: string, id: string): Promise<RecoveredEdits | null> {
    const file = this.fileOf(libraryRoot, id);
    return this.locks.run(file, async () => {
      const text = await this.files.read(file);
      if (text === null) return null;
      const replay = replayJournal(text, id);
      if (!replay.story) {
        this.threads.delete(file);
        if (text.trim() !== '') await this.files.move(file, `${file}.unreadable-${Date.now()}`);
        else await this.files.remove(file);
        return null;
      }
      if (replay.savedSeq >= replay.seq) {
        this.threads.delete(file);
        await this.files.remove(file);
        return null;
      }
      return {
        story: replay.story,
        baseRevision: replay.baseRevision,
        typedAt: replay.typedAt,
        unreadableEntries: replay.unreadable,
      };
    });
  }

  /** Replaces the file with the whole story (and the save that covers part of it), and starts a new thread. */
  private async writeWhole(
    file: string,
    whole: Omit<RecordEditsArgs, 'edit'> & { story: Story; savedSeq: number; savedRevision?: string },
  ): Promise<void> {
    const { story, savedSeq, savedRevision, ...about } = whole;
    let text = entryLine({ ...about, edit: { kind: 'whole', story } });
    const wholeBytes = text.length;
    if (savedSeq >= 0 && savedRevision) {
      text += savedLine({ id: about.id, writer: about.writer, seq: savedSeq, revision: savedRevision });
    }
    this.threads.delete(file);
    await this.files.replace(file, text);
    this.threads.set(file, {
      writer: about.writer,
      seq: about.seq,
      story,
      baseRevision: about.baseRevision,
      at: about.at,
      savedSeq,
      wholeBytes,
      bytesSinceWhole: text.length - wholeBytes,
    });
  }
}
