// Marks drawn over the text without being part of it: house-style problems, misspelt words and what Find
// found. Each kind comes from a source that answers for one text node at a time; the sources are computed
// away from the keystroke (at idle, or when an answer comes back from the Node side) and the store is told
// when they change, which re-runs Slate's `decorate` once.
//
// Sources are asked by the text node object itself. Slate nodes are immutable, so a source keyed by node
// (a WeakMap) never paints a stale mark on text that has changed since: the mark simply waits for the next
// idle pass.

import type { NodeEntry, Path, Text } from 'slate';
import { Text as SlateText } from 'slate';
import type { LintSeverity } from '../../../../shared/lint/lint-types.ts';

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

export class DecorationStore {
  private readonly sources = new Map<DecorationSourceName, DecorationSource>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** Sets (or, with null, removes) a source and redraws. */
  setSource(name: DecorationSourceName, source: DecorationSource | null): void {
    if (source) this.sources.set(name, source);
    else this.sources.delete(name);
    this.changed();
  }

  /** A source's answers changed (a new lint pass, words checked): redraw. */
  changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = (): number => this.version;

  /** Slate's `decorate`: the marks of every source over a text node. */
  decorate([node, path]: NodeEntry): DecorationRange[] {
    if (!SlateText.isText(node) || this.sources.size === 0) return [];
    const ranges: DecorationRange[] = [];
    for (const source of this.sources.values()) {
      for (const { start, end, ...marks } of source(node, path)) {
        if (end <= start || end > node.text.length) continue;
        ranges.push({ anchor: { path, offset: start }, focus: { path, offset: end }, ...marks });
      }
    }
    return ranges;
  }
}
