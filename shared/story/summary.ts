import { countWords } from '../text/word-count.ts';
import { bodyText } from './plain-text.ts';
import type { Story, StoryStatus } from './schema.ts';

/** What the library list and search need of a story, without opening it. */
export interface StorySummary {
  id: string;
  /** The story's folder name inside the library. */
  folder: string;
  slug: string;
  headline: string;
  status: StoryStatus;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
}

/** `wordCount` is the body's, when the caller has counted it already (a save counts while it writes). */
export function summarizeStory(story: Story, folder: string, wordCount = countWords(bodyText(story))): StorySummary {
  return {
    id: story.id,
    folder,
    slug: story.slug,
    headline: story.headline,
    status: story.status,
    wordCount,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
  };
}
