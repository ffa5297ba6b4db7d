// House style as you type: runs the story's lint (shared/lint) away from the keystroke, draws its marks
// under the text and keeps the list the "House style" panel shows, and carries out the panel's "Go to" and
// quick fixes. One per opened story, made by the story view; the editor attaches to it from inside <Slate>
// (lint-layer.tsx), and again after it is remade for a version of the story from disk.
//
// What is linted is the story as the editor has it now — the document read back the same way it is saved
// (storyWithEdits), with the desk's fields from the session's latest story — never the session's story
// alone, which trails typing by up to a second: marks must fit the text they are drawn on.

import { Editor, Node, Range, Text, Transforms, type Descendant } from 'slate';
import { ReactEditor } from 'slate-react';
import { applyLintEdits, chooseFixesTogether, type StoryStatistics } from '../../../../shared/lint/index.ts';
import type { LintSeverity } from '../../../../shared/lint/lint-types.ts';
import { DEFAULT_LINT_SETTINGS, type LintSettings } from '../../../../shared/lint/lint-settings.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { whenIdle, type Cancel } from '../../preview/when-idle.ts';
import type { DecorationStore, TextMark } from '../decorations/decoration-store.ts';
import { isTextContainer } from '../queries.ts';
import { applyEditsInEditor } from './apply-fix.ts';
import type { Linter } from './background-linter.ts';
import { lintOutcome, marksOnTextNodes, type LintOutcome, type PanelProblem } from './lint-outcome.ts';
import { rangeOfOffsets } from './story-paths.ts';

export type { PanelProblem, StoryStatistics };

export interface LintSnapshot {
  /** By severity, then in story order. */
  problems: readonly PanelProblem[];
  counts: Readonly<Record<LintSeverity, number>>;
  statistics: StoryStatistics | null;
  /** False until the first pass has run. */
  ready: boolean;
}

/** What the story view gives the controller. */
export interface LintHost {
  /** The session's latest story: the desk's fields (slug, keywords …) are read from it. */
  currentStory(): Story | null;
  /** The desk's limits and switched-off rules (Preferences ▸ House style). */
  settings?(): LintSettings;
  /** Applies a fix's edits to the parts of the story the editor does not hold. */
  editStory?(change: (story: Story) => Story): void;
  /** Puts the focus in a Desk field (slug, keywords …) for a problem the editor does not hold. */
  focusDeskField?(key: string): void;
}

/**
 * Quiet time after the last edit before a pass, and the longest a pass waits while typing goes on: house
 * style is for the sentence just finished, not the word being typed, so a pass is due when typing pauses.
 */
export const LINT_QUIET_MS = 250;
export const LINT_MAX_WAIT_MS = 2000;
const IDLE_TIMEOUT_MS = 200;

const EMPTY: LintSnapshot = { problems: [], counts: { error: 0, warning: 0, info: 0 }, statistics: null, ready: false };
const NO_MARKS: readonly TextMark[] = [];

export class LintController {
  private editor: Editor | null = null;
  private decorations: DecorationStore | null = null;
  private snapshot: LintSnapshot = EMPTY;
  private marks = new WeakMap<Text, TextMark[]>();
  private readonly listeners = new Set<() => void>();
  /** What the last pass saw: when all three are the same, a pass would find the same. */
  private linted: { document: readonly Descendant[]; story: Story | null; settings: LintSettings } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private cancelIdle: Cancel | null = null;
  private firstPending: number | null = null;
  /** Counts passes, so that a background pass answering after a newer one began is dropped. */
  private passes = 0;

  /**
   * `linter` runs the passes scheduled while typing (a worker, in the app); without one they run in the page
   * at idle. A pass something waits on — Go to, a quick fix — always runs in the page, at once.
   */
  constructor(
    private readonly host: LintHost,
    private readonly linter: Linter | null = null,
  ) {}

  // ── the editor ────────────────────────────────────────────────────────────────────────────────────────

  /** The editor to lint and the store its marks are drawn from; returns the detach. */
  attach(editor: Editor, decorations: DecorationStore | null): () => void {
    this.editor = editor;
    this.decorations = decorations;
    this.linted = null;
    decorations?.setSource('lint', this.marksOf);
    this.schedule();
    return () => {
      if (this.editor !== editor) return;
      this.cancel();
      decorations?.setSource('lint', null);
      this.linter?.release?.();
      this.editor = null;
      this.decorations = null;
    };
  }

  /** The decoration source: the marks of the last pass for this very text node. */
  readonly marksOf = (node: Text): readonly TextMark[] => this.marks.get(node) ?? NO_MARKS;

  /** The document, the settings or a desk field changed: lint again soon, off the typing path. */
  schedule(): void {
    if (!this.editor) return;
    const now = Date.now();
    this.firstPending ??= now;
    if (this.timer !== null) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(LINT_QUIET_MS, LINT_MAX_WAIT_MS - (now - this.firstPending)));
    this.timer = setTimeout(() => {
      this.timer = null;
      // The pass is due: edits from now on wait for the next quiet moment (or the longest wait) afresh.
      this.firstPending = null;
      this.cancelIdle?.();
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = null;
        this.runInBackground();
      }, IDLE_TIMEOUT_MS);
    }, wait);
  }

  /** The session's story changed: a new pass only if a desk field (not the editor's text) changed. */
  storyChanged(previous: Story | null, next: Story | null): void {
    if (!previous || !next || previous === next) return;
    for (const key of Object.keys(next) as (keyof Story)[]) {
      if (DESK_KEYS.has(key) && previous[key] !== next[key]) {
        this.schedule();
        return;
      }
    }
  }

  /** Lints now, in the page (a pass that would see what the last one saw is skipped). */
  run(): void {
    this.cancel();
    const pass = this.nextPass();
    if (!pass) return;
    this.apply(pass.document, lintOutcome(pass.base, pass.document, pass.settings));
  }

  /** Lints with the linter, off the page's main thread; the marks follow when it answers. */
  private runInBackground(): void {
    if (!this.linter) {
      this.run();
      return;
    }
    const pass = this.nextPass();
    if (!pass) return;
    const { number, base, document, settings } = pass;
    const editor = this.editor;
    void this.linter.lint(base, document, settings).then(
      (outcome) => {
        if (number === this.passes && this.editor === editor) this.apply(document, outcome, 'in slices');
      },
      // The linter could not answer; the next edit schedules another pass.
      () => {
        if (number === this.passes) this.linted = null;
      },
    );
  }

  /** What a pass now would lint, or null when there is nothing to lint or it would find what the last did. */
  private nextPass(): { number: number; base: Story; document: readonly Descendant[]; settings: LintSettings } | null {
    const editor = this.editor;
    const base = this.host.currentStory();
    if (!editor || !base) return null;
    const document = editor.children;
    const settings = this.host.settings?.() ?? DEFAULT_LINT_SETTINGS;
    if (this.linted && this.linted.document === document && this.linted.story === base && this.linted.settings === settings) return null;
    this.linted = { document, story: base, settings };
    return { number: ++this.passes, base, document, settings };
  }

  /**
   * A pass's answer, for the document it linted: marks under that document's text nodes (a node edited since
   * is a new node, and shows none until the next pass), the panel's list and the counts.
   */
  private apply(document: readonly Descendant[], outcome: LintOutcome, drawing: 'now' | 'in slices' = 'now'): void {
    const { problems, counts, statistics, marks } = outcome;
    this.marks = marksOnTextNodes(document, marks);
    // A background pass's marks are drawn at idle, a slice at a time: its first over a long story marks
    // problems all through it. A pass the person asked for (a fix applied) shows at once.
    if (drawing === 'now') this.decorations?.changed('lint');
    else this.decorations?.changedInSlices('lint');
    // The worker answers a pass that found what the last one did with the very same problems: the panel has
    // only the statistics to update, if they changed.
    const previous = this.snapshot;
    if (previous.ready && previous.problems === problems && sameStatistics(previous.statistics, statistics)) return;
    this.snapshot = { problems, counts, statistics, ready: true };
    for (const listener of this.listeners) listener();
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.cancelIdle?.();
    this.cancelIdle = null;
    this.firstPending = null;
  }

  /** The problems a text node's character at `offset` is marked with (the caret's, a hovered word's). */
  problemsAt(node: Text, offset: number): PanelProblem[] {
    const ids = new Set<string>();
    for (const mark of this.marks.get(node) ?? NO_MARKS) {
      if (mark.lint && mark.start <= offset && offset <= mark.end) for (const id of mark.lint.problemIds) ids.add(id);
    }
    return this.problemsWithIds([...ids]);
  }

  problemsWithIds(ids: readonly string[]): PanelProblem[] {
    const wanted = new Set(ids);
    return this.snapshot.problems.filter((entry) => wanted.has(entry.id));
  }

  // ── the panel's store ─────────────────────────────────────────────────────────────────────────────────

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LintSnapshot => this.snapshot;

  // ── the panel's actions ───────────────────────────────────────────────────────────────────────────────

  /** The problem as a pass over the editor's document as it is now finds it (null when it is gone). */
  private fresh(id: string): PanelProblem | null {
    this.run();
    return this.snapshot.problems.find((entry) => entry.id === id) ?? null;
  }

  /** Selects the problem's text in the editor (or its field in the Desk form) and scrolls to it. */
  goTo(id: string): boolean {
    const entry = this.fresh(id);
    if (!entry) return false;
    const editor = this.editor;
    if (!entry.target) {
      this.host.focusDeskField?.(String(entry.problem.where.path[0]));
      return true;
    }
    if (!editor) return false;
    const { path, exact } = entry.target;
    const { start, end } = entry.problem.where;
    const range =
      exact && start !== undefined
        ? rangeOfOffsets(editor, path, start, end ?? Node.string(Node.get(editor, path)).length)
        : exact
          ? Editor.range(editor, path)
          : firstTypingPlace(editor, path);
    if (!range) return false;
    Transforms.select(editor, range);
    focusAndReveal(editor, range);
    return true;
  }

  /**
   * Applies the problem's quick fix — to the editor as one undo step, and to the desk's fields through the
   * session. The fix is taken from a pass over the document as it is now, so its offsets fit the text.
   */
  applyFix(id: string): boolean {
    const entry = this.fresh(id);
    const fix = entry?.problem.fix;
    if (!entry || !fix || !this.editor) return false;
    const outside = applyEditsInEditor(this.editor, fix.edits);
    if (outside.length > 0) this.host.editStory?.((story) => applyLintEdits(story, outside));
    this.run();
    return true;
  }

  /**
   * Applies every quick fix a person need not choose between (not a disagreeing credit) that does not touch
   * another's text, as one undo step; answers how many problems it settled (0 when there was nothing to do).
   */
  applyAllFixes(): number {
    if (!this.editor) return 0;
    this.run();
    const { edits, problems } = chooseFixesTogether(this.snapshot.problems.map((entry) => entry.problem));
    if (edits.length === 0) return 0;
    const outside = applyEditsInEditor(this.editor, edits);
    if (outside.length > 0) this.host.editStory?.((story) => applyLintEdits(story, outside));
    this.run();
    return problems.length;
  }
}

/** The story's fields the Desk form holds: a change to one of them is a reason to lint again. */
const DESK_KEYS: ReadonlySet<keyof Story> = new Set(['slug', 'keywords', 'status', 'editorsNotes', 'embargo', 'corrections']);

/** Where the caret goes for a problem about a whole block or region: the start of the first text typed in it. */
function firstTypingPlace(editor: Editor, path: number[]): Range | null {
  if (!Node.has(editor, path)) return null;
  let at = path;
  for (const [element, relative] of Node.elements(Node.get(editor, path))) {
    if (isTextContainer(element)) {
      at = [...path, ...relative];
      break;
    }
  }
  const point = Editor.start(editor, at);
  return { anchor: point, focus: point };
}

function focusAndReveal(editor: Editor, range: Range): void {
  try {
    ReactEditor.focus(editor);
    const reveal = () => {
      try {
        const domRange = ReactEditor.toDOMRange(editor, range);
        const element = domRange.startContainer instanceof Element ? domRange.startContainer : domRange.startContainer.parentElement;
        element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      } catch {
        // the text went away before the frame: nothing to show
      }
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(reveal);
    else reveal();
  } catch {
    // the editor is not on screen (tests): the selection is enough
  }
}

function sameStatistics(a: StoryStatistics | null, b: StoryStatistics): boolean {
  return a !== null && a.words === b.words && a.characters === b.characters && a.readingMinutes === b.readingMinutes;
}
