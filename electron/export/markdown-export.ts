// Markdown: the story as a .md file, with the pictures it links to copied into a media/ folder beside it.
// Media are named by their content, so a file already there under the same name is the same picture and is
// left as it is; several stories exported into one folder share it.

import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { renderStoryMarkdown } from '../../shared/render/markdown.ts';
import { mediaPath } from '../../shared/render/render-options.ts';
import { syncFolder } from '../library/atomic-write.ts';
import { fileSystemError } from '../library/fs-errors.ts';
import { MEDIA_FOLDER } from '../library/story-library.ts';
import { copyFileIfAbsent, writeExportFile } from './export-writes.ts';
import type { FormatWriter } from './format-writer.ts';
import { recordingMediaUrl } from './media-links.ts';

export const writeMarkdownExport: FormatWriter = async ({ story, destination, media, houseStyle, overwrite }) => {
  const links = recordingMediaUrl(media);
  const markdown = renderStoryMarkdown(story, { ...houseStyle, mediaUrl: links.mediaUrl });
  const folder = dirname(destination);
  let bytes = 0;
  // The pictures first: a Markdown file is never left pointing at pictures that are not there.
  if (links.used.length > 0) {
    const made = await mkdir(join(folder, MEDIA_FOLDER), { recursive: true }).catch((error: unknown) => {
      throw fileSystemError(error, 'create the media folder beside the export', join(folder, MEDIA_FOLDER));
    });
    if (made !== undefined) await syncFolder(folder); // a new folder is only durable once its parent is flushed
  }
  for (const file of links.used) {
    const from = media.pathOf(file);
    const to = join(folder, mediaPath(file));
    if ((await copyFileIfAbsent(from, to)) === 'written') bytes += (await stat(from)).size;
  }
  await writeExportFile(destination, markdown, overwrite);
  bytes += Buffer.byteLength(markdown);
  return { files: [basename(destination), ...links.used.map(mediaPath)], bytes };
};
