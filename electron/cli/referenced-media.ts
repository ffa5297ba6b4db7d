// Every media file a story points at, with the dotted field that points at it (the same path style as a
// schema error: "body.3.poster.media"), so a missing file can be reported where the user would fix it.

import type { Photo, Story, Video } from '../../shared/story/schema.ts';

export interface MediaReference {
  field: string;
  file: string;
}

export function referencedMedia(story: Story): MediaReference[] {
  const references: MediaReference[] = [];
  const visit = (block: Photo | Video, at: string) => {
    if (block.media) references.push({ field: `${at}.media`, file: block.media });
    if (block.type === 'video' && block.poster?.media) {
      references.push({ field: `${at}.poster.media`, file: block.poster.media });
    }
  };
  if (story.lead) visit(story.lead, 'lead');
  story.body.forEach((block, index) => {
    if (block.type === 'photo' || block.type === 'video') visit(block, `body.${index}`);
  });
  story.relatedVideos.forEach((video, index) => visit(video, `relatedVideos.${index}`));
  return references;
}
