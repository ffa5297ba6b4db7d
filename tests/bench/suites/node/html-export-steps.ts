// The HTML export, in the two steps the export suite times: rendering the story to the page's string with
// the options the single-file export gives the renderer (pictures as data: URIs, the story stylesheet), and
// the whole export to a file as the bridge's export:write and `copydesk export` run it (the check, the media
// looked up and read, the render, the atomic write with fsync).

import { readFile } from 'node:fs/promises';
import { exportStory } from '../../../../electron/export/export-story.ts';
import { findStoryMedia, storyMediaFiles } from '../../../../electron/export/story-media.ts';
import { loadStoryStylesheet } from '../../../../electron/export/story-stylesheet.ts';
import { mimeTypeForMediaFile } from '../../../../electron/library/media-type.ts';
import type { ExportResult } from '../../../../shared/bridge/contract.ts';
import type { ExportFormat } from '../../../../shared/render/export-format.ts';
import type { HtmlRenderOptions } from '../../../../shared/render/render-options.ts';
import type { MediaFile, Story } from '../../../../shared/story/schema.ts';
import { defaultHouseStyle } from './bench-story.ts';

/**
 * The options electron/export/html-export.ts renders with, the pictures already read into data: URIs (that
 * reading is I/O, timed with the whole export, not with the render).
 */
export async function singleFileRenderOptions(story: Story, storyFolder: string): Promise<HtmlRenderOptions> {
  const media = await findStoryMedia(story, storyFolder);
  const pictures = storyMediaFiles(story).filter((file) => media.has(file) && mimeTypeForMediaFile(file).startsWith('image/'));
  const dataUris = new Map<MediaFile, string>();
  for (const file of pictures) {
    const bytes = await readFile(media.pathOf(file));
    dataUris.set(file, `data:${mimeTypeForMediaFile(file)};base64,${bytes.toString('base64')}`);
  }
  return {
    ...defaultHouseStyle(),
    stylesheet: loadStoryStylesheet(),
    mediaUrl: (file) => dataUris.get(file) ?? null,
    includeVideoFiles: false,
  };
}

/** The real export, replacing the file a previous run wrote; refused (thrown) if the check finds errors. */
export function exportToFile(story: Story, storyFolder: string, format: ExportFormat, destination: string): Promise<ExportResult> {
  return exportStory({ story, storyFolder, format, destination, houseStyle: defaultHouseStyle(), overwrite: true });
}
