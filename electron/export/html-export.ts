// HTML (single file): the rendered story with every picture inside it as a data: URI, so the one file opens
// offline anywhere. Videos are shown by their poster: a clip as a data: URI would be tens of megabytes.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { renderStoryHtml } from '../../shared/render/html/story-html.ts';
import type { MediaFile } from '../../shared/story/schema.ts';
import { fileSystemError } from '../library/fs-errors.ts';
import { mimeTypeForMediaFile } from '../library/media-type.ts';
import { writeExportFile } from './export-writes.ts';
import type { FormatWriter } from './format-writer.ts';
import { storyMediaFiles } from './story-media.ts';
import { loadStoryStylesheet } from './story-stylesheet.ts';

export const writeHtmlExport: FormatWriter = async ({ story, destination, media, houseStyle, overwrite }) => {
  const pictures = storyMediaFiles(story).filter((file) => media.has(file) && mimeTypeForMediaFile(file).startsWith('image/'));
  const dataUris = new Map<MediaFile, string>(
    await Promise.all(pictures.map(async (file) => [file, await dataUri(media.pathOf(file), file)] as const)),
  );
  const html = renderStoryHtml(story, {
    ...houseStyle,
    stylesheet: loadStoryStylesheet(),
    mediaUrl: (file) => dataUris.get(file) ?? null,
    includeVideoFiles: false,
  });
  await writeExportFile(destination, html, overwrite);
  return { files: [basename(destination)], bytes: Buffer.byteLength(html) };
};

async function dataUri(path: string, file: MediaFile): Promise<string> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileSystemError(error, 'read a picture for the export', path);
  });
  return `data:${mimeTypeForMediaFile(file)};base64,${bytes.toString('base64')}`;
}
