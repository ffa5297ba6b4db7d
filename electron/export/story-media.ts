// The media files a story refers to, and which of them are in its folder (<storyFolder>/media/). An export
// reads its pictures from there and nowhere else; the check's "missing" errors come from the same lookup.

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MediaFile, type Photo, type Story, type Video } from '../../shared/story/schema.ts';
import { MEDIA_FOLDER } from '../library/story-library.ts';

/** Every media file the story names, each once, in reading order: lead, body, related videos. */
export function storyMediaFiles(story: Story): MediaFile[] {
  const files = new Set<MediaFile>();
  const visit = (block: Photo | Video) => {
    if (block.type === 'video' && block.poster?.media) files.add(block.poster.media);
    if (block.media) files.add(block.media);
  };
  if (story.lead) visit(story.lead);
  for (const block of story.body) if (block.type === 'photo' || block.type === 'video') visit(block);
  story.relatedVideos.forEach(visit);
  return [...files];
}

/** A story's media folder as an export sees it: which files are there, and where each one is. */
export interface StoryMedia {
  /** The story folder, or null for a story that is not on disk (none of its media are available). */
  folder: string | null;
  has(file: MediaFile): boolean;
  /** The file's path in the story folder; only for a file `has` answers true for. */
  pathOf(file: MediaFile): string;
}

/**
 * Looks up every file the story names in `<storyFolder>/media/`; a folder of null has none. Only names
 * Copydesk makes (`<sha256>.<ext>`) are looked up: the story comes from a window or a file, and a name such as
 * "../../secret.png" must never make an export read or copy a file from outside the media folder.
 */
export async function findStoryMedia(story: Story, storyFolder: string | null): Promise<StoryMedia> {
  const present = new Set<MediaFile>();
  if (storyFolder !== null) {
    const ours = storyMediaFiles(story).filter((file) => MediaFile.safeParse(file).success);
    await Promise.all(
      ours.map(async (file) => {
        const isFile = await stat(join(storyFolder, MEDIA_FOLDER, file)).then(
          (info) => info.isFile(),
          () => false,
        );
        if (isFile) present.add(file);
      }),
    );
  }
  return {
    folder: storyFolder,
    has: (file) => present.has(file),
    pathOf: (file) => {
      if (storyFolder === null || !present.has(file)) throw new Error(`media/${file} is not in the story folder`);
      return join(storyFolder, MEDIA_FOLDER, file);
    },
  };
}
