// "New from template": a new story that starts as a copy of a template's content. It is a story of its own
// from the first moment — its own id and dates, a draft, no embargo and no corrections (those belong to a
// story that was published, never to a template).

import { Story } from '../story/schema.ts';
import { slugify } from '../story/slug.ts';

export interface StoryFromTemplateOptions {
  id: string;
  now: Date;
  /** The author from preferences: put on the byline when the template has none. */
  author?: string;
}

/** TK, TKTK, XX, XXX as whole words: what a template's headline says before the reporter writes one. */
const PLACEHOLDER_WORD = /(?<![\p{L}\p{M}\p{N}_])(?:tk(?:tk)*|xxx*)(?![\p{L}\p{M}\p{N}_])/iu;

/**
 * The new story's slug: from the template's headline, or empty while that headline is still a placeholder
 * ("TK — What happened, where" would make "tk-what-happened-where"). An empty slug follows the headline once
 * the reporter writes it.
 */
export function slugFromTemplateHeadline(headline: string): string {
  return PLACEHOLDER_WORD.test(headline) ? '' : slugify(headline);
}

export function storyFromTemplate(template: Story, { id, now, author = '' }: StoryFromTemplateOptions): Story {
  const time = now.toISOString();
  const name = author.trim();
  return Story.parse({
    ...template,
    id,
    slug: slugFromTemplateHeadline(template.headline),
    byline: template.byline.length === 0 && name ? [{ name }] : template.byline,
    status: 'draft',
    embargo: null,
    corrections: [],
    createdAt: time,
    updatedAt: time,
  });
}
