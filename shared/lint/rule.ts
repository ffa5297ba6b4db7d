// What a family of house-style rules is: the rules it reports (for preferences and help) and one check over
// the story. A family shares its walk and its parsing between closely related rules (the three slug rules,
// the picture rules), and reports through the context, which drops rules the desk has switched off.

import type { Story } from '../story/schema.ts';
import type { LintSettings } from './lint-settings.ts';
import type { LintFix, LintLocation, LintRuleInfo } from './lint-types.ts';
import type { CaptionParts } from './caption-parts.ts';
import type { StoryParts } from './story-walk.ts';

export interface LintContext {
  story: Story;
  settings: LintSettings;
  /** The story's texts, pictures and videos, gathered once for every rule. */
  parts: StoryParts;
  /** A caption split into its text and its embedded credit, parsed once however many rules ask. */
  captionParts(caption: string): CaptionParts;
  /** False for a rule in settings.disabledRules. */
  isEnabled(rule: LintRuleInfo): boolean;
  report(rule: LintRuleInfo, message: string, where: LintLocation, fix?: LintFix): void;
}

export interface LintRuleFamily {
  rules: readonly LintRuleInfo[];
  check(context: LintContext): void;
}
