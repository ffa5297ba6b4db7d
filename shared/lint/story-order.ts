// Problems are listed as the story reads: by their path, field by field in the order the editor shows them,
// then by where they start in the text.

import type { LintProblem, StoryPath } from './lint-types.ts';

/** Every field name a path can hold, in the order a reader (or the editor's form) meets them. */
const FIELD_ORDER = [
  'slug',
  'headline',
  'subheadline',
  'highlights',
  'byline',
  'dateline',
  'lead',
  'body',
  'relatedVideos',
  'corrections',
  // inside a byline entry
  'name',
  'location',
  'source',
  // inside a block, a picture or a video
  'media',
  'title',
  'durationSeconds',
  'children',
  'attribution',
  'items',
  'sublist',
  'poster',
  'caption',
  'alt',
  'credit',
  'organization',
  'text',
];
const RANK = new Map(FIELD_ORDER.map((field, index) => [field, index]));

function compareStep(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return (RANK.get(a) ?? FIELD_ORDER.length) - (RANK.get(b) ?? FIELD_ORDER.length) || (a < b ? -1 : a > b ? 1 : 0);
}

export function comparePaths(a: StoryPath, b: StoryPath): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const step = compareStep(a[i]!, b[i]!);
    if (step !== 0) return step;
  }
  // A problem about a whole field comes before those inside it.
  return a.length - b.length;
}

export function compareProblems(a: LintProblem, b: LintProblem): number {
  return comparePaths(a.where.path, b.where.path) || (a.where.start ?? -1) - (b.where.start ?? -1);
}
