// Plain text as the wires send it: one .txt file, credits in parentheses after the captions.

import { basename } from 'node:path';
import { renderStoryText } from '../../shared/render/wire-text.ts';
import { writeExportFile } from './export-writes.ts';
import type { FormatWriter } from './format-writer.ts';

export const writeTextExport: FormatWriter = async ({ story, destination, houseStyle, overwrite }) => {
  const text = renderStoryText(story, houseStyle);
  await writeExportFile(destination, text, overwrite);
  return { files: [basename(destination)], bytes: Buffer.byteLength(text) };
};
