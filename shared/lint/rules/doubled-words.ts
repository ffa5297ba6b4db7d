// A word typed twice ("the the"), and two spaces where one belongs. Case does not matter ("The the").
// Not flagged: numbers ("10 10") and the doubles English grammar makes — "had had" ("she had had enough")
// and "that that" ("he said that that was wrong"). The fix removes the second word or the extra spaces.

import type { LintRuleFamily } from '../rule.ts';
import { wordAround } from '../text-offsets.ts';

const DOUBLED_WORD = {
  id: 'doubled-word',
  severity: 'warning',
  title: 'Doubled word',
  description: 'The same word twice in a row, as in "the the".',
} as const;

const DOUBLED_SPACE = {
  id: 'doubled-space',
  severity: 'warning',
  title: 'Doubled space',
  description: 'Two or more spaces in a row where one belongs.',
} as const;

const JOINER = /['’\-\u2010\u2011]/;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const WHITESPACE = /^\s$/;
const GRAMMATICAL_DOUBLES = new Set(['had', 'that']);
const HAS_LETTER = /\p{L}/u;
/** Spaces, no-break spaces included; tabs and line breaks are not for this rule. */
const SPACES = /[ \u00a0]{2,}/g;

/** Whether each UTF-16 code unit outside the surrogates is a letter, mark or digit: 1 yes, 2 no, 0 not yet known. */
const wordUnits = new Uint8Array(0x10000);

/** How long the word character at `i` is (1, or 2 for one outside the BMP), or 0 when it is not one. */
function wordCharacterAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const point = text.codePointAt(i)!;
    return point > 0xffff && WORD_CHARACTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = wordUnits[unit]!;
  if (known === 0) wordUnits[unit] = known = WORD_CHARACTER.test(text[i]!) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

function isBlank(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== 32 && !(unit < 32 ? unit >= 9 && unit <= 13 : unit > 127 && WHITESPACE.test(text[i]!))) return false;
  }
  return true;
}

interface Doubled {
  /** Where the first word starts and the second ends. */
  start: number;
  end: number;
  /** Where the first word ends and the second starts. */
  firstEnd: number;
  secondStart: number;
}

function sameWord(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) {
      return text.slice(a, a + length).toLowerCase() === text.slice(b, b + length).toLowerCase();
    }
  }
  return true;
}

/**
 * Each word that follows itself across nothing but white space, case ignored. One pass over the characters,
 * comparing each word with the one before: a regular expression with a case-blind back-reference took
 * 60 ms on a 190,000-word story. Parts of a compound or a contraction are not doubles ("well-being being",
 * "is isn’t").
 */
function doubledWords(text: string): Doubled[] {
  const found: Doubled[] = [];
  let previousStart = -1;
  let previousEnd = -1;
  let i = 0;
  while (i < text.length) {
    const width = wordCharacterAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    for (let step = width; step > 0; step = wordCharacterAt(text, i)) i += step;
    const end = i;
    const length = end - start;
    if (
      length === previousEnd - previousStart &&
      isBlank(text, previousEnd, start) &&
      sameWord(text, previousStart, start, length) &&
      HAS_LETTER.test(text.slice(start, end)) &&
      !GRAMMATICAL_DOUBLES.has(text.slice(start, end).toLowerCase()) &&
      !JOINER.test(text[previousStart - 1] ?? '') &&
      !(JOINER.test(text[end] ?? '') && wordCharacterAt(text, end + 1) > 0)
    ) {
      found.push({ start: previousStart, end, firstEnd: previousEnd, secondStart: start });
    }
    previousStart = start;
    previousEnd = end;
  }
  return found;
}

export const doubledWordRules: LintRuleFamily = {
  rules: [DOUBLED_WORD, DOUBLED_SPACE],
  check({ parts, isEnabled, report }) {
    const words = isEnabled(DOUBLED_WORD);
    const spaces = isEnabled(DOUBLED_SPACE);
    for (const { path, text } of parts.texts) {
      if (words) {
        for (const { start, end, firstEnd, secondStart } of doubledWords(text)) {
          report(DOUBLED_WORD, `“${text.slice(start, firstEnd)}” is written twice.`, { path, start, end }, {
            label: `Remove the second “${text.slice(secondStart, end)}”`,
            edits: [{ kind: 'replace-text', path, start: firstEnd, end, text: '' }],
          });
        }
      }
      if (spaces) {
        for (const match of text.matchAll(SPACES)) {
          const start = match.index;
          const end = start + match[0].length;
          report(
            DOUBLED_SPACE,
            `${match[0].length} spaces in a row in “${wordAround(text, start, end)}”: one is enough.`,
            { path, start, end },
            { label: 'Use one space', edits: [{ kind: 'replace-text', path, start, end, text: ' ' }] },
          );
        }
      }
    }
  },
};
