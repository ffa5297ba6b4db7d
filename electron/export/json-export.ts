// Story JSON: the story file as Copydesk stores it, for another Copydesk or a script — without the editor's
// notes, which are desk talk and never leave the building.

import { basename } from 'node:path';
import { serializeStory } from '../../shared/story/parse.ts';
import type { Story } from '../../shared/story/schema.ts';
import { writeExportFile } from './export-writes.ts';
import type { FormatWriter } from './format-writer.ts';

/** The story as exported: everything but the editor's notes. */
export function exportedStoryJson(story: Story): string {
  return serializeStory({ ...story, editorsNotes: '' });
}

export const writeJsonExport: FormatWriter = async ({ story, destination, overwrite }) => {
  const json = exportedStoryJson(story);
  await writeExportFile(destination, json, overwrite);
  return { files: [basename(destination)], bytes: Buffer.byteLength(json) };
};
