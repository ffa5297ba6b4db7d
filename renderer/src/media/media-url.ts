// Where the interface finds a story's picture or video. Under Electron the shell serves story media on its
// own scheme (electron/shell/media-url.ts: `copydesk-media://<storyId>/<file>`); in a plain browser the
// browser host serves `/media/<storyId>/<file>` beside the page, its cookie carrying the token. Only a real
// story id and a file name Copydesk made get an address, so nothing here can point outside a media folder.

import { MediaFile, StoryId } from '../../../shared/story/schema.ts';

/** The scheme the Electron shell registers (kept equal to MEDIA_SCHEME in electron/shell/media-url.ts). */
export const ELECTRON_MEDIA_SCHEME = 'copydesk-media';

export interface MediaUrlOptions {
  /** Whether the page runs inside Electron; by default, whether the preload put `window.copydesk` there. */
  electron?: boolean;
}

/** True inside the Electron app, where the preload exposes the bridge as `window.copydesk`. */
export function runningInElectron(): boolean {
  return typeof window !== 'undefined' && window.copydesk !== undefined;
}

/**
 * The address of a file in a story's media folder, or null when the id or file name is not one Copydesk
 * makes (the picture is then shown as missing rather than fetched from somewhere unexpected).
 */
export function mediaUrl(storyId: string, file: string, options: MediaUrlOptions = {}): string | null {
  if (!StoryId.safeParse(storyId).success || !MediaFile.safeParse(file).success) return null;
  const electron = options.electron ?? runningInElectron();
  return electron ? `${ELECTRON_MEDIA_SCHEME}://${storyId}/${file}` : `/media/${storyId}/${file}`;
}

/** "image" or "video", from the extension Copydesk gave the file. */
export function mediaKindOf(file: string): 'image' | 'video' {
  return /\.(mp4|webm)$/.test(file) ? 'video' : 'image';
}
