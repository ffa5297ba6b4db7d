// Where a problem is, as the House style panel says it: "Headline", "Body ¶4", "Photo 2 · caption",
// "Related video 3 · poster credit". The words are the house-style checks' own (shared/lint/describe-location.ts,
// which the CLI prints too); the panel capitalises the place and sets the field apart.

import { locationParts } from '../../../../shared/lint/index.ts';
import type { StoryPath } from '../../../../shared/lint/lint-types.ts';
import type { Story } from '../../../../shared/story/schema.ts';

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** Names paths in `story`; the body is counted once, however many problems are named. */
export function whereNamer(story: Story): (storyPath: StoryPath) => string {
  const partsOf = locationParts(story);
  return (storyPath) => {
    const { place, field } = partsOf(storyPath);
    return field ? `${capitalised(place)} · ${field}` : capitalised(place);
  };
}

/** One path's name; to name many, make one whereNamer. */
export function describeStoryPath(story: Story, storyPath: StoryPath): string {
  return whereNamer(story)(storyPath);
}
