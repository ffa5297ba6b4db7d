// The desk's slug: present, lowercase words joined by hyphens, and short (NEWSROOM.md: ≤ 24–40 characters).
// Each fix proposes a slug that passes all three rules: a missing slug is made from the headline, a badly
// formed one from its own words, and a long one is cut at a hyphen, so the desk's choice of words is kept.

import { slugify } from '../../story/slug.ts';
import type { LintFix } from '../lint-types.ts';
import type { LintRuleFamily } from '../rule.ts';

const SLUG_MISSING = {
  id: 'slug-missing',
  severity: 'warning',
  title: 'Slug missing',
  description: 'The story has no slug, the short handle the desk and the story folder use.',
} as const;

const SLUG_FORMAT = {
  id: 'slug-format',
  severity: 'warning',
  title: 'Slug not lowercase and hyphenated',
  description: 'A slug is lowercase letters and digits joined by single hyphens: "courthouse-arrests".',
} as const;

const SLUG_TOO_LONG = {
  id: 'slug-too-long',
  severity: 'warning',
  title: 'Slug too long',
  description: 'The slug is longer than the house limit (Preferences ▸ House style).',
} as const;

const WELL_FORMED = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The slug cut at a hyphen so that it fits, or '' when not even its first word does. */
function fitting(slug: string, limit: number): string {
  if (slug.length <= limit) return slug;
  const cut = slug.slice(0, limit + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : '';
}

function useSlug(current: string, proposed: string): LintFix | undefined {
  if (!proposed || proposed === current) return undefined;
  return {
    label: `Use “${proposed}”`,
    edits: [{ kind: 'replace-text', path: ['slug'], start: 0, end: current.length, text: proposed }],
  };
}

export const slugRules: LintRuleFamily = {
  rules: [SLUG_MISSING, SLUG_FORMAT, SLUG_TOO_LONG],
  check({ story, settings, report }) {
    const { slug } = story;
    const limit = settings.slugMaxLength;
    const where = { path: ['slug'] };
    if (!slug) {
      report(
        SLUG_MISSING,
        story.headline.trim() ? 'The story has no slug: use one made from the headline.' : 'The story has no slug.',
        where,
        useSlug(slug, fitting(slugify(story.headline), limit)),
      );
      return;
    }
    if (!WELL_FORMED.test(slug)) {
      report(
        SLUG_FORMAT,
        `The slug “${slug}” must be lowercase letters and digits joined by single hyphens.`,
        where,
        useSlug(slug, fitting(slugify(slug) || slugify(story.headline), limit)),
      );
      return;
    }
    if (slug.length > limit) {
      report(
        SLUG_TOO_LONG,
        `The slug is ${slug.length} characters, over the limit of ${limit}: shorten it.`,
        { ...where, start: limit, end: slug.length },
        useSlug(slug, fitting(slug, limit)),
      );
    }
  },
};
