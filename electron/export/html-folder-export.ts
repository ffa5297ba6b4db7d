// HTML (folder): index.html plus media/<file> for exactly the pictures and videos the page shows, linked by
// relative paths — what a CMS upload wants. The folder is built aside and swapped in whole.

import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { renderStoryHtml } from '../../shared/render/html/story-html.ts';
import { mediaPath } from '../../shared/render/render-options.ts';
import { fileSystemError } from '../library/fs-errors.ts';
import { MEDIA_FOLDER } from '../library/story-library.ts';
import { syncFolder, writeFileSynced } from '../library/atomic-write.ts';
import { copyFileSynced, writeExportFolder } from './export-writes.ts';
import type { FormatWriter } from './format-writer.ts';
import { recordingMediaUrl } from './media-links.ts';
import { loadStoryStylesheet } from './story-stylesheet.ts';

export const INDEX_FILE = 'index.html';

export const writeHtmlFolderExport: FormatWriter = async ({ story, destination, media, houseStyle, overwrite }) => {
  const links = recordingMediaUrl(media);
  const html = renderStoryHtml(story, {
    ...houseStyle,
    stylesheet: loadStoryStylesheet(),
    mediaUrl: links.mediaUrl,
    includeVideoFiles: true,
  });
  let bytes = Buffer.byteLength(html);
  await writeExportFolder(
    destination,
    async (folder) => {
      if (links.used.length > 0) {
        await mkdir(join(folder, MEDIA_FOLDER)).catch((error: unknown) => {
          throw fileSystemError(error, 'create the media folder of the export', join(destination, MEDIA_FOLDER));
        });
      }
      for (const file of links.used) {
        const from = media.pathOf(file);
        await copyFileSynced(from, join(folder, mediaPath(file)));
        bytes += (await stat(from)).size;
      }
      if (links.used.length > 0) await syncFolder(join(folder, MEDIA_FOLDER)); // their names, not only their bytes
      await writeFileSynced(join(folder, INDEX_FILE), html).catch((error: unknown) => {
        throw fileSystemError(error, `write ${INDEX_FILE}`, join(destination, INDEX_FILE));
      });
    },
    overwrite,
  );
  return { files: [INDEX_FILE, ...links.used.map(mediaPath)], bytes };
};
