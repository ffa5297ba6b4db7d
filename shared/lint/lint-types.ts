// What a house-style check reports, and how its quick fix is described. A problem points at one field of
// the story by its path in the story JSON and, inside that field's text, at a range of characters; the
// editor, the CLI and the side panel all read the same shape. Fixes are data (edits), never functions, so
// they travel over the bridge and print in `copydesk lint --json`.

import type { Credit } from '../story/schema.ts';

export type LintSeverity = 'error' | 'warning' | 'info';

/**
 * A path into the story JSON: ['headline'], ['highlights', 1], ['body', 3, 'caption'],
 * ['body', 2, 'children'] (the rich text of a paragraph, subhead or quote),
 * ['body', 4, 'items', 0, 'children'] (a list item), ['lead', 'poster', 'credit'],
 * ['relatedVideos', 5, 'poster', 'caption'].
 */
export type StoryPath = readonly (string | number)[];

/**
 * Where a problem is. `start`/`end` are character offsets (UTF-16, as JavaScript and Slate count) into the
 * field's text: a plain string field's value, or for rich text the concatenation of all its text runs (links
 * included), which is what Slate's `Editor.string` gives for the block. Without a range the problem is about
 * the whole field (or, for a missing field, where it would be).
 */
export interface LintLocation {
  path: StoryPath;
  start?: number;
  end?: number;
}

/** One change a quick fix makes. */
export type LintEdit =
  /** Replace characters start..end of the text at `path` (offsets as in LintLocation). */
  | { kind: 'replace-text'; path: StoryPath; start: number; end: number; text: string }
  /** Replace the credit object at `path` (a photo's, video's or poster's `credit`). */
  | { kind: 'set-credit'; path: StoryPath; credit: Credit };

export interface LintFix {
  /** What the button says: "Use “…” as the credit", "Replace with curly quotes". */
  label: string;
  edits: LintEdit[];
}

export interface LintProblem {
  /** The rule's id: "headline-missing", "credit-disagrees" … */
  rule: string;
  severity: LintSeverity;
  /** A sentence a person can act on: what is wrong and, when it is not obvious, what to do. */
  message: string;
  where: LintLocation;
  /** The quick fix, when one is obvious. */
  fix?: LintFix;
}

/** What preferences and help say about a rule. */
export interface LintRuleInfo {
  /** Stable: what `disabledRules` lists and what a LintProblem carries. */
  id: string;
  severity: LintSeverity;
  /** A few words for the preferences list: "Headline too long". */
  title: string;
  /** One or two sentences: what the rule looks for and why a desk cares. */
  description: string;
}
