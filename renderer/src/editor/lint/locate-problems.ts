// A lint pass's problems placed in the editor's document: each gets an id (for the marks and the panel), the
// Slate element it points at, and its place in story order; and the marks drawn under the text, keyed by the
// text node they belong to (decorations/decoration-store.ts), so a text node changed since the pass simply
// has no marks until the next one.

import { Element, Node, Path, type Descendant, type Text } from 'slate';
import type { LintProblem, LintSeverity } from '../../../../shared/lint/lint-types.ts';
import type { TextMark } from '../decorations/decoration-store.ts';
import type { CustomElement } from '../document/types.ts';
import { resolveStoryPath, segmentsOf, type ResolvedStoryPath } from './story-paths.ts';

export interface LocatedProblem {
  /** Unique in one pass and the same for the same problem in the next (no spaces: ids are joined by them). */
  id: string;
  problem: LintProblem;
  /** Where it is in the editor, or null for the Desk's fields (slug, keywords …). */
  target: ResolvedStoryPath | null;
}

export const SEVERITY_RANK: Readonly<Record<LintSeverity, number>> = { error: 0, warning: 1, info: 2 };
export const SEVERITY_WORDS: Readonly<Record<LintSeverity, string>> = { error: 'Error', warning: 'Warning', info: 'Suggestion' };

/** The fields outside the editor, in the order the Desk panel shows them (after the story's own parts). */
const DESK_ORDER = ['slug', 'keywords', 'status', 'editorsNotes', 'embargo', 'corrections'];

function problemId(problem: LintProblem): string {
  const { path, start, end } = problem.where;
  return `${problem.rule}@${path.join('.')}:${start ?? ''}-${end ?? ''}`.replace(/\s/g, '_');
}

/** Ids for the problems and where each is in `document`, sorted by severity and then in story order. */
export function locateProblems(document: readonly Descendant[], problems: readonly LintProblem[]): LocatedProblem[] {
  const seen = new Map<string, number>();
  const located = problems.map((problem): LocatedProblem => {
    const base = problemId(problem);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { id: count ? `${base}#${count}` : base, problem, target: resolveStoryPath(document, problem.where.path) };
  });
  return located.sort(compareLocated);
}

function compareLocated(a: LocatedProblem, b: LocatedProblem): number {
  return (
    SEVERITY_RANK[a.problem.severity] - SEVERITY_RANK[b.problem.severity] ||
    compareInStory(a, b) ||
    (a.problem.where.start ?? -1) - (b.problem.where.start ?? -1)
  );
}

/** Story order: the editor's parts by their place in the document, then the Desk's fields. */
function compareInStory(a: LocatedProblem, b: LocatedProblem): number {
  if (a.target && b.target) return Path.compare(a.target.path, b.target.path);
  if (a.target) return -1;
  if (b.target) return 1;
  const rank = (entry: LocatedProblem) => {
    const at = DESK_ORDER.indexOf(String(entry.problem.where.path[0]));
    return at < 0 ? DESK_ORDER.length : at;
  };
  return rank(a) - rank(b);
}

interface Covering {
  start: number;
  end: number;
  id: string;
  severity: LintSeverity;
}

/**
 * The marks for each text node. A problem with a range marks those characters; one without marks its
 * whole field (nothing when the field is empty, or when it points at a block or region rather than a text:
 * the panel lists those). Where problems overlap, the text is cut so each piece carries all of them and
 * shows the most severe.
 */
export function marksByText(document: readonly Descendant[], located: readonly LocatedProblem[]): Map<Text, TextMark[]> {
  const covering = new Map<Text, Covering[]>();
  for (const { id, problem, target } of located) {
    if (!target) continue;
    const range = markedRange(document, problem, target);
    if (!range) continue;
    for (const segment of segmentsOf(document, target.path, range.start, range.end)) {
      const list = covering.get(segment.node) ?? [];
      list.push({ start: segment.start, end: segment.end, id, severity: problem.severity });
      covering.set(segment.node, list);
    }
  }
  const marks = new Map<Text, TextMark[]>();
  for (const [node, list] of covering) marks.set(node, piecesOf(list));
  return marks;
}

function markedRange(document: readonly Descendant[], problem: LintProblem, target: ResolvedStoryPath): { start: number; end: number } | null {
  const { start, end } = problem.where;
  if (start !== undefined) {
    if (!target.exact) return null;
    return { start, end: end ?? Number.POSITIVE_INFINITY };
  }
  if (target.exact || isCredit(document, target.path)) return { start: 0, end: Number.POSITIVE_INFINITY };
  return null;
}

/** A credit is one field of the story, though the editor shows it as several lines. */
function isCredit(document: readonly Descendant[], path: Path): boolean {
  const node = Node.get({ children: document } as unknown as Node, path);
  return Element.isElement(node) && (node as CustomElement).type === 'credit';
}

function piecesOf(list: readonly Covering[]): TextMark[] {
  const cuts = [...new Set(list.flatMap(({ start, end }) => [start, end]))].sort((a, b) => a - b);
  const pieces: TextMark[] = [];
  for (let at = 0; at < cuts.length - 1; at++) {
    const start = cuts[at]!;
    const end = cuts[at + 1]!;
    const over = list.filter((covering) => covering.start <= start && covering.end >= end);
    if (over.length === 0) continue;
    const severity = over.reduce<LintSeverity>(
      (worst, covering) => (SEVERITY_RANK[covering.severity] < SEVERITY_RANK[worst] ? covering.severity : worst),
      'info',
    );
    pieces.push({ start, end, lint: { severity, problemIds: over.map((covering) => covering.id) } });
  }
  return pieces;
}
