// The parts of a story the rules look at, gathered once per lint pass in reading order: every text a reader
// sees (with its path and what kind of text it is), every picture that needs alt text and a credit, and
// every video. Rules share these lists, so a 3,000-paragraph story is walked once, not once per rule.

import { inlineText } from '../story/plain-text.ts';
import type { List, Photo, Poster, Story, Video } from '../story/schema.ts';
import type { StoryPath } from './lint-types.ts';

export type TextKind =
  | 'headline'
  | 'subheadline'
  | 'highlight'
  | 'byline'
  | 'dateline'
  /** A paragraph, subhead, quotation or list item: rich text, offsets over all its runs. */
  | 'rich-text'
  | 'attribution'
  | 'caption'
  | 'alt'
  | 'title'
  | 'correction';

export interface TextField {
  path: StoryPath;
  text: string;
  kind: TextKind;
}

export interface PictureRef {
  /** The photo block, or the video's `poster` object. */
  path: StoryPath;
  picture: Photo | Poster;
  /** A photo must have a picture; a poster is optional and checked when it is there. */
  role: 'photo' | 'poster';
}

export interface VideoRef {
  path: StoryPath;
  video: Video;
}

export interface StoryParts {
  texts: TextField[];
  pictures: PictureRef[];
  videos: VideoRef[];
}

export function walkStory(story: Story): StoryParts {
  const texts: TextField[] = [];
  const pictures: PictureRef[] = [];
  const videos: VideoRef[] = [];
  const text = (path: StoryPath, value: string, kind: TextKind) => {
    if (value !== '') texts.push({ path, text: value, kind });
  };

  const picture = (path: StoryPath, value: Photo | Poster, role: PictureRef['role']) => {
    pictures.push({ path, picture: value, role });
    text([...path, 'caption'], value.caption, 'caption');
    text([...path, 'alt'], value.alt, 'alt');
  };
  const video = (path: StoryPath, value: Video) => {
    videos.push({ path, video: value });
    text([...path, 'title'], value.title, 'title');
    text([...path, 'caption'], value.caption, 'caption');
    if (value.poster) picture([...path, 'poster'], value.poster, 'poster');
  };
  const list = (path: StoryPath, value: List) => {
    value.items.forEach((item, index) => {
      text([...path, 'items', index, 'children'], inlineText(item.children), 'rich-text');
      if (item.sublist) list([...path, 'items', index, 'sublist'], item.sublist);
    });
  };

  text(['headline'], story.headline, 'headline');
  text(['subheadline'], story.subheadline, 'subheadline');
  story.highlights.forEach((highlight, index) => text(['highlights', index], highlight, 'highlight'));
  story.byline.forEach((entry, index) => {
    text(['byline', index, 'name'], entry.name, 'byline');
    text(['byline', index, 'title'], entry.title, 'byline');
    text(['byline', index, 'organization'], entry.organization, 'byline');
  });
  text(['dateline', 'location'], story.dateline.location, 'dateline');
  text(['dateline', 'source'], story.dateline.source, 'dateline');
  if (story.lead?.type === 'photo') picture(['lead'], story.lead, 'photo');
  if (story.lead?.type === 'video') video(['lead'], story.lead);
  story.body.forEach((block, index) => {
    const path = ['body', index];
    switch (block.type) {
      case 'paragraph':
      case 'subhead':
        text([...path, 'children'], inlineText(block.children), 'rich-text');
        break;
      case 'block-quote':
        text([...path, 'children'], inlineText(block.children), 'rich-text');
        text([...path, 'attribution'], block.attribution, 'attribution');
        break;
      case 'list':
        list(path, block);
        break;
      case 'photo':
        picture(path, block, 'photo');
        break;
      case 'video':
        video(path, block);
        break;
    }
  });
  story.relatedVideos.forEach((value, index) => video(['relatedVideos', index], value));
  story.corrections.forEach((correction, index) => text(['corrections', index, 'text'], correction.text, 'correction'));
  return { texts, pictures, videos };
}
