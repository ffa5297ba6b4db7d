// Runs the house-style rules: lintStory runs every rule the desk has not switched off and lists the
// problems in story order. One pass gathers the story's texts, pictures and videos; each rule family then
// looks only at what it needs, so the whole check is linear in the story's length (a 100,000-word story is
// checked as you type).

import type { Story } from '../story/schema.ts';
import { captionParts, type CaptionParts } from './caption-parts.ts';
import { DEFAULT_LINT_SETTINGS, type LintSettings } from './lint-settings.ts';
import type { LintProblem, LintRuleInfo } from './lint-types.ts';
import type { LintContext, LintRuleFamily } from './rule.ts';
import { captionCreditRules } from './rules/caption-credit.ts';
import { captionPlaceDateRules } from './rules/caption-place-date.ts';
import { datelineRules } from './rules/dateline.ts';
import { doubledWordRules } from './rules/doubled-words.ts';
import { headlineRules } from './rules/headline.ts';
import { highlightRules } from './rules/highlights.ts';
import { pictureFieldRules } from './rules/picture-fields.ts';
import { placeholderRules } from './rules/placeholders.ts';
import { slugRules } from './rules/slug.ts';
import { straightQuoteRules } from './rules/straight-quotes.ts';
import { videoRules } from './rules/videos.ts';
import { compareProblems } from './story-order.ts';
import { walkStory } from './story-walk.ts';

/** In the order the preferences list them: the story's frame, then pictures and videos, then the text. */
const FAMILIES: readonly LintRuleFamily[] = [
  headlineRules,
  slugRules,
  highlightRules,
  datelineRules,
  pictureFieldRules,
  captionCreditRules,
  captionPlaceDateRules,
  videoRules,
  placeholderRules,
  doubledWordRules,
  straightQuoteRules,
];

export const LINT_RULES: readonly LintRuleInfo[] = FAMILIES.flatMap((family) => family.rules);

export function lintStory(story: Story, settings: LintSettings = DEFAULT_LINT_SETTINGS): LintProblem[] {
  const disabled = new Set(settings.disabledRules);
  const problems: LintProblem[] = [];
  const captions = new Map<string, CaptionParts>();
  const context: LintContext = {
    story,
    settings,
    parts: walkStory(story),
    captionParts(caption) {
      let parts = captions.get(caption);
      if (!parts) captions.set(caption, (parts = captionParts(caption)));
      return parts;
    },
    isEnabled: (rule) => !disabled.has(rule.id),
    report(rule, message, where, fix) {
      if (disabled.has(rule.id)) return;
      problems.push({ rule: rule.id, severity: rule.severity, message, where, ...(fix && fix.edits.length > 0 ? { fix } : {}) });
    },
  };
  for (const family of FAMILIES) {
    if (family.rules.some((rule) => !disabled.has(rule.id))) family.check(context);
  }
  // Array.prototype.sort is stable: problems at the same place keep the order of the families above.
  return problems.sort(compareProblems);
}
