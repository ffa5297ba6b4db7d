// A caption's embedded credit, as the rules need it: the parsed credit, and the exact characters of the
// caption that hold it, so a problem can point at them and a fix can take them out.

import { splitCaption } from '../credits/parse-credit.ts';
import type { Credit } from '../story/schema.ts';

export interface CaptionParts {
  /** The caption without its credit. */
  text: string;
  /** The credit the caption embeds, or null when it has none. */
  credit: Credit | null;
  /** The credit as the caption writes it: "(AP Photo/Richard Drew)". */
  creditText: string;
  /** Where the credit is in the caption. */
  creditRange: { start: number; end: number } | null;
  /** The replacement in the caption that takes the credit out (and the space or dash before it). */
  removal: { start: number; end: number; text: string } | null;
}

export function captionParts(caption: string): CaptionParts {
  const split = splitCaption(caption);
  if (!split.credit) return { text: caption, credit: null, creditText: '', creditRange: null, removal: null };
  // splitCaption reads the trimmed caption, whose end its credit is.
  const end = caption.trimEnd().length;
  const start = end - split.creditText.length;
  const found = start >= 0 && caption.slice(start, end) === split.creditText;
  return {
    text: split.caption,
    credit: split.credit,
    creditText: split.creditText,
    creditRange: found ? { start, end } : null,
    // Only the credit goes: space before the caption is not this fix's business.
    removal: smallestChange(caption, caption.slice(0, caption.length - caption.trimStart().length) + split.caption),
  };
}

/**
 * The one replacement that turns `before` into `after`: what lies between their common start and their
 * common end. Null when the two are equal.
 */
export function smallestChange(before: string, after: string): { start: number; end: number; text: string } | null {
  if (before === after) return null;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start++;
  let fromEnd = 0;
  while (
    fromEnd < shortest - start &&
    before[before.length - 1 - fromEnd] === after[after.length - 1 - fromEnd]
  ) {
    fromEnd++;
  }
  return { start, end: before.length - fromEnd, text: after.slice(start, after.length - fromEnd) };
}
