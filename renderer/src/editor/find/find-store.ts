// The Find bar's state and actions for one editor: the query and its options, the matches, which one is
// current, and what the last replace did. The bar draws it; the shortcuts and (later) the app's command
// table act on it through find-commands.ts. One store per editor (`findStoreFor`).
//
// Matches are found again when the query changes (at once) and when the document changes (after typing
// pauses, off the keystroke), and are drawn through the editor's decoration store, keyed by text node like
// the other marks. Before Next or a replace acts, a match list older than the document is found again, so
// nothing ever acts on stale offsets.

import { Editor, Point, Range, Transforms, type Descendant, type PointRef, type Text } from 'slate';
import { ReactEditor } from 'slate-react';
import type { DecorationSource, DecorationStore } from '../decorations/decoration-store.ts';
import { syncSelectionFromDom } from '../dom-selection.ts';
import { isTextContainer } from '../queries.ts';
import { createPassScheduler, type PassScheduler } from '../spelling/pass-scheduler.ts';
import { findMatches, type FindMatch } from './find-matches.ts';
import { oneLine, replaceAll, replaceMatch } from './replace-matches.ts';

export type FindField = 'find' | 'replace';

export interface FindState {
  open: boolean;
  /** The Replace row is shown. */
  replacing: boolean;
  query: string;
  replacement: string;
  matchCase: boolean;
  wholeWord: boolean;
  count: number;
  /** The current match, from 0; -1 when there is none. */
  current: number;
  /** What the last replace did ("Replaced 12"), for the live region; empty otherwise. */
  notice: string;
  /** Bumped each time the bar should take the focus, with the field to focus. */
  focusRequest: { field: FindField; serial: number };
}

export interface OpenOptions {
  /** Show the Replace row (Ctrl+H); without it, only Find (Ctrl+F). */
  replace?: boolean;
  /** Move the focus into the bar (not for F3 pressed in the text, which keeps typing there). */
  focus?: boolean;
  /** Select the first match from the caret at once. */
  reveal?: boolean;
  /**
   * Take a short selected text as the query; by default when the text has the focus (not when Ctrl+F is
   * pressed again in the bar, where the selection is the match the bar itself selected).
   */
  seed?: boolean;
}

/** The longest selection taken as the query when Find opens. */
const SEED_MAX_LENGTH = 200;

const INITIAL: FindState = {
  open: false,
  replacing: false,
  query: '',
  replacement: '',
  matchCase: false,
  wholeWord: false,
  count: 0,
  current: -1,
  notice: '',
  focusRequest: { field: 'find', serial: 0 },
};

interface Piece {
  index: number;
  start: number;
  end: number;
}

export class FindStore {
  private state: FindState = INITIAL;
  private matches: FindMatch[] = [];
  /** The document the matches were found in: when the editor's differs, they are found again. */
  private matchedDocument: Descendant[] | null = null;
  private pieces = new WeakMap<Text, Piece[]>();
  /** Where the search goes on from: the caret when Find opened, then the match last gone to. */
  private origin: PointRef | null = null;
  private decorations: DecorationStore | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly passes: PassScheduler;

  constructor(private readonly editor: Editor) {
    this.passes = createPassScheduler(() => {
      if (this.state.open) this.refresh(false);
    });
  }

  // ── the store React reads ───────────────────────────────────────────────────────────────────────────

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): FindState => this.state;

  private setState(changes: Partial<FindState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }

  // ── wiring: the decorations, and the editor's changes ───────────────────────────────────────────────

  private readonly source: DecorationSource = (node) => {
    const pieces = this.pieces.get(node);
    if (!pieces) return [];
    return pieces.map(({ index, start, end }) => ({ start, end, find: { current: index === this.state.current } }));
  };

  /**
   * Draws the matches through `decorations` and follows the editor's edits while the bar is open; answers
   * the function that undoes both. Edits are followed by wrapping editor.onChange, as the lint layer does: all
   * a keystroke costs is restarting a timer.
   */
  attach(decorations: DecorationStore | null): () => void {
    this.decorations = decorations;
    if (this.state.open) decorations?.setSource('find', this.source);
    let attached = true;
    const { onChange } = this.editor;
    this.editor.onChange = (options) => {
      onChange(options);
      if (attached && this.state.open && this.state.query !== '' && this.editor.operations.some((op) => op.type !== 'set_selection')) {
        this.passes.afterTyping();
      }
    };
    return () => {
      attached = false;
      this.passes.dispose();
      if (this.decorations === decorations) {
        decorations?.setSource('find', null);
        this.decorations = null;
      }
    };
  }

  // ── opening and closing ─────────────────────────────────────────────────────────────────────────────

  /** Opens the bar (or, open, switches between Find and Replace and takes the focus again). */
  open({ replace = false, focus = true, reveal = true, seed = editorHasFocus(this.editor) }: OpenOptions = {}): void {
    syncSelectionFromDom(this.editor);
    const seeded = seed ? this.selectedText() : null;
    const { selection } = this.editor;
    this.setOrigin(selection ? Range.start(selection) : Editor.start(this.editor, []));
    const query = seeded ?? this.state.query;
    this.setState({
      open: true,
      replacing: replace,
      query,
      notice: '',
      focusRequest: focus
        ? { field: replace && query !== '' ? 'replace' : 'find', serial: this.state.focusRequest.serial + 1 }
        : this.state.focusRequest,
    });
    this.decorations?.setSource('find', this.source);
    this.refresh(reveal);
  }

  /** Closes the bar, takes its marks away and, unless told not to, puts the caret back in the editor. */
  close({ focusEditor = true }: { focusEditor?: boolean } = {}): void {
    if (!this.state.open) return;
    this.passes.dispose();
    this.origin?.unref();
    this.origin = null;
    this.matches = [];
    this.matchedDocument = null;
    this.pieces = new WeakMap();
    this.setState({ open: false, count: 0, current: -1, notice: '' });
    this.decorations?.setSource('find', null);
    if (focusEditor) focusTheEditor(this.editor);
  }

  // ── the query ───────────────────────────────────────────────────────────────────────────────────────

  setQuery(query: string): void {
    if (query === this.state.query) return;
    this.setState({ query, notice: '' });
    this.refresh(true);
  }

  setOptions(options: Partial<Pick<FindState, 'matchCase' | 'wholeWord'>>): void {
    this.setState({ ...options, notice: '' });
    this.refresh(true);
  }

  /** The replacement is one line: a line break pasted into the field becomes a space. */
  setReplacement(replacement: string): void {
    this.setState({ replacement: oneLine(replacement) });
  }

  // ── going from match to match ───────────────────────────────────────────────────────────────────────

  /** Selects the next match: after the current one, or after the caret if the person has moved it. */
  next(): boolean {
    if (!this.fresh()) return false;
    const count = this.matches.length;
    const { selection } = this.editor;
    let index: number;
    if (this.selectionIsCurrent() || !selection) index = (this.state.current + 1) % count;
    else {
      const from = Range.start(selection);
      const collapsed = Range.isCollapsed(selection);
      index = this.matches.findIndex((match) => {
        const order = Point.compare(match.range.anchor, from);
        return collapsed ? order >= 0 : order > 0;
      });
      if (index === -1) index = 0;
    }
    this.goTo(index);
    return true;
  }

  /** Selects the previous match: before the current one, or before the caret if the person has moved it. */
  previous(): boolean {
    if (!this.fresh()) return false;
    const count = this.matches.length;
    const { selection } = this.editor;
    let index: number;
    if (this.selectionIsCurrent() || !selection) index = (Math.max(this.state.current, 0) - 1 + count) % count;
    else {
      const from = Range.start(selection);
      index = this.matches.findLastIndex((match) => Point.compare(match.range.anchor, from) < 0);
      if (index === -1) index = count - 1;
    }
    this.goTo(index);
    return true;
  }

  // ── replacing ───────────────────────────────────────────────────────────────────────────────────────

  /** Replaces the current match and goes on to the next; false when there is none. */
  replaceCurrent(): boolean {
    if (!this.fresh() || this.state.current < 0) {
      if (this.state.open) this.setState({ notice: 'Nothing to replace' });
      return false;
    }
    const end = replaceMatch(this.editor, this.matches[this.state.current]!, this.state.replacement);
    if (end) this.setOrigin(end);
    this.refresh(true);
    this.setState({ notice: 'Replaced 1' });
    return true;
  }

  /** Replaces every match as one undo step; answers how many. */
  replaceAll(): number {
    this.fresh();
    const replaced = replaceAll(this.editor, this.matches, this.state.replacement);
    this.refresh(false);
    this.setState({ notice: replaced === 0 ? 'Nothing to replace' : `Replaced ${replaced}` });
    return replaced;
  }

  // ── inside ──────────────────────────────────────────────────────────────────────────────────────────

  /** Finds the matches again if the document changed since; answers whether there are any. */
  private fresh(): boolean {
    if (!this.state.open) return false;
    if (this.matchedDocument !== this.editor.children) this.refresh(false);
    return this.matches.length > 0;
  }

  /** Finds the matches in the document as it is; the current one is the first from the origin on. */
  private refresh(reveal: boolean): void {
    const { query, matchCase, wholeWord } = this.state;
    this.matches = findMatches(this.editor, { text: query, matchCase, wholeWord });
    this.matchedDocument = this.editor.children;
    const pieces = new WeakMap<Text, Piece[]>();
    this.matches.forEach((match, index) => {
      for (const piece of match.pieces) {
        const list = pieces.get(piece.node);
        const entry = { index, start: piece.start, end: piece.end };
        if (list) list.push(entry);
        else pieces.set(piece.node, [entry]);
      }
    });
    this.pieces = pieces;
    const from = this.origin?.current ?? null;
    let current = from ? this.matches.findIndex((match) => Point.compare(match.range.anchor, from) >= 0) : 0;
    if (current === -1) current = 0;
    if (this.matches.length === 0) current = -1;
    this.setState({ count: this.matches.length, current });
    this.decorations?.changed('find');
    if (reveal && current >= 0) this.select(this.matches[current]!);
  }

  private goTo(index: number): void {
    const match = this.matches[index]!;
    this.setOrigin(match.range.anchor);
    this.setState({ current: index, notice: '' });
    this.decorations?.changed('find');
    this.select(match);
  }

  private select(match: FindMatch): void {
    Transforms.select(this.editor, match.range);
    revealRange(this.editor, match.range);
  }

  private selectionIsCurrent(): boolean {
    const { selection } = this.editor;
    const match = this.matches[this.state.current];
    return Boolean(selection && match && Range.equals(selection, match.range));
  }

  private setOrigin(point: Point): void {
    this.origin?.unref();
    this.origin = Editor.pointRef(this.editor, point);
  }

  /** A short selection inside one text container: what the person most likely wants to find. */
  private selectedText(): string | null {
    const { selection } = this.editor;
    if (!selection || Range.isCollapsed(selection)) return null;
    const container = Editor.above(this.editor, { at: selection, match: isTextContainer, mode: 'lowest' });
    if (!container) return null;
    const text = Editor.string(this.editor, selection);
    return text.length > 0 && text.length <= SEED_MAX_LENGTH && !/[\r\n]/.test(text) ? text : null;
  }
}

const STORES = new WeakMap<Editor, FindStore>();

/** The Find store of an editor, made on first use. */
export function findStoreFor(editor: Editor): FindStore {
  let store = STORES.get(editor);
  if (!store) {
    store = new FindStore(editor);
    STORES.set(editor, store);
  }
  return store;
}

/** "3 of 12", "No results", or nothing before a query is typed. */
export function countLabel(state: Pick<FindState, 'query' | 'count' | 'current'>): string {
  if (state.query === '') return '';
  if (state.count === 0) return 'No results';
  return `${state.current + 1} of ${state.count}`;
}

function editorHasFocus(editor: Editor): boolean {
  try {
    return ReactEditor.isFocused(editor);
  } catch {
    return false;
  }
}

function focusTheEditor(editor: Editor): void {
  try {
    ReactEditor.focus(editor);
  } catch {
    // not on screen (tests): the selection is enough
  }
}

/**
 * Scrolls the match into the middle of the window once it is drawn, unless it is already in view below the
 * editor's sticky bars (where the Find bar sits).
 */
function revealRange(editor: Editor, range: Range): void {
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => {
    let domRange: globalThis.Range;
    try {
      domRange = ReactEditor.toDOMRange(editor, range);
    } catch {
      return; // the text went away, or the editor is not on screen
    }
    const box = domRange.getBoundingClientRect();
    const node = domRange.startContainer;
    const element = node instanceof Element ? node : node.parentElement;
    const bars = element?.closest('.story-editor')?.querySelector('.editor-bar');
    const top = bars ? bars.getBoundingClientRect().bottom : 0;
    if (box.top >= top + 8 && box.bottom <= window.innerHeight - 8) return;
    element?.scrollIntoView({ block: 'center' });
  });
}
