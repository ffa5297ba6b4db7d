// The window's side of the recovery journal for one open story: after an edit, the story goes to the journal
// (recovery:record) within a second, and at most once a second however fast the edits come — a timer, never
// the keystroke's own handler. Only what changed is sent (the blocks typed in, found by identity:
// shared/recovery/story-changes.ts): the first entry says what changed from the story on disk, which the
// journal reads there; each later one what changed since the entry before. So a second of typing in a
// 100,000-word story sends a paragraph, and the 600 kB story is serialised here only when the journal cannot
// follow otherwise. Saves that reach the disk are marked (recovery:saved). Calls go one at a time, in order,
// so the journal sees them as they were made.

import type { CopydeskBridge, JournalEdit } from '../../../shared/bridge/contract.ts';
import type { CopydeskError } from '../../../shared/errors.ts';
import { storyChanges } from '../../../shared/recovery/story-changes.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { reviveError } from '../bridge/http-bridge.ts';

/** The most often an entry is written while edits keep coming, and so the longest an edit waits for it. */
export const JOURNAL_INTERVAL_MS = 1000;
/** After the journal failed to write, the wait before it tries again (edits meanwhile do not bring it forward). */
export const JOURNAL_RETRY_MS = 5000;

/** What the journal reads from the story's session when an entry is due. */
export interface JournalSource {
  story(): Story | null;
  /** How many edits the session has made: entries are ordered by it. */
  editCount(): number;
  /** The revision on disk the edits build on (the one the next save names). */
  baseRevision(): string;
  /** The story as it is on disk at `revision` (as opened, or as last saved from here), when the session knows it. */
  onDisk(): { story: Story; revision: string } | null;
}

export type JournalStatus =
  /** Nothing journaled yet, or the journal was discarded. */
  | { kind: 'none' }
  /** The last entry is on the disk. */
  | { kind: 'kept' }
  /** This Copydesk keeps no journal. */
  | { kind: 'off' }
  /** The last entry could not be written; it is tried again. */
  | { kind: 'failed'; error: CopydeskError };

export interface StoryJournalOptions {
  intervalMs?: number;
  retryMs?: number;
  now?: () => number;
  /** Told when the status changes kind (not on every entry). */
  onStatus?: (status: JournalStatus) => void;
}

export class StoryJournal {
  /** This window's mark on the story's journal. */
  readonly writer = randomWriter();
  private readonly intervalMs: number;
  private readonly retryMs: number;
  private readonly now: () => number;
  private readonly onStatus: (status: JournalStatus) => void;
  /** The last entry the journal kept from here: the next one says what changed since. */
  private kept: { story: Story; seq: number } | null = null;
  /** The journal could not follow the last changes: the next entry is the whole story. */
  private wholeNeeded = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastStartedAt = -Infinity;
  private queue: Promise<void> = Promise.resolve();
  private status: JournalStatus = { kind: 'none' };
  private stopped = false;

  constructor(
    private readonly bridge: CopydeskBridge,
    private readonly id: string,
    private readonly source: JournalSource,
    options: StoryJournalOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? JOURNAL_INTERVAL_MS;
    this.retryMs = options.retryMs ?? JOURNAL_RETRY_MS;
    this.now = options.now ?? Date.now;
    this.onStatus = options.onStatus ?? (() => {});
  }

  get currentStatus(): JournalStatus {
    return this.status;
  }

  /** An edit was made: journal it within a second, at most once a second, and never before this call returns. */
  schedule(): void {
    if (this.stopped || this.timer !== null || this.status.kind === 'off') return;
    const wait = Math.max(0, this.lastStartedAt + this.intervalMs - this.now());
    this.timer = setTimeout(() => this.writeNow(), wait);
  }

  /** The disk has the edits up to `seq`, as `revision`. */
  saved(seq: number, revision: string): void {
    this.enqueue(async () => {
      if (!this.kept) return; // nothing of this window's in the journal
      try {
        await this.bridge.recovery.saved({ id: this.id, writer: this.writer, seq, revision });
      } catch {
        // Not marked: reopening would offer edits the disk has, and the session sees they are the same.
        this.kept = null;
      }
    });
  }

  /** Forgets the story's journal: its edits were dropped on purpose, or all saved and the story closed. */
  discard(): void {
    this.cancelTimer();
    this.kept = null;
    this.enqueue(async () => {
      this.wholeNeeded = false;
      try {
        await this.bridge.recovery.discard({ id: this.id });
      } catch {
        // Left behind, it is removed the next time the story opens: the disk has everything it holds.
      }
      this.kept = null;
      this.setStatus({ kind: 'none' });
    });
  }

  /** The story was replaced from disk: the next entry starts from it afresh. */
  restart(): void {
    this.kept = null;
    this.wholeNeeded = false;
  }

  /** No more entries (the session is gone); what is queued still goes. */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  /** Resolves once every call made so far has been answered. */
  settled(): Promise<void> {
    return this.queue;
  }

  private writeNow(): void {
    this.timer = null;
    this.lastStartedAt = this.now();
    this.enqueue(() => this.sendLatest());
  }

  private async sendLatest(): Promise<void> {
    const story = this.source.story();
    const seq = this.source.editCount();
    if (!story || (this.kept && this.kept.story === story)) return;
    const baseRevision = this.source.baseRevision();
    try {
      const receipt = await this.bridge.recovery.record({
        id: this.id,
        writer: this.writer,
        seq,
        at: new Date(this.now()).toISOString(),
        baseRevision,
        edit: this.entryFor(story, baseRevision),
      });
      if (receipt.status === 'off') {
        this.cancelTimer();
        this.setStatus({ kind: 'off' });
        return;
      }
      if (receipt.status === 'needs-whole-story') {
        // The journal lost the thread (another window wrote it, the disk moved on): the whole story, straight away.
        this.kept = null;
        this.wholeNeeded = true;
        this.lastStartedAt = -Infinity;
        this.schedule();
        return;
      }
      this.kept = { story, seq };
      this.wholeNeeded = false;
      this.setStatus({ kind: 'kept' });
    } catch (error) {
      this.kept = null; // what reached the journal is unknown: the next entry starts afresh
      this.setStatus({ kind: 'failed', error: reviveError(error) });
      if (!this.stopped && this.timer === null) {
        this.timer = setTimeout(() => this.writeNow(), this.retryMs);
      }
    }
  }

  /** What changed since the last entry kept, or since the story on disk; the whole story when neither is known. */
  private entryFor(story: Story, baseRevision: string): JournalEdit {
    if (this.kept) return { kind: 'changes', after: this.kept.seq, ...storyChanges(this.kept.story, story) };
    const onDisk = this.source.onDisk();
    if (onDisk && onDisk.revision === baseRevision && !this.wholeNeeded) {
      return { kind: 'from-disk', ...storyChanges(onDisk.story, story) };
    }
    return { kind: 'whole', story };
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task, task);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: JournalStatus): void {
    if (status.kind === this.status.kind && status.kind !== 'failed') return;
    this.status = status;
    this.onStatus(status);
  }
}

function randomWriter(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('').slice(0, 16);
}
