// Microsoft Word (Windows and Mac) puts no <ul>/<ol> on the clipboard. A list is a run of paragraphs, each
// saying where it sits in an inline style, `mso-list:l0 level2 lfo1` (list l0, level 2), and carrying its
// bullet or number as literal text in a span marked `mso-list:Ignore`, inside a downlevel-revealed
// conditional comment (`<![if !supportLists]>…<![endif]>`) that an HTML parser reads as plain markup.
// Whether a level is numbered is written in the <style> of the clipboard document
// (`@list l0:level2 {mso-level-number-format:alpha-lower}`); when that is missing (a bare fragment), the
// marker text decides: "1.", "a)", "iv." are numbers, "·", "o", "§" are bullets.

import { inlineStyle } from './inline-marks.ts';
import type { ListStyle } from './list-tree.ts';
import type { Run } from './rich-text.ts';

/** `"l0:2"` (list id and level) → style, from the clipboard document's `@list` rules. */
export type WordListStyles = ReadonlyMap<string, ListStyle>;

const LIST_LEVEL_RULE = /@list\s+(l\d+):level(\d+)\s*\{([^}]*)\}/gi;
const NUMBER_FORMAT = /mso-level-number-format\s*:\s*([^;]+)/i;

/**
 * The list level styles declared in raw clipboard HTML. Read from the text, before sanitising, because
 * they sit in a <style> element in the <head>, which sanitising removes. Nothing here is executed or
 * inserted anywhere: the rules only answer "is level N of list lX numbered?".
 */
export function readWordListStyles(html: string): WordListStyles {
  const styles = new Map<string, ListStyle>();
  for (const [, id = '', level = '', body = ''] of html.matchAll(LIST_LEVEL_RULE)) {
    const format = NUMBER_FORMAT.exec(body)?.[1]?.trim().toLowerCase();
    // No format means Word's default, decimal numbers. "bullet" and picture bullets ("image") are bullets;
    // "none" shows no marker at all, which reads like a bulleted list without the bullet.
    const bulleted = format === 'bullet' || format === 'image' || format === 'none';
    styles.set(`${id.toLowerCase()}:${Number(level)}`, bulleted ? 'bulleted' : 'numbered');
  }
  return styles;
}

export interface WordListParagraph {
  listId: string;
  level: number;
}

const MSO_LIST = /^(l\d+)\s+level(\d+)/i;
const LIST_PARAGRAPH_TAGS = new Set(['p', 'div']);

/** Where a Word list paragraph sits, or null for anything else (headings with numbering stay headings). */
export function wordListParagraph(element: Element): WordListParagraph | null {
  if (!LIST_PARAGRAPH_TAGS.has(element.localName)) return null;
  const value = inlineStyle(element).get('mso-list');
  const match = value ? MSO_LIST.exec(value) : null;
  if (!match) return null;
  return { listId: match[1]!.toLowerCase(), level: Math.max(1, Number(match[2])) };
}

/** The span holding a Word list item's literal bullet or number, which must not reach the text. */
export function isWordListMarker(element: Element): boolean {
  return inlineStyle(element).get('mso-list')?.toLowerCase() === 'ignore';
}

/** The marker text of a Word list paragraph ("·", "1.", "a)"), or '' when it has none. */
export function wordListMarker(paragraph: Element): string {
  const spans = paragraph.querySelectorAll('span');
  for (const span of spans) {
    if (isWordListMarker(span)) return (span.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  }
  return '';
}

const NUMBER_MARKER = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]$|^\d+$/i;

/** Numbered when the marker is a number, letter or roman numeral with its "." or ")"; bulleted otherwise. */
export function styleFromMarker(marker: string): ListStyle {
  return NUMBER_MARKER.test(marker) ? 'numbered' : 'bulleted';
}

/** The style of a Word list paragraph: the document's list definition if it has one, else its marker. */
export function wordListStyle(where: WordListParagraph, styles: WordListStyles, marker: string): ListStyle {
  return styles.get(`${where.listId}:${where.level}`) ?? styleFromMarker(marker);
}

/**
 * A marker typed into the text, then the no-break spaces Word pads it with ("·\u00a0\u00a0\u00a0Item").
 * The padding is required, so "2 people" in ordinary text is never taken for a marker.
 */
const TYPED_MARKER = /^\s*(?:[·•▪■□◦§oØü*\-–—]|\(?(?:\d+|[a-z]|[ivxlcdm]+)[.)]?)\s*\u00a0[\s\u00a0]*/i;

/**
 * The runs of a list paragraph without the marker at its start, for Word markup that does not wrap the
 * marker in an `mso-list:Ignore` span (the marker and its padding are often two runs: glyph, then spaces).
 */
export function withoutTypedMarker(runs: readonly Run[]): { runs: Run[]; marker: string } {
  const joined = runs.map((run) => run.text).join('');
  const match = TYPED_MARKER.exec(joined)?.[0] ?? '';
  let remove = match.length;
  const kept: Run[] = [];
  for (const run of runs) {
    if (remove >= run.text.length) {
      remove -= run.text.length;
      continue;
    }
    kept.push(remove > 0 ? { ...run, text: run.text.slice(remove) } : run);
    remove = 0;
  }
  return { runs: kept, marker: match.replace(/[\s\u00a0]+/g, '') };
}
