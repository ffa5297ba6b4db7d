// Where a problem is, in words a person finds it by: "headline", "highlight 2", "body ¶4", "body ¶6 item 2.1",
// "photo 2 caption", "lead video poster credit", "related video 3 running time". Paragraphs are numbered
// among the body's text blocks (subheads, quotations and lists count; photos and videos do not), photos and
// videos each among their own kind, as a person counts them on the page.

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
  organization: 'organization',
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
  corrections: 'corrections',
};

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

/** A function naming any path in this story; it counts the body once, however many problems it names. */
export function locationNamer(story: Story): (path: StoryPath) => string {
  let paragraphs = 0;
  let photos = 0;
  let videos = 0;
  const blockNames = story.body.map((block) => {
    if (block.type === 'photo') return `photo ${++photos}`;
    if (block.type === 'video') return `video ${++videos}`;
    return `body ¶${++paragraphs}`;
  });

  const leadName = story.lead?.type === 'video' ? 'lead video' : 'lead photo';

  return (path) => {
    const [top, index, ...rest] = path;
    const topName = top === 'lead' ? leadName : (TOP_LEVEL[String(top)] ?? String(top));
    if (index === undefined) return topName;
    if (typeof index !== 'number') return [topName, ...fieldWords([index, ...rest])].join(' ');
    switch (top) {
      case 'highlights':
        return `highlight ${index + 1}`;
      case 'byline':
        return ['byline', String(index + 1), ...fieldWords(rest)].join(' ');
      case 'body':
        return [blockNames[index] ?? `body block ${index + 1}`, ...fieldWords(rest)].join(' ');
      case 'relatedVideos':
        return [`related video ${index + 1}`, ...fieldWords(rest)].join(' ');
      case 'corrections':
        return `correction ${index + 1}`;
      default:
        return [topName, String(index + 1), ...fieldWords(rest)].join(' ');
    }
  };
}

/** One path's name; to name many, make one locationNamer. */
export function describeLocation(story: Story, path: StoryPath): string {
  return locationNamer(story)(path);
}
