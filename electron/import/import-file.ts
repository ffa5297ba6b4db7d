// One entry point for every file a person imports — the command line, the bridge (the Import button, a file
// dropped on the window, File ▸ Import) — choosing the reader by the file's name and checking its bytes
// agree: a saved web page, a Word document, or text (scraped page text, wire copy, a `.story` file).

import { extname } from 'node:path';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from '../../shared/bridge/contract.ts';
import { CopydeskError } from '../../shared/errors.ts';
import { assembleStory } from '../../shared/import/assemble-story.ts';
import type { ImportedStory, ImportNote } from '../../shared/import/imported-story.ts';
import { importText } from '../../shared/import/import-text.ts';
import { assertLooksLikeText, decodeText, type DecodedText } from './text-decoding.ts';
import { startsLikeZip } from './zip-directory.ts';

export interface ImportFileInput {
  /** The file's name: it says how to read it, and notes name it. Never used as a path. */
  fileName: string;
  bytes: Uint8Array;
}

export type ImportKind = 'web-page' | 'word' | 'text';

/** How each of the contract's IMPORT_EXTENSIONS is read. */
export const IMPORT_KINDS: Record<(typeof IMPORT_EXTENSIONS)[number], ImportKind> = {
  '.html': 'web-page',
  '.htm': 'web-page',
  '.xhtml': 'web-page',
  '.shtml': 'web-page',
  '.docx': 'word',
  '.txt': 'text',
  '.text': 'text',
  '.story': 'text',
};

/** Text and pages are small: more than this is not a story, and would keep the app busy parsing it. */
export const MAX_TEXT_IMPORT_BYTES = 10 * 1024 * 1024;

/** What other programs can turn these into, said when one of them is imported. */
const HINTS: Record<string, string> = {
  '.doc': 'Save it as .docx in Word or LibreOffice and import that.',
  '.odt': 'Save it as .docx in LibreOffice and import that.',
  '.rtf': 'Save it as .docx in Word or LibreOffice and import that.',
  '.pages': 'Export it from Pages as a Word document (.docx) and import that.',
  '.pdf': 'Copy its text into a .txt file, or open it in Word and save it as .docx.',
  '.mht': 'Open it in the browser and save it as "Web page, complete" (.html).',
  '.mhtml': 'Open it in the browser and save it as "Web page, complete" (.html).',
  '.webarchive': 'Open it in Safari and save it as "Page Source" (.html).',
};

export function importKindOf(fileName: string): ImportKind | null {
  return (IMPORT_KINDS as Record<string, ImportKind>)[extname(fileName).toLowerCase()] ?? null;
}

/** Reads the file into a story's parts, with notes on what could not be placed. Throws 'unsupported-file'. */
export async function importFile({ fileName, bytes }: ImportFileInput): Promise<ImportedStory> {
  const kind = importKindOf(fileName);
  if (!kind) throw unsupported(fileName);
  checkSize(fileName, bytes, kind);

  switch (kind) {
    case 'web-page': {
      if (startsLikeZip(bytes)) throw new CopydeskError('unsupported-file', `“${fileName}” is not a web page: it is a ZIP archive.`);
      // The parsers (linkedom, Readability, mammoth) load on the first import of their kind, not with the host:
      // they are a quarter of a second of every start otherwise.
      const { readWebPage } = await import('./web-page.ts');
      const { document, decoded, notes } = readWebPage(bytes, fileName);
      return withNotes(assembleStory(document), [...notes, ...encodingNotes(fileName, decoded)]);
    }
    case 'word': {
      const { readWordDocument } = await import('./word-document.ts');
      const { document, notes } = await readWordDocument(bytes, fileName);
      return withNotes(assembleStory(document), notes);
    }
    case 'text': {
      assertLooksLikeText(bytes, fileName, 'a text file');
      const decoded = decodeText(bytes);
      return withNotes(importText(decoded.text, fileName), encodingNotes(fileName, decoded));
    }
  }
}

function checkSize(fileName: string, bytes: Uint8Array, kind: ImportKind): void {
  if (bytes.length === 0) throw new CopydeskError('unsupported-file', `“${fileName}” is empty.`);
  const limit = kind === 'word' ? MAX_IMPORT_BYTES : MAX_TEXT_IMPORT_BYTES;
  if (bytes.length > limit) {
    const what = kind === 'word' ? 'Word documents' : kind === 'web-page' ? 'web pages' : 'text files';
    throw new CopydeskError(
      'unsupported-file',
      `“${fileName}” is ${megabytes(bytes.length)}; Copydesk imports ${what} up to ${megabytes(limit)}, which is far more than any story.`,
    );
  }
}

function unsupported(fileName: string): CopydeskError {
  const hint = HINTS[extname(fileName).toLowerCase()];
  return new CopydeskError(
    'unsupported-file',
    `Copydesk cannot import “${fileName}”: it imports saved web pages (.html, .htm), Word documents (.docx) and ` +
      `text (.txt, .story).${hint ? ` ${hint}` : ''}`,
  );
}

function encodingNotes(fileName: string, decoded: DecodedText): ImportNote[] {
  if (!decoded.guessed) return [];
  return [
    {
      severity: 'info',
      message: `“${fileName}” is not in UTF-8; it was read as Western (Windows-1252) text. Check accented letters and quotes.`,
    },
  ];
}

function withNotes(imported: ImportedStory, notes: readonly ImportNote[]): ImportedStory {
  return notes.length === 0 ? imported : { ...imported, notes: [...imported.notes, ...notes] };
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} MB`;
}
