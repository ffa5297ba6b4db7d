// Story highlights: the house's 2–4 short bullets above the story (CNN's "Story highlights"). Empty bullets
// are not counted: the editor keeps one to type into, and the renderer prints none for it.

import type { LintRuleFamily } from '../rule.ts';
import { characterCount, offsetAfterCharacters } from '../text-offsets.ts';

const TOO_FEW = {
  id: 'highlights-too-few',
  severity: 'warning',
  title: 'Too few highlights',
  description: 'The story has fewer highlights than the house asks for (Preferences ▸ House style).',
} as const;

const TOO_MANY = {
  id: 'highlights-too-many',
  severity: 'warning',
  title: 'Too many highlights',
  description: 'The story has more highlights than the house allows (Preferences ▸ House style).',
} as const;

const TOO_LONG = {
  id: 'highlight-too-long',
  severity: 'warning',
  title: 'Highlight too long',
  description: 'A highlight is longer than the house limit; highlights are short bullets.',
} as const;

const highlights = (count: number) => `${count} highlight${count === 1 ? '' : 's'}`;

export const highlightRules: LintRuleFamily = {
  rules: [TOO_FEW, TOO_MANY, TOO_LONG],
  check({ story, settings, report }) {
    const { highlightsMin: min, highlightsMax: max, highlightMaxLength: limit } = settings;
    const written = story.highlights.flatMap((text, index) => (text.trim() ? [index] : []));
    if (written.length < min) {
      report(TOO_FEW, `The story has ${highlights(written.length)}; the house asks for ${min} to ${max}.`, {
        path: ['highlights'],
      });
    }
    if (written.length > max) {
      // Pointing at the first one too many says where the list should end.
      report(TOO_MANY, `The story has ${highlights(written.length)}; the house allows at most ${max}.`, {
        path: ['highlights', written[max]!],
      });
    }
    for (const index of written) {
      const text = story.highlights[index]!;
      const length = characterCount(text);
      if (length > limit) {
        report(TOO_LONG, `This highlight is ${length} characters, over the limit of ${limit}: shorten it.`, {
          path: ['highlights', index],
          start: offsetAfterCharacters(text, limit),
          end: text.length,
        });
      }
    }
  },
};
