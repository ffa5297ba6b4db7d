// What a house-style pass over the editor's document comes to: the panel's list and counts, the story's
// statistics, and the marks under the text — each text node's marks by its path in that document. Pure and
// free of the page, so the whole of it runs in the lint worker; the page only finds the marked text nodes.

import { Node, type Descendant, type Path, type Text } from 'slate';
import type { LintSettings } from '../../../../shared/lint/lint-settings.ts';
import type { LintSeverity } from '../../../../shared/lint/lint-types.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { lintStory, storyStatistics, type StoryStatistics } from '../../../../shared/lint/index.ts';
import type { TextMark } from '../decorations/decoration-store.ts';
import { storyWithEdits } from '../sync/story-with-edits.ts';
import { locateProblems, marksByText, type LocatedProblem } from './locate-problems.ts';
import { whereNamer } from './where-label.ts';

/** A problem as the panel lists it. */
export interface PanelProblem extends LocatedProblem {
  /** "Photo 2 · caption". */
  where: string;
}

export interface LintOutcome {
  /** By severity, then in story order. */
  problems: PanelProblem[];
  counts: Record<LintSeverity, number>;
  statistics: StoryStatistics;
  /** The marked text nodes' paths in the document linted, with their marks. */
  marks: [Path, TextMark[]][];
}

/** Lints `base` with the editor's `document` read into it. */
export function lintOutcome(base: Story, document: readonly Descendant[], settings: LintSettings): LintOutcome {
  const story = storyWithEdits(base, document);
  const located = locateProblems(document, lintStory(story, settings));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { problem } of located) counts[problem.severity]++;
  const where = whereNamer(story);
  const byNode = marksByText(document, located);
  const marks: [Path, TextMark[]][] = [];
  if (byNode.size > 0) {
    for (const [node, path] of Node.texts({ children: document } as unknown as Node)) {
      const found = byNode.get(node);
      if (found) marks.push([path, found]);
    }
  }
  return {
    problems: located.map((entry) => ({ ...entry, where: where(entry.problem.where.path) })),
    counts,
    statistics: storyStatistics(story),
    marks,
  };
}

/** The outcome's marks on the text nodes of the document it was linted from. */
export function marksOnTextNodes(document: readonly Descendant[], marks: readonly [Path, TextMark[]][]): WeakMap<Text, TextMark[]> {
  const root = { children: document } as unknown as Node;
  const byNode = new WeakMap<Text, TextMark[]>();
  for (const [path, list] of marks) {
    if (Node.has(root, path)) byNode.set(Node.get(root, path) as Text, list);
  }
  return byNode;
}
