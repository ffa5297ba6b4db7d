// The house-style limits and switches a desk may change (Preferences ▸ House style). Every field has the
// default a newsroom would start from (NEWSROOM.md: "House-style checks editors expect"); a preferences file
// written before a field existed gets its default.

import { z } from 'zod';

export const LintSettings = z.strictObject({
  /** Web/SEO headline limit: about 64–70 characters. */
  headlineMaxLength: z.number().int().min(20).max(300).default(70),
  /** Slugs are short: 24–40 characters. */
  slugMaxLength: z.number().int().min(8).max(80).default(40),
  highlightsMin: z.number().int().min(0).max(10).default(2),
  highlightsMax: z.number().int().min(1).max(20).default(4),
  /** A highlight is a short bullet. */
  highlightMaxLength: z.number().int().min(20).max(500).default(110),
  /** Rule ids switched off by the desk. */
  disabledRules: z.array(z.string().regex(/^[a-z0-9-]{1,64}$/)).max(200).default([]),
});
export type LintSettings = z.infer<typeof LintSettings>;

export const DEFAULT_LINT_SETTINGS: LintSettings = LintSettings.parse({});
