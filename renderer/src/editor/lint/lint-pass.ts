// One house-style pass over a story: its problems and its statistics. Pure, so the same code runs in the
// lint worker (background passes while typing) and in the page (a pass a click needs at once).

import { lintStory, storyStatistics, type StoryStatistics } from '../../../../shared/lint/index.ts';
import type { LintSettings } from '../../../../shared/lint/lint-settings.ts';
import type { LintProblem } from '../../../../shared/lint/lint-types.ts';
import type { Story } from '../../../../shared/story/schema.ts';

export interface LintPassResult {
  problems: LintProblem[];
  statistics: StoryStatistics;
}

export function lintPass(story: Story, settings: LintSettings): LintPassResult {
  return { problems: lintStory(story, settings), statistics: storyStatistics(story) };
}
