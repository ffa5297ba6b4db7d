// Bringing a file in as a new story: the file's bytes cross the bridge (`story:import`) as base64, and the
// Node side reads it (a saved page, a Word document, wire copy or page text), saves the story and says what
// it could not place. Here: refuse early what cannot work — a picture, a PDF, a 300 MB file — in words a
// person can act on, before anything is read.

import {
  IMPORT_EXTENSIONS,
  MAX_IMPORT_BYTES,
  type CopydeskBridge,
  type ImportedStoryResult,
} from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { blobToBase64, formatBytes } from '../media/import-files.ts';

/** What the file picker offers: the extensions the Node side reads. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** A file to import: one picked or dropped, or one the desktop app's File ▸ Import… already read. */
export type ImportSource = File | { fileName: string; dataBase64: string };

export function importSourceName(source: ImportSource): string {
  return source instanceof Blob ? source.name || 'The dropped file' : source.fileName;
}

/** Why a file cannot be imported, or null when it may be tried (the Node side checks the bytes too). */
export function checkImportFile(file: File): CopydeskError | null {
  const name = file.name || 'The dropped file';
  const extension = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    const picture = file.type.startsWith('image/') || file.type.startsWith('video/');
    return new CopydeskError(
      'unsupported-file',
      picture
        ? `“${name}” is a picture or video. To add it to a story, open the story and drop it on the text.`
        : `Copydesk cannot import “${name}”: it imports saved web pages (.html, .htm), Word documents (.docx) and text (.txt, .story).`,
    );
  }
  if (file.size === 0) return new CopydeskError('unsupported-file', `“${name}” is empty.`);
  if (file.size > MAX_IMPORT_BYTES) {
    return new CopydeskError('unsupported-file', `“${name}” is ${formatBytes(file.size)}; Copydesk imports files up to ${formatBytes(MAX_IMPORT_BYTES)}.`);
  }
  return null;
}

/** Imports one file as a new story. Throws a CopydeskError whose message says what to do. */
export async function importStory(bridge: CopydeskBridge, source: ImportSource): Promise<ImportedStoryResult> {
  let fileName: string;
  let dataBase64: string;
  if (source instanceof Blob) {
    const problem = checkImportFile(source);
    if (problem) throw problem;
    fileName = source.name;
    try {
      dataBase64 = await blobToBase64(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CopydeskError('io', `“${fileName}” could not be read (${reason}). Is it still there?`);
    }
  } else {
    ({ fileName, dataBase64 } = source);
  }
  try {
    return await bridge.story.import({ fileName: fileName.slice(0, 255), dataBase64 });
  } catch (error) {
    throw reviveError(error);
  }
}
