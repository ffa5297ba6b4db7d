// The mediaUrl a renderer is given when the export links its media as relative files (the HTML folder,
// Markdown): "media/<file>" for a file the story folder has, null (the renderer leaves it out) for one it
// has not — and a record of what the document links to, so exactly those files are copied beside it.

import { mediaPath } from '../../shared/render/render-options.ts';
import type { MediaFile } from '../../shared/story/schema.ts';
import type { StoryMedia } from './story-media.ts';

export interface RecordingMediaUrl {
  mediaUrl: (file: MediaFile) => string | null;
  /** Every file the document links to, each once, in the order the renderer asked. */
  readonly used: MediaFile[];
}

export function recordingMediaUrl(media: Pick<StoryMedia, 'has'>): RecordingMediaUrl {
  const used: MediaFile[] = [];
  return {
    used,
    mediaUrl: (file) => {
      if (!media.has(file)) return null;
      if (!used.includes(file)) used.push(file);
      return mediaPath(file);
    },
  };
}
