// Exporting a story: check it, refuse on errors unless forced, refuse a destination in the way unless told
// to replace it, then hand it to the format's writer. The bridge (export:check, export:write) and the CLI
// (`copydesk export`) both come through here.

import type { ExportResult } from '../../shared/bridge/contract.ts';
import { exportProblems, hasBlockingProblems, type ExportProblem } from '../../shared/render/export-check.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/render/export-format.ts';
import type { CreditHouseStyle } from '../../shared/render/story-lines.ts';
import { CopydeskError } from '../../shared/errors.ts';
import type { Story } from '../../shared/story/schema.ts';
import { prepareDestination } from './export-destination.ts';
import type { FormatWriter } from './format-writer.ts';
import { writeHtmlExport } from './html-export.ts';
import { writeHtmlFolderExport } from './html-folder-export.ts';
import { writeJsonExport } from './json-export.ts';
import { writeMarkdownExport } from './markdown-export.ts';
import { findStoryMedia } from './story-media.ts';
import { writeTextExport } from './text-export.ts';

const WRITERS: Record<ExportFormat, FormatWriter> = {
  html: writeHtmlExport,
  'html-folder': writeHtmlFolderExport,
  md: writeMarkdownExport,
  txt: writeTextExport,
  json: writeJsonExport,
};

export interface ExportRequest {
  story: Story;
  /** The story's folder on disk, whose media/ the pictures come from; null for a story with none. */
  storyFolder: string | null;
  format: ExportFormat;
  /** The file, or for html-folder the folder, to write: an absolute path. */
  destination: string;
  /** The credit style from the preferences. */
  houseStyle: CreditHouseStyle;
  /** Write even though the check found errors. */
  force?: boolean;
  /** Replace a file (or folder) already at the destination. */
  overwrite?: boolean;
}

/** Every problem the export would meet, with media looked up in the story's folder. */
export async function checkExport(story: Story, storyFolder: string | null, format: ExportFormat): Promise<ExportProblem[]> {
  const media = await findStoryMedia(story, storyFolder);
  return exportProblems(story, { format, hasMedia: media.has });
}

export async function exportStory(request: ExportRequest): Promise<ExportResult> {
  const { story, storyFolder, format, destination, houseStyle, force = false, overwrite = false } = request;
  const media = await findStoryMedia(story, storyFolder);
  const problems = exportProblems(story, { format, hasMedia: media.has });
  if (hasBlockingProblems(problems) && !force) throw exportBlocked(problems, format);
  await prepareDestination(destination, format, overwrite);
  const written = await WRITERS[format]({ story, destination, media, houseStyle, overwrite });
  return { path: destination, format, files: written.files, bytes: written.bytes, problems };
}

/** The refusal: every error on its own line, and the two ways on. Warnings travel in details.problems. */
export function exportBlocked(problems: readonly ExportProblem[], format: ExportFormat): CopydeskError {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const count = errors.length === 1 ? 'an error' : `${errors.length} errors`;
  const message = [
    `The story was not exported as ${EXPORT_FORMATS[format].label}: it has ${count}.`,
    ...errors.map((problem) => `  - ${problem.message}`),
    'Fix them, or choose to export anyway.',
  ].join('\n');
  return new CopydeskError('export-blocked', message, { problems: [...problems] });
}
