// Where a problem is, in words a person finds it by: "headline", "highlight 2", "body ¶4", "body ¶6 item 2.1",
// "photo 2 caption", "lead video poster credit", "related video 3 running time". Paragraphs are numbered
// among the body's text blocks (subheads, quotations and lists count; photos and videos do not), photos and
// videos each among their own kind, as a person counts them on the page. The CLI prints the words as they
// are; the House style panel shows the same parts as "Photo 2 · caption".

import type { Story } from '../story/schema.ts';
import type { StoryPath } from './lint-types.ts';

const FIELD_NAMES: Record<string, string> = {
  caption: 'caption',
  alt: 'alt text',
  credit: 'credit',
  media: 'picture',
  title: 'title',
  durationSeconds: 'running time',
  poster: 'poster',
  attribution: 'attribution',
  name: 'name',
  organization: 'organisation',
  photographers: 'photographers',
  via: 'via',
  restrictions: 'restrictions',
  copyright: 'copyright',
  kind: 'kind',
  location: 'place',
  source: 'source',
};

const TOP_LEVEL: Record<string, string> = {
  slug: 'slug',
  headline: 'headline',
  subheadline: 'subheadline',
  highlights: 'highlights',
  byline: 'byline',
  dateline: 'dateline',
  lead: 'lead',
  body: 'body',
  relatedVideos: 'related videos',
  keywords: 'keywords',
  status: 'status',
  embargo: 'embargo',
  editorsNotes: 'editor’s notes',
  corrections: 'corrections',
};

/** A place in the story and, below it, the field: { place: 'photo 2', field: 'caption' }. */
export interface LocationParts {
  place: string;
  /** '' when the path names the place itself. */
  field: string;
}

/** The names of the fields below a block, a picture or a video: "poster caption", "item 2.1". */
function fieldWords(rest: StoryPath): string[] {
  const words: string[] = [];
  const items: number[] = [];
  for (let i = 0; i < rest.length; i++) {
    const step = rest[i]!;
    if (step === 'items' && typeof rest[i + 1] === 'number') {
      items.push((rest[i + 1] as number) + 1);
      i++;
    } else if (step === 'sublist' || step === 'children') {
      continue;
    } else if (typeof step === 'string') {
      if (items.length > 0) {
        words.push(`item ${items.join('.')}`);
        items.length = 0;
      }
      words.push(FIELD_NAMES[step] ?? step);
    }
  }
  if (items.length > 0) words.push(`item ${items.join('.')}`);
  return words;
}

/** A function naming any path in this story as its parts; it counts the body once, however many it names. */
export function locationParts(story: Story): (path: StoryPath) => LocationParts {
  let paragraphs = 0;
  let photos = 0;
  let videos = 0;
  const blockNames = story.body.map((block) => {
    if (block.type === 'photo') return `photo ${++photos}`;
    if (block.type === 'video') return `video ${++videos}`;
    return `body ¶${++paragraphs}`;
  });

  const leadName = story.lead?.type === 'video' ? 'lead video' : 'lead photo';
  const parts = (place: string, rest: StoryPath = []): LocationParts => ({ place, field: fieldWords(rest).join(' ') });

  return (path) => {
    const [top, index, ...rest] = path;
    const topName = top === 'lead' ? leadName : (TOP_LEVEL[String(top)] ?? String(top));
    if (index === undefined) return parts(topName);
    if (typeof index !== 'number') return parts(topName, [index, ...rest]);
    switch (top) {
      case 'highlights':
        return parts(`highlight ${index + 1}`);
      case 'byline':
        return parts(`byline ${index + 1}`, rest);
      case 'body':
        return parts(blockNames[index] ?? `body block ${index + 1}`, rest);
      case 'relatedVideos':
        return parts(`related video ${index + 1}`, rest);
      case 'corrections':
        return parts(`correction ${index + 1}`);
      default:
        return parts(`${topName} ${index + 1}`, rest);
    }
  };
}

/** A function naming any path in this story in words: "photo 2 caption". */
export function locationNamer(story: Story): (path: StoryPath) => string {
  const partsOf = locationParts(story);
  return (path) => {
    const { place, field } = partsOf(path);
    return field ? `${place} ${field}` : place;
  };
}

/** One path's name; to name many, make one locationNamer. */
export function describeLocation(story: Story, path: StoryPath): string {
  return locationNamer(story)(path);
}
