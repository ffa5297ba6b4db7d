// The body as the plain form edits it, until the Slate editor arrives: runs of plain paragraphs become
// text (paragraphs separated by a blank line), and every other block — a subhead, quote, list, photo,
// video, or a paragraph carrying bold, italics or links — is kept exactly as it is, in its place, and shown
// read-only. Converting there and back never changes a block the person did not edit.

import type { BodyBlock, Paragraph } from '../../../shared/story/schema.ts';

/** A stretch of the body: text the form edits, or a block it keeps untouched. */
export type BodySegment = { kind: 'text'; text: string } | { kind: 'kept'; block: BodyBlock };

const BLANK_LINE = /\n\s*\n/;

/**
 * A paragraph the textarea can show without losing anything: a single run of unmarked text, with no blank
 * line inside and nothing to trim at its ends (so writing it back gives the same paragraph).
 */
export function isPlainParagraph(block: BodyBlock): block is Paragraph {
  if (block.type !== 'paragraph' || block.children.length !== 1) return false;
  const [child] = block.children;
  if (!child || 'type' in child || Object.keys(child).length !== 1) return false;
  const text = child.text;
  return text !== '' && text.trim() === text && !BLANK_LINE.test(text);
}

/** Paragraphs as text: one blank line between them. */
export function paragraphsToText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((paragraph) => paragraph.children.map((child) => ('text' in child ? child.text : '')).join('')).join('\n\n');
}

/** Text as paragraphs: split on blank lines; each trimmed; empty ones dropped. A single newline stays inside. */
export function textToParagraphs(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(BLANK_LINE)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ type: 'paragraph', children: [{ text: part }] }));
}

/**
 * The body cut into segments. Consecutive plain paragraphs form one text segment; the list always ends with
 * a text segment (empty if need be) so there is somewhere to type after the last kept block.
 */
export function bodyToSegments(body: readonly BodyBlock[]): BodySegment[] {
  const segments: BodySegment[] = [];
  let run: Paragraph[] = [];
  const flush = () => {
    if (run.length > 0) segments.push({ kind: 'text', text: paragraphsToText(run) });
    run = [];
  };
  for (const block of body) {
    if (isPlainParagraph(block)) {
      run.push(block);
    } else {
      flush();
      segments.push({ kind: 'kept', block });
    }
  }
  flush();
  if (segments.at(-1)?.kind !== 'text') segments.push({ kind: 'text', text: '' });
  return segments;
}

/** The body again: text segments become paragraphs, kept blocks go back unchanged and in order. */
export function segmentsToBody(segments: readonly BodySegment[]): BodyBlock[] {
  return segments.flatMap((segment) => (segment.kind === 'text' ? textToParagraphs(segment.text) : [segment.block]));
}
