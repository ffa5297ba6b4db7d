// Addresses of story media inside the app: `copydesk-media://<storyId>/<sha256>.<ext>`. Parsing is strict
// on purpose: only a story id and a file name Copydesk made itself get through, so no address can name a
// path outside a story's media folder.

import { MediaFile, StoryId } from '../../shared/story/schema.ts';

export const MEDIA_SCHEME = 'copydesk-media';

export interface MediaTarget {
  storyId: string;
  file: string;
}

export function mediaUrl(storyId: string, file: string): string {
  return `${MEDIA_SCHEME}://${storyId}/${file}`;
}

/** The story and file a media address names, or null for anything else (traversal, odd hosts, encodings). */
export function parseMediaUrl(raw: string): MediaTarget | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${MEDIA_SCHEME}:` || url.username || url.password || url.port) return null;
  const storyId = url.hostname;
  const file = url.pathname.startsWith('/') ? url.pathname.slice(1) : url.pathname;
  // The raw text is checked too: a URL parser resolves "a/../b" before we would ever see the "..".
  if (raw.includes('..') || raw.includes('\\') || raw.includes('%')) return null;
  if (!StoryId.safeParse(storyId).success || !MediaFile.safeParse(file).success) return null;
  return { storyId, file };
}
