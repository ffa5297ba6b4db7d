// The headline is there and fits the web/SEO limit (NEWSROOM.md: one line, about 64–70 characters).

import type { LintRuleFamily } from '../rule.ts';
import { characterCount, offsetAfterCharacters } from '../text-offsets.ts';

const HEADLINE_MISSING = {
  id: 'headline-missing',
  severity: 'error',
  title: 'Headline missing',
  description: 'A story needs a headline; export refuses a story without one.',
} as const;

const HEADLINE_TOO_LONG = {
  id: 'headline-too-long',
  severity: 'warning',
  title: 'Headline too long',
  description: 'The headline is longer than the house limit (Preferences ▸ House style); search results and home pages cut it.',
} as const;

export const headlineRules: LintRuleFamily = {
  rules: [HEADLINE_MISSING, HEADLINE_TOO_LONG],
  check({ story, settings, report }) {
    const headline = story.headline;
    if (!headline.trim()) {
      report(HEADLINE_MISSING, 'The story has no headline: write one.', { path: ['headline'] });
      return;
    }
    const limit = settings.headlineMaxLength;
    const length = characterCount(headline);
    if (length > limit) {
      report(
        HEADLINE_TOO_LONG,
        `The headline is ${length} characters, ${length - limit} over the limit of ${limit}: shorten it.`,
        { path: ['headline'], start: offsetAfterCharacters(headline, limit), end: headline.length },
      );
    }
  },
};
