// Marks drawn over the text without being part of it: house-style problems, misspelt words and what Find
// found. Each kind comes from a source that answers for one text node at a time; the sources are computed
// away from the keystroke (at idle, or when an answer comes back from the Node side) and the store is told
// when they change.
//
// Slate's own way to draw new marks is a new `decorate` function, which makes it decorate every element and
// text node of the document again (ianstormtaylor/slate#4483): on a 100k-word story, seconds for a pass that
// marks one word. So `decorate` here never changes. When a source changes, the store compares what each text
// node on screen would be drawn with now against what it was last drawn with, and renders again only the text
// nodes that differ (each one's component watches the store: marked-text.tsx).
//
// Sources are asked by the text node object itself. Slate nodes are immutable, so a source keyed by node
// (a WeakMap) never paints a stale mark on text that has changed since: the mark simply waits for the next
// idle pass.

import { Text as SlateText, type Descendant, type Editor, type NodeEntry, type Path, type Text } from 'slate';
import type { LintSeverity } from '../../../../shared/lint/lint-types.ts';
import type { Cancel } from '../../preview/when-idle.ts';
import { END_OF_SLICE, runInSlices } from '../idle-slices.ts';

/** What a leaf under a mark knows: enough to draw it and to find its problem or word again. */
export interface DecorationMarks {
  /** The most severe house-style problem over this text, and the ids of all of them. */
  lint?: { severity: LintSeverity; problemIds: readonly string[] };
  /** A word the spell checker does not know. */
  spelling?: { word: string };
  /** A match of the Find bar's query; `current` for the one Next and Replace act on. */
  find?: { current: boolean };
}

/** A mark over characters start..end of one text node. */
export interface TextMark extends DecorationMarks {
  start: number;
  end: number;
}

export type DecorationSource = (node: Text, path: Path) => readonly TextMark[];

export type DecorationSourceName = 'lint' | 'spelling' | 'find';

export interface DecorationRange extends DecorationMarks {
  anchor: { path: Path; offset: number };
  focus: { path: Path; offset: number };
}

const NO_MARKS: readonly TextMark[] = [];

/**
 * How many text nodes one slice of `changedInSlices` draws again at most: React renders them together, in one
 * task, after the slice (about 0.2–0.4 ms each on our 2-core machines).
 */
export const REDRAWS_PER_SLICE = 60;
/** A slice of `changedInSlices` runs at the latest this long after the last, even if the browser is never idle. */
const SLICE_TIMEOUT_MS = 100;

/** A text node's marks as last drawn, source by source (a source not named drew none). */
type DrawnMarks = Partial<Record<DecorationSourceName, readonly TextMark[]>>;

export class DecorationStore {
  private readonly sources = new Map<DecorationSourceName, DecorationSource>();
  /** The marks each text node was last drawn with, as `decorate` handed them to Slate. */
  private readonly drawn = new WeakMap<Text, DrawnMarks>();
  /** The text nodes on screen, each with the way to render it again. */
  private readonly shown = new Map<Text, () => void>();
  private readonly redrawListeners = new Set<() => void>();
  /** The walks under way of `changedInSlices`, by source. */
  private readonly slicedWalks = new Map<DecorationSourceName, Cancel>();

  constructor(private readonly editor: Editor) {}

  /** Sets (or, with null, removes) a source and draws what it changes. */
  setSource(name: DecorationSourceName, source: DecorationSource | null): void {
    if (source) this.sources.set(name, source);
    else this.sources.delete(name);
    this.slicedWalks.get(name)?.();
    this.slicedWalks.delete(name);
    this.changed(name);
  }

  /**
   * A source's answers changed (a new lint pass, words checked): renders again each text node whose marks
   * from that source (from every source, unnamed) now differ from the ones it shows, and nothing else.
   * Returns how many were drawn again.
   */
  changed(name?: DecorationSourceName): number {
    const names = name ? [name] : [...this.sources.keys()];
    const stale: (() => void)[] = [];
    forEachText(this.editor.children, [], (node, path) => {
      const redraw = this.shown.get(node);
      if (!redraw) return;
      const drawn = this.drawn.get(node);
      if (names.some((source) => !sameMarks(drawn?.[source] ?? NO_MARKS, this.marksFrom(source, node, path)))) stale.push(redraw);
    });
    this.redraw(stale);
    return stale.length;
  }

  /**
   * Like `changed`, for answers that may change marks all through a long story at once (the first spelling
   * verdicts, a lint pass): the comparing and the drawing are done at idle, a slice at a time, at most
   * REDRAWS_PER_SLICE text nodes each, so that no task holds the main thread long. A new call for the same
   * source starts the walk again; what the last one drew already compares equal.
   */
  changedInSlices(name: DecorationSourceName): void {
    this.slicedWalks.get(name)?.();
    const cancel = runInSlices(this.redrawStale(name), SLICE_TIMEOUT_MS, () => {
      if (this.slicedWalks.get(name) === cancel) this.slicedWalks.delete(name);
    });
    this.slicedWalks.set(name, cancel);
  }

  private *redrawStale(name: DecorationSourceName): Generator<typeof END_OF_SLICE | undefined> {
    let document = this.editor.children;
    let stale: (() => void)[] = [];
    for (let texts = textsOf(document); ; ) {
      const next = texts.next();
      if (next.done) break;
      if (this.editor.children !== document) {
        // Edited between two slices: the paths walked so far may be out of date. Start again on the new document.
        document = this.editor.children;
        texts = textsOf(document);
        continue;
      }
      const [node, path] = next.value;
      const redraw = this.shown.get(node);
      if (redraw && !sameMarks(this.drawn.get(node)?.[name] ?? NO_MARKS, this.marksFrom(name, node, path))) stale.push(redraw);
      if (stale.length < REDRAWS_PER_SLICE) {
        yield;
        continue;
      }
      this.redraw(stale);
      stale = [];
      yield END_OF_SLICE;
    }
    this.redraw(stale);
  }

  private redraw(stale: readonly (() => void)[]): void {
    if (stale.length === 0) return;
    for (const listener of this.redrawListeners) listener();
    for (const redraw of stale) redraw();
  }

  /** Called just before text is drawn again, in the same render (the editor keeps the caret where it was). */
  onRedraw(listener: () => void): () => void {
    this.redrawListeners.add(listener);
    return () => this.redrawListeners.delete(listener);
  }

  /** A text node's component, mounted or given a new node: `redraw` renders it again. */
  show(node: Text, redraw: () => void): () => void {
    this.shown.set(node, redraw);
    return () => {
      if (this.shown.get(node) === redraw) this.shown.delete(node);
    };
  }

  /** Slate's `decorate`, the same function for the editor's life: the marks of every source over a text node. */
  readonly decorate = ([node, path]: NodeEntry): DecorationRange[] => {
    if (!SlateText.isText(node)) return [];
    const drawn: DrawnMarks = {};
    const ranges: DecorationRange[] = [];
    for (const name of this.sources.keys()) {
      const marks = this.marksFrom(name, node, path);
      drawn[name] = marks;
      for (const { start, end, ...kinds } of marks) ranges.push({ anchor: { path, offset: start }, focus: { path, offset: end }, ...kinds });
    }
    this.drawn.set(node, drawn);
    return ranges;
  };

  /** One source's marks over a text node, those that fit it. */
  private marksFrom(name: DecorationSourceName, node: Text, path: Path): readonly TextMark[] {
    const source = this.sources.get(name);
    if (!source) return NO_MARKS;
    const marks = source(node, path);
    return marks.every((mark) => mark.start < mark.end && mark.end <= node.text.length)
      ? marks
      : marks.filter((mark) => mark.start < mark.end && mark.end <= node.text.length);
  }
}

function sameMarks(drawn: readonly TextMark[], now: readonly TextMark[]): boolean {
  if (drawn === now) return true;
  if (drawn.length !== now.length) return false;
  return drawn.every((mark, index) => sameMark(mark, now[index]!));
}

function sameMark(a: TextMark, b: TextMark): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.spelling?.word === b.spelling?.word &&
    a.find?.current === b.find?.current &&
    a.lint?.severity === b.lint?.severity &&
    (a.lint?.problemIds ?? []).join(' ') === (b.lint?.problemIds ?? []).join(' ')
  );
}

/** Every text node under `children`, with its path, one at a time (for a walk done in slices). */
function* textsOf(children: readonly Descendant[], at: Path = []): Generator<[Text, Path]> {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const path = [...at, index];
    if ('text' in child) yield [child, path];
    else yield* textsOf(child.children, path);
  }
}

/** Every text node under `children`, with its path: a plain walk, where Node.texts's generators cost a long story milliseconds. */
function forEachText(children: readonly Descendant[], at: Path, visit: (node: Text, path: Path) => void): void {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const path = [...at, index];
    if ('text' in child) visit(child, path);
    else forEachText(child.children, path, visit);
  }
}
