// Which importer reads a text file: the CNN/DailyMail dataset's `.story` files (or any text with "@highlight"
// lines), text scraped from a news page ("Now playing" video lists, "Story highlights", or long paragraphs on
// lines next to each other), and otherwise wire copy, the plainest of the three.

import type { AssembleOptions } from './assemble-story.ts';
import { importCnnDailymailStory } from './cnn-dailymail-story.ts';
import type { ImportedStory } from './imported-story.ts';
import { importPageText } from './page-text.ts';
import type { SourceKind } from './source-document.ts';
import { importWireText } from './wire-text.ts';

export type TextSourceKind = Extract<SourceKind, 'page-text' | 'wire-text' | 'cnn-dailymail-story'>;

const HIGHLIGHT_LINE = /^[ \t]*@highlight[ \t]*$/im;
/** What only a scraped page prints: its video player's and highlights' labels, gallery controls. */
const PAGE_MARKERS = /^[ \t]*(?:now playing|story highlights|just watched|must watch|hide caption)[ \t]*$/im;

/** Wire copy is hard-wrapped, or parts its paragraphs with blank lines; a page copied from a browser prints
 * one paragraph per line, often with nothing between them. */
const LONG_LINE = 120;

function hasParagraphsOnAdjacentLines(text: string): boolean {
  const lines = text.split(/\r\n?|\n/);
  return lines.some((line, index) => line.trim().length > LONG_LINE && (lines[index + 1]?.trim().length ?? 0) > LONG_LINE);
}

export function detectTextSource(text: string, fileName: string): TextSourceKind {
  if (/\.story$/i.test(fileName.trim()) || HIGHLIGHT_LINE.test(text)) return 'cnn-dailymail-story';
  if (PAGE_MARKERS.test(text) || hasParagraphsOnAdjacentLines(text)) return 'page-text';
  return 'wire-text';
}

/** The story in a text file, read by the importer its name and content call for. */
export function importText(text: string, fileName: string, options: AssembleOptions = {}): ImportedStory {
  switch (detectTextSource(text, fileName)) {
    case 'cnn-dailymail-story':
      return importCnnDailymailStory(text, fileName, options);
    case 'page-text':
      return importPageText(text, fileName, options);
    case 'wire-text':
      return importWireText(text, fileName, options);
  }
}
