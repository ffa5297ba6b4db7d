// "Fix everything that has an obvious fix" (`copydesk lint --fix`): every quick fix whose edits do not
// touch another's is applied in one go, against the story as it was checked; the story is then checked
// again for the fixes that had to wait (a doubled word inside doubled spaces), a few rounds at most.
// Fixes that choose between two versions of a fact are left to a person: which of two credits is right.

import type { Story } from '../story/schema.ts';
import { applyLintEdits } from './apply-edits.ts';
import { lintStory } from './lint-story.ts';
import { DEFAULT_LINT_SETTINGS, type LintSettings } from './lint-settings.ts';
import type { LintEdit, LintProblem } from './lint-types.ts';

/** Rules whose fix picks one source over another: a person decides. */
export const FIXES_NEEDING_A_PERSON: ReadonlySet<string> = new Set(['credit-disagrees']);

const MAX_ROUNDS = 5;

export interface FixAllResult {
  story: Story;
  /** The problems whose fixes were applied, as they were reported. */
  fixed: LintProblem[];
}

function touches(a: LintEdit, b: LintEdit): boolean {
  if (JSON.stringify(a.path) !== JSON.stringify(b.path)) return false;
  if (a.kind !== 'replace-text' || b.kind !== 'replace-text') return true;
  // Two insertions at one place, or ranges that share a character (or touch), would blur into each other.
  return a.start <= b.end && b.start <= a.end;
}

export interface FixesTogether {
  /** The edits of every chosen fix, against the text the problems were found in. */
  edits: LintEdit[];
  /** The problems those fixes settle. */
  problems: LintProblem[];
  /** Some fixes touched a chosen one and must wait for a fresh check. */
  waiting: boolean;
}

/**
 * The quick fixes that can be applied in one go: every fix a person need not choose, unless it touches the
 * text of one already chosen. Used by `copydesk lint --fix` and the panel's "Fix all".
 */
export function chooseFixesTogether(found: readonly LintProblem[]): FixesTogether {
  const edits: LintEdit[] = [];
  const problems: LintProblem[] = [];
  let waiting = false;
  for (const problem of found) {
    if (!problem.fix || FIXES_NEEDING_A_PERSON.has(problem.rule)) continue;
    if (problem.fix.edits.some((edit) => edits.some((other) => touches(edit, other)))) {
      waiting = true;
      continue;
    }
    edits.push(...problem.fix.edits);
    problems.push(problem);
  }
  return { edits, problems, waiting };
}

export function fixAll(story: Story, settings: LintSettings = DEFAULT_LINT_SETTINGS): FixAllResult {
  const fixed: LintProblem[] = [];
  let current = story;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { edits, problems, waiting } = chooseFixesTogether(lintStory(current, settings));
    fixed.push(...problems);
    if (edits.length > 0) current = applyLintEdits(current, edits);
    if (!waiting) break;
  }
  return { story: current, fixed };
}
