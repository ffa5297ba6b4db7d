// House-style checks (NEWSROOM.md, "House-style checks editors expect"): what the editor's panel, its inline
// marks and `copydesk lint` use. Each rule has an id, a severity, a message and the place it points to, and
// a quick fix where one is obvious; the fixes are data (edits) that applyLintEdits applies.

export type { LintEdit, LintFix, LintLocation, LintProblem, LintRuleInfo, LintSeverity, StoryPath } from './lint-types.ts';
export { DEFAULT_LINT_SETTINGS, LintSettings } from './lint-settings.ts';
export { LINT_RULES, lintStory } from './lint-story.ts';
export { applyLintEdits } from './apply-edits.ts';
export { chooseFixesTogether, fixAll, FIXES_NEEDING_A_PERSON, type FixAllResult, type FixesTogether } from './fix-all.ts';
export { describeLocation, locationNamer, locationParts, type LocationParts } from './describe-location.ts';
export { storyStatistics, type StoryStatistics } from './statistics.ts';
