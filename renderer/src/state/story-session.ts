// One open story: the working copy, the revision its next save must name, and the saving machinery
// (autosave after a pause, save-now, retry, conflicts with the disk). It knows nothing of forms or Slate:
// a view reads the state and sends edits as `(story) => story` functions, so the later editor replaces only
// the form. Sessions live in a registry for the page's lifetime while they hold unsaved work, so leaving a
// story never drops text that has not reached the disk. Every edit also goes to the recovery journal (within a
// second, outside the library: ../recovery/story-journal.ts), and opening a story takes back what the journal
// holds that no save covered — the words typed before Copydesk was killed or the machine went down.

import type { CopydeskBridge, OpenedStory, RecoveredEdits } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { describeSchemaError } from '../../../shared/story/parse.ts';
import { Story } from '../../../shared/story/schema.ts';
import type { StorySummary } from '../../../shared/story/summary.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { recoveredNote, sameStoryContent, type RecoveredNote } from '../recovery/recovery-note.ts';
import { StoryJournal, type JournalStatus } from '../recovery/story-journal.ts';

export type SaveStatus =
  /** Nothing edited since the story was opened or reloaded: what is shown is what is on disk. */
  | { kind: 'unchanged' }
  /** Edits waiting for the autosave pause. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** The last save failed; the edits are kept in memory. `retryAt` is when the next attempt runs, if any. */
  | { kind: 'failed'; error: CopydeskError; retryAt: number | null }
  /** The file changed on disk under local edits: nothing is saved until the person chooses. */
  | { kind: 'conflict' };

export interface StorySessionState {
  id: string;
  phase: 'loading' | 'ready' | 'failed';
  /** Why the story could not be opened (phase 'failed'). */
  loadError: CopydeskError | null;
  /**
   * Unsaved edits the recovery journal holds for a story that could not be opened (its folder was removed, its
   * file damaged): they can still be saved as a new story.
   */
  strandedEdits: RecoveredEdits | null;
  /** The working copy, with every local edit. */
  story: Story | null;
  /** The story folder on disk. */
  path: string;
  migratedFrom: number | null;
  /** Bumps whenever the story is replaced from disk, so a form knows to reset the text it keeps. */
  generation: number;
  /** Local edits that have not reached the disk. */
  dirty: boolean;
  save: SaveStatus;
  /** A quiet note for the person, e.g. that the story was reloaded after a change on disk. */
  notice: string | null;
  /** An action (reload, keep mine) is under way. */
  busy: boolean;
  /** Edits the recovery journal gave back when the story opened, until the person dismisses the note. */
  recovered: RecoveredNote | null;
  /** Whether the recovery journal has the latest edits: a failing save's banner says so. */
  journal: JournalStatus;
}

export interface StorySessionOptions {
  /** Pause after the last edit before saving by itself. */
  autosaveMs?: number;
  /** Waits before retrying a failed save; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** The most often edits are journaled while they keep coming (and so the longest one waits). */
  journalIntervalMs?: number;
  /** The wait before a journal write that failed is tried again. */
  journalRetryMs?: number;
  now?: () => number;
}

type Listener = () => void;

const NO_RETRY: ReadonlySet<string> = new Set(['invalid-argument', 'invalid-story', 'newer-schema', 'unauthorized']);

export class StorySession {
  readonly id: string;
  private readonly bridge: CopydeskBridge;
  private readonly autosaveMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly now: () => number;
  private state: StorySessionState;
  private readonly listeners = new Set<Listener>();
  private revision = '';
  private editSeq = 0;
  private savedSeq = 0;
  /** The editor holds changes it has not handed over yet (it batches them while typing). */
  private unsyncedEdits = false;
  /** The save status shown before those changes, for when they turn out to change nothing. */
  private saveBeforeUnsynced: SaveStatus | null = null;
  private inFlight: Promise<void> | null = null;
  private autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryAttempt = 0;
  /** A change-on-disk event that arrived while our own save was under way: judged once it answers. */
  private pendingDiskRevision: string | null | undefined = undefined;
  /** The revision on disk as the last conflict reported it: the fallback base for "Keep mine". */
  private lastConflictRevision: string | null = null;
  private readonly stopListening: () => void;
  private readonly journal: StoryJournal;
  /** The story as on disk at a revision (as opened, or as saved from here): the journal's first entry builds on it. */
  private onDisk: { story: Story; revision: string } | null = null;
  private destroyed = false;
  /** Asks the editor to hand over what it holds now (see `takeEditsFrom`). */
  private handOverPendingEdits: (() => void) | null = null;

  constructor(bridge: CopydeskBridge, id: string, options: StorySessionOptions = {}, opened?: OpenedStory) {
    this.bridge = bridge;
    this.id = id;
    this.autosaveMs = options.autosaveMs ?? 800;
    this.retryDelaysMs = options.retryDelaysMs ?? [2_000, 5_000, 10_000, 30_000];
    this.now = options.now ?? Date.now;
    this.state = {
      id,
      phase: 'loading',
      loadError: null,
      strandedEdits: null,
      story: null,
      path: '',
      migratedFrom: null,
      generation: 0,
      dirty: false,
      save: { kind: 'unchanged' },
      notice: null,
      busy: false,
      recovered: null,
      journal: { kind: 'none' },
    };
    this.journal = new StoryJournal(
      bridge,
      id,
      {
        story: () => this.state.story,
        editCount: () => this.editSeq,
        baseRevision: () => this.revision,
        onDisk: () => this.onDisk,
      },
      {
        intervalMs: options.journalIntervalMs,
        retryMs: options.journalRetryMs,
        now: this.now,
        onStatus: (journal) => this.set({ journal }),
      },
    );
    this.stopListening = bridge.on('onStoryChangedOnDisk', (payload) => this.onChangedOnDisk(payload));
    if (opened) this.adopt(opened, null);
    else void this.load();
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────

  getState = (): StorySessionState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** True while something typed here is not on disk. */
  get hasUnsavedChanges(): boolean {
    return this.editSeq !== this.savedSeq || this.unsyncedEdits;
  }

  /** The revision the next save names; a restore from the history is based on it too (refused if stale). */
  get baseRevision(): string {
    return this.revision;
  }

  // ── actions ────────────────────────────────────────────────────────────────────────────────────────────

  async load(): Promise<void> {
    this.set({ phase: 'loading', loadError: null });
    const reading = this.readJournal();
    try {
      const opened = await this.bridge.story.open({ id: this.id });
      const recovered = await reading;
      this.adopt(opened, null);
      if (recovered) this.takeRecovered(opened, recovered);
    } catch (error) {
      this.set({ phase: 'failed', loadError: reviveError(error), strandedEdits: await reading });
    }
  }

  /**
   * Saves the journal's edits of a story that cannot be opened as a new story, and forgets the journal once
   * they are safe. Answers the new story, for the window to open.
   */
  async saveStrandedEdits(): Promise<OpenedStory> {
    const stranded = this.state.strandedEdits;
    if (!stranded) throw new CopydeskError('not-found', 'There are no recovered edits to save.');
    const copy = await this.bridge.story.saveCopy({ story: stranded.story });
    this.journal.discard();
    this.set({ strandedEdits: null });
    return copy;
  }

  /** Hides the note about recovered edits. */
  dismissRecovered(): void {
    this.set({ recovered: null });
  }

  /**
   * The editor has changed something it will hand over with `edit` in a moment. Until then nothing may say
   * "Saved": the words on screen are not in the story yet. Cheap enough for every keystroke.
   */
  noteUnsyncedEdits(): void {
    if (!this.state.story || this.destroyed || this.unsyncedEdits) return;
    this.unsyncedEdits = true;
    const save = this.state.save;
    if (save.kind === 'saved' || save.kind === 'unchanged') {
      this.saveBeforeUnsynced = save;
      this.set({ dirty: true, save: { kind: 'pending' } });
    }
  }

  /** Applies a local edit and schedules the autosave. */
  edit(change: (story: Story) => Story): void {
    const current = this.state.story;
    if (!current || this.destroyed) return;
    const wasUnsynced = this.unsyncedEdits;
    this.unsyncedEdits = false;
    const before = this.saveBeforeUnsynced;
    this.saveBeforeUnsynced = null;
    const next = change(current);
    if (next === current) {
      // The editor's changes came to nothing (typed and deleted again): show what was shown before them.
      if (wasUnsynced && before && !this.hasUnsavedChanges) this.set({ dirty: false, save: before });
      return;
    }
    this.editSeq++;
    const save = this.state.save;
    this.set({
      story: next,
      dirty: true,
      notice: null,
      save: save.kind === 'conflict' || save.kind === 'saving' ? save : { kind: 'pending' },
    });
    if (save.kind !== 'conflict') this.scheduleAutosave();
    this.journal.schedule(); // a conflict or a failing disk stops the saves, never the journal
  }

  /**
   * The editor batches typed changes and hands them over a moment later; every save first asks it to hand over
   * what it holds, so that Ctrl+S, a snapshot or leaving the story writes the words on screen, not those of a
   * moment ago. Answers a function that stops asking (the editor is unmounted).
   */
  takeEditsFrom(handOver: () => void): () => void {
    this.handOverPendingEdits = handOver;
    return () => {
      if (this.handOverPendingEdits === handOver) this.handOverPendingEdits = null;
    };
  }

  /** Saves now (Ctrl/Cmd+S, leaving the story). Resolves true when every edit so far is on disk. */
  async saveNow(): Promise<boolean> {
    this.handOverPendingEdits?.();
    this.clearTimers();
    while (this.inFlight) await this.inFlight;
    if (this.state.save.kind === 'conflict') return false;
    if (!this.hasUnsavedChanges) return true;
    this.inFlight = this.runSave().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
    return !this.hasUnsavedChanges;
  }

  /** Throws the local edits away and shows the story as it is on disk, with `notice` to say why. */
  async reloadFromDisk(notice = 'Reloaded the version on disk.'): Promise<void> {
    this.clearTimers();
    this.set({ busy: true });
    while (this.inFlight) await this.inFlight;
    try {
      const opened = await this.bridge.story.open({ id: this.id });
      this.adopt(opened, notice);
      this.journal.discard(); // the person chose to drop the edits: reopening must not offer them back
    } catch (error) {
      const cause = reviveError(error);
      this.set({ busy: false, notice: `Could not reload from disk: ${cause.message}` });
    }
  }

  /** Takes a change made on disk while nothing here was unsaved — unless the person typed meanwhile. */
  private async followDisk(): Promise<void> {
    const seq = this.editSeq;
    try {
      const opened = await this.bridge.story.open({ id: this.id });
      if (this.editSeq !== seq || this.inFlight) {
        // Typed while the disk's version was on its way: both changed, so the person chooses.
        this.lastConflictRevision = opened.revision;
        this.clearTimers();
        this.set({ save: { kind: 'conflict' } });
        return;
      }
      if (opened.revision === this.revision) return;
      this.adopt(opened, 'Updated with a change made on disk.');
      this.journal.discard(); // nothing here was unsaved
    } catch (error) {
      const cause = reviveError(error);
      this.set({ busy: false, notice: `Could not reload from disk: ${cause.message}` });
    }
  }

  /** Keeps the local version: takes the disk's current revision as the base and saves over it. */
  async keepMine(): Promise<void> {
    this.clearTimers();
    this.set({ busy: true });
    while (this.inFlight) await this.inFlight;
    try {
      const opened = await this.bridge.story.open({ id: this.id });
      this.revision = opened.revision;
    } catch (error) {
      // A file on disk that cannot be read as a story still has a revision the conflict told us.
      const cause = reviveError(error);
      const known = this.lastConflictRevision;
      if (!known) {
        this.set({ busy: false, notice: `Could not read the version on disk: ${cause.message}` });
        return;
      }
      this.revision = known;
    }
    this.editSeq++; // even an untouched story must be written, since the disk now holds something else
    this.set({ busy: false, dirty: true, notice: null, save: { kind: 'pending' } });
    await this.saveNow();
  }

  /** Stops listening and timers. Only the registry calls this, once nothing is left unsaved. */
  destroy(): void {
    this.journal.discard(); // everything is on disk and the story is closed
    this.journal.stop();
    this.destroyed = true;
    this.clearTimers();
    this.stopListening();
    this.listeners.clear();
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────────────

  private adopt(opened: OpenedStory, notice: string | null): void {
    this.unsyncedEdits = false;
    this.saveBeforeUnsynced = null;
    this.revision = opened.revision;
    this.savedSeq = this.editSeq;
    this.retryAttempt = 0;
    this.lastConflictRevision = null;
    this.journal.restart();
    this.onDisk = { story: opened.story, revision: opened.revision };
    this.set({
      phase: 'ready',
      loadError: null,
      strandedEdits: null,
      story: opened.story,
      path: opened.path,
      migratedFrom: opened.migratedFrom,
      generation: this.state.generation + 1,
      dirty: false,
      save: { kind: 'unchanged' },
      notice,
      busy: false,
      recovered: null,
    });
  }

  /** The journal's unsaved edits, or null; a journal that cannot be read never stops the story opening. */
  private async readJournal(): Promise<RecoveredEdits | null> {
    try {
      return await this.bridge.recovery.read({ id: this.id });
    } catch {
      return null;
    }
  }

  /**
   * Takes the edits the journal kept as this window's own, unsaved. Saved at once when they build on the
   * version still on disk; when the disk moved on meanwhile, nothing is written over it: the conflict banner
   * lets the person keep theirs, take the disk's or keep both.
   */
  private takeRecovered(opened: OpenedStory, recovered: RecoveredEdits): void {
    if (sameStoryContent(recovered.story, opened.story)) {
      this.journal.discard(); // the disk has them all (the save's mark was lost with the process)
      return;
    }
    this.editSeq++;
    const note = recoveredNote(recovered, opened.story, opened.revision, this.editSeq);
    if (note.diskChanged) this.lastConflictRevision = opened.revision;
    this.set({
      story: recovered.story,
      generation: this.state.generation + 1,
      dirty: true,
      save: note.diskChanged ? { kind: 'conflict' } : { kind: 'pending' },
      recovered: note,
    });
    this.journal.schedule(); // journaled again, as this window's own
    if (!note.diskChanged) this.scheduleAutosave();
  }

  private async runSave(): Promise<void> {
    const story = this.state.story;
    if (!story) return;
    const seq = this.editSeq;
    // The story is not checked here first: the Node side checks everything it is sent against the schema
    // (a 100k-word story took the page ~90 ms to check, on the thread that takes the typing). A story it
    // refuses is written nowhere, and is then checked here to name the field in the person's words.
    this.set({ save: { kind: 'saving' } });
    try {
      const saved = await this.bridge.story.save({ id: this.id, story, baseRevision: this.revision });
      this.revision = saved.revision;
      this.savedSeq = seq;
      this.retryAttempt = 0;
      const dirty = this.hasUnsavedChanges;
      this.onDisk = { story: { ...story, updatedAt: saved.savedAt }, revision: saved.revision };
      this.journal.saved(seq, saved.revision);
      const recovered = this.state.recovered;
      this.set({
        dirty,
        story: this.state.story ? { ...this.state.story, updatedAt: saved.savedAt } : null,
        path: saved.path,
        save: dirty ? { kind: 'pending' } : { kind: 'saved', at: saved.savedAt },
        recovered: recovered && !recovered.saved && seq >= recovered.seq ? { ...recovered, saved: true } : recovered,
      });
      notifySaved(saved.summary);
      if (dirty) this.scheduleAutosave();
    } catch (thrown) {
      const revived = reviveError(thrown);
      const error = revived.code === 'invalid-argument' ? (whyStoryIsInvalid(story) ?? revived) : revived;
      if (error.code === 'conflict') {
        this.lastConflictRevision = error.details.currentRevision ?? null;
        this.set({ save: { kind: 'conflict' } });
      } else if (NO_RETRY.has(error.code)) {
        this.set({ save: { kind: 'failed', error, retryAt: null } });
      } else {
        const delay = this.retryDelaysMs[Math.min(this.retryAttempt, this.retryDelaysMs.length - 1)] ?? 30_000;
        this.retryAttempt++;
        this.set({ save: { kind: 'failed', error, retryAt: this.now() + delay } });
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          void this.saveNow();
        }, delay);
      }
    }
    this.judgePendingDiskChange();
  }

  private onChangedOnDisk(payload: { id: string; revision: string | null }): void {
    if (payload.id !== this.id || this.state.phase !== 'ready') return;
    if (this.inFlight) {
      this.pendingDiskRevision = payload.revision; // may be our own save's echo; judged when it answers
      return;
    }
    this.handleDiskChange(payload.revision);
  }

  private judgePendingDiskChange(): void {
    if (this.pendingDiskRevision === undefined) return;
    const revision = this.pendingDiskRevision;
    this.pendingDiskRevision = undefined;
    this.handleDiskChange(revision);
  }

  private handleDiskChange(revision: string | null): void {
    if (revision !== null && revision === this.revision) return; // our own save
    if (this.state.save.kind === 'conflict') return;
    if (revision === null) {
      this.set({ notice: 'The story’s file was moved or deleted on disk. Your text is still here.' });
      return;
    }
    if (this.hasUnsavedChanges) {
      this.clearTimers();
      this.lastConflictRevision = revision;
      this.set({ save: { kind: 'conflict' } });
    } else {
      void this.followDisk();
    }
  }

  private scheduleAutosave(): void {
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    if (this.retryTimer) {
      clearTimeout(this.retryTimer); // a fresh edit retries at once after the pause, not at the old time
      this.retryTimer = null;
    }
    this.autosaveTimer = setTimeout(() => {
      this.autosaveTimer = null;
      void this.saveNow();
    }, this.autosaveMs);
  }

  private clearTimers(): void {
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.autosaveTimer = null;
    this.retryTimer = null;
  }

  private set(patch: Partial<StorySessionState>): void {
    if (this.destroyed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** "slug" → "The slug", for messages a person reads. */
function fieldName(field: string): string {
  const [first, index, rest] = field.split('.');
  switch (first) {
    case 'headline':
      return 'The headline';
    case 'slug':
      return 'The slug';
    case 'keywords':
      return 'A keyword';
    case 'highlights':
      return 'A highlight';
    case 'byline':
      return rest === 'name' || index === undefined ? 'A byline name' : 'The byline';
    case 'dateline':
      return 'The dateline';
    case 'body':
      return 'The body';
    case '':
    case undefined:
      return 'The story';
    default:
      return `The field "${field}"`;
  }
}

// ── stories saved anywhere in this window: the library list listens ───────────────────────────────────────

const savedListeners = new Set<(summary: StorySummary) => void>();

export function onStorySaved(listener: (summary: StorySummary) => void): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}

function notifySaved(summary: StorySummary): void {
  for (const listener of savedListeners) listener(summary);
}

/** What is wrong with a story the schema refuses, naming the field as the person knows it; null when valid. */
function whyStoryIsInvalid(story: Story): CopydeskError | null {
  const parsed = Story.safeParse(story);
  if (parsed.success) return null;
  const { field, message } = describeSchemaError(parsed.error);
  return new CopydeskError('invalid-story', `${fieldName(field)} ${message}.`, { field });
}
