// What an import brought in, counted the way an editor checks it: the highlights, the paragraphs of text,
// the photos (and how many of them have their picture) and the videos.

import type { Story } from '../../shared/story/schema.ts';

export interface ImportCounts {
  highlights: number;
  paragraphs: number;
  photos: number;
  /** Photos whose picture file is in the story's media folder. */
  photosWithPictures: number;
  /** Videos in the story: the lead, the body and the related videos. */
  videos: number;
}

export function countImport(story: Story): ImportCounts {
  const media = [story.lead, ...story.body].filter((block) => block !== null);
  const photos = media.filter((block) => block.type === 'photo');
  return {
    highlights: story.highlights.length,
    paragraphs: story.body.filter((block) => block.type === 'paragraph').length,
    photos: photos.length,
    photosWithPictures: photos.filter((photo) => photo.media !== null).length,
    videos: media.filter((block) => block.type === 'video').length + story.relatedVideos.length,
  };
}
