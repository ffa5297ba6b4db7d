import { CURRENT_SCHEMA_VERSION, Story } from './schema.ts';
import { slugify } from './slug.ts';

export interface NewStoryOptions {
  id: string;
  now: Date;
  headline?: string;
  /** The author from preferences, put on the byline. */
  author?: string;
}

/** A new, empty draft: valid from its first moment so it can be saved at once. */
export function createStory({ id, now, headline = '', author = '' }: NewStoryOptions): Story {
  const time = now.toISOString();
  return Story.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    slug: slugify(headline),
    headline: headline.replace(/\s*[\r\n]+\s*/g, ' ').trim(),
    byline: author.trim() ? [{ name: author.trim() }] : [],
    dateline: {},
    createdAt: time,
    updatedAt: time,
  });
}
