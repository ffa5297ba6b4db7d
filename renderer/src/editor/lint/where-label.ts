// Where a problem is, said the way an editor would say it: "Headline", "Body ¶4", "Photo 2 · caption",
// "Related video 3 · poster credit", "Slug". Paragraphs are counted as a reader counts them (photos and
// videos are not paragraphs), photos and videos in the body by their own count.

import type { StoryPath } from '../../../../shared/lint/lint-types.ts';
import type { BodyBlock, Story } from '../../../../shared/story/schema.ts';

const TOP_LEVEL: Readonly<Record<string, string>> = {
  headline: 'Headline',
  subheadline: 'Subheadline',
  highlights: 'Highlights',
  byline: 'Byline',
  dateline: 'Dateline',
  lead: 'Lead',
  body: 'Body',
  relatedVideos: 'Related videos',
  slug: 'Slug',
  keywords: 'Keywords',
  status: 'Status',
  editorsNotes: 'Editor’s notes',
  embargo: 'Embargo',
  corrections: 'Corrections',
};

const PART_NAMES: Readonly<Record<string, string>> = {
  caption: 'caption',
  alt: 'alt text',
  title: 'title',
  durationSeconds: 'duration',
  media: 'picture',
  credit: 'credit',
  photographers: 'photographers',
  organization: 'organisation',
  via: 'via',
  restrictions: 'restrictions',
  copyright: 'copyright',
  kind: 'kind',
  name: 'name',
  location: 'place',
  source: 'source',
  attribution: 'attribution',
  text: 'text',
};

const TEXT_BLOCKS: ReadonlySet<BodyBlock['type']> = new Set(['paragraph', 'subhead', 'block-quote', 'list']);

/**
 * Names paths in `story`: "Photo 2 · caption". The body is counted once, however many problems are named
 * (a long story with a problem in every paragraph stays linear).
 */
export function whereNamer(story: Story): (storyPath: StoryPath) => string {
  let paragraphs = 0;
  let photos = 0;
  let videos = 0;
  const blockNames = story.body.map((block) => {
    if (block.type === 'photo') return `Photo ${++photos}`;
    if (block.type === 'video') return `Video ${++videos}`;
    return TEXT_BLOCKS.has(block.type) ? `Body ¶${++paragraphs}` : 'Body';
  });
  return (storyPath) => describe(story, blockNames, storyPath);
}

/** One path's name; to name many, make one whereNamer. */
export function describeStoryPath(story: Story, storyPath: StoryPath): string {
  return whereNamer(story)(storyPath);
}

function describe(story: Story, blockNames: readonly string[], storyPath: StoryPath): string {
  const [key, index, ...rest] = storyPath;
  const top = typeof key === 'string' ? (TOP_LEVEL[key] ?? key) : String(key);
  if (typeof index !== 'number') {
    if (key === 'lead' && story.lead) return joinParts(`Lead ${story.lead.type}`, mediaParts(storyPath.slice(1)));
    if (key === 'dateline' && typeof index === 'string') return `${top} · ${PART_NAMES[index] ?? index}`;
    return top;
  }
  switch (key) {
    case 'highlights':
      return `Highlight ${index + 1}`;
    case 'byline':
      return joinParts(`Byline ${index + 1}`, rest.length ? [PART_NAMES[String(rest[0])] ?? String(rest[0])] : []);
    case 'corrections':
      return `Correction ${index + 1}`;
    case 'relatedVideos':
      return joinParts(`Related video ${index + 1}`, mediaParts(rest));
    case 'body': {
      const block = story.body[index];
      const name = blockNames[index];
      if (!block || !name) return `Body, block ${index + 1}`;
      if (block.type === 'photo' || block.type === 'video') return joinParts(name, mediaParts(rest));
      if (block.type === 'list') return joinParts(name, listItemParts(rest));
      return rest[0] === 'attribution' ? `${name} · attribution` : name;
    }
    default:
      return `${top} ${index + 1}`;
  }
}

/** ['items', 1, 'sublist', 'items', 0, 'children'] → ["item 2.1"]. */
function listItemParts(rest: readonly (string | number)[]): string[] {
  const numbers: number[] = [];
  for (let at = 0; at < rest.length; at++) {
    if (rest[at] === 'items' && typeof rest[at + 1] === 'number') numbers.push((rest[at + 1] as number) + 1);
  }
  return numbers.length ? [`item ${numbers.join('.')}`] : [];
}

/** ['poster', 'credit'] → ["poster credit"]; ['credit', 'organization'] → ["credit organisation"]. */
function mediaParts(rest: readonly (string | number)[]): string[] {
  const words = rest.filter((step): step is string => typeof step === 'string').map((step) => PART_NAMES[step] ?? step);
  return words.length ? [words.join(' ')] : [];
}

function joinParts(head: string, parts: readonly string[]): string {
  return [head, ...parts].join(' · ');
}
