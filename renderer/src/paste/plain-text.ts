// Plain text → story text. Two shapes of pasted text matter in a newsroom: paragraphs separated by blank
// lines, and wire copy, hard-wrapped at 60–70 columns with each paragraph starting on an indented line.
// Both become one paragraph per paragraph, with the wrapped lines joined by a space.

import { blockText } from '../../../shared/story/plain-text.ts';
import type { Paragraph } from '../../../shared/story/schema.ts';
import { cleanPastedHtml } from './clean-pasted-html.ts';

/** Line separators office programs put in plain text: Word's vertical tab (Shift+Enter), U+2028. */
const LINE_BREAKS = /\r\n?|[\u000b\u2028\u0085]/g;
/** Page breaks and U+2029 separate paragraphs. */
const PARAGRAPH_BREAKS = /[\f\u2029]/g;
/** Control characters that are not text (NUL, bell, escape …). */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f\ufeff]/g;
/** Spaces and tabs, including the no-break space, collapse to one space. */
const SPACES = /[ \t\u00a0]+/g;
/** A line that opens with an indent (a tab or two or more spaces) starts a paragraph, as in wire copy. */
const INDENTED = /^(\t| {2,}|\u00a0)/;

export function pastedPlainText(text: string): Paragraph[] {
  const lines = text
    .replace(CONTROLS, '')
    .replace(PARAGRAPH_BREAKS, '\n\n')
    .replace(LINE_BREAKS, '\n')
    .split('\n');
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const end = () => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      end();
      continue;
    }
    if (INDENTED.test(line)) end();
    current.push(line);
  }
  end();
  return paragraphs.map((paragraph) => ({
    type: 'paragraph',
    children: [{ text: paragraph.join(' ').replace(SPACES, ' ').trim() }],
  }));
}

/** HTML as one line of text, for fields that take no formatting: the headline, a caption, a credit. */
export function plainTextOnly(html: string): string {
  return cleanPastedHtml(html)
    .blocks.flatMap(blockText)
    .join(' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
