// The text a story is searched by, and the folding that makes search ignore case and accents.
//
// Folding keeps the length: the folded text has one UTF-16 unit for each unit of the original, so a match
// found in the folded text is at the same place in the original, and the snippet shown under a result is
// cut from the original words ("Zürich", "O’Brien") without mapping positions back.

import { bodyText, type Story } from '../../shared/story/index.ts';

/** Letters that carry their mark inside them (no canonical decomposition), and typographic punctuation. */
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ħ: 'h', Ħ: 'h', ı: 'i', ŧ: 't', Ŧ: 't',
  '‘': "'", '’': "'", '‚': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ',
};

const NON_ASCII = /[^\x00-\x7f]/g;
const COMBINING_MARKS = /^\p{M}+$/u;
const folded = new Map<string, string>();

/** One UTF-16 unit folded to one unit: the base letter without its accents, or the unit unchanged. */
function foldUnit(unit: string): string {
  let result = folded.get(unit);
  if (result !== undefined) return result;
  result = EXTRA_FOLDS[unit] ?? unit;
  if (result === unit) {
    const decomposed = unit.normalize('NFD');
    // Only accents come off: a Hangul syllable also decomposes, into letters, and must stay whole.
    if (decomposed.length > 1 && COMBINING_MARKS.test(decomposed.slice(1))) result = decomposed[0]!;
  }
  folded.set(unit, result);
  return result;
}

/**
 * Lowercase, without accents, curly quotes straightened — and exactly as long as `text`. (Lowercasing keeps
 * the length once "İ" has become "I": it is the only letter whose lowercase is longer. A final sigma is the
 * same letter as any other sigma.)
 */
export function foldForSearch(text: string): string {
  const lower = text.replace(NON_ASCII, foldUnit).toLowerCase();
  return lower.includes('ς') ? lower.replaceAll('ς', 'σ') : lower;
}

/** The words of a query, folded: every one must occur for a story to match. */
export function queryWords(query: string): string[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return [...new Set(words)];
}

/** What a story is searched by: the headline and slug (matched in the summary) and these words of the body. */
export function searchableBody(story: Pick<Story, 'subheadline' | 'highlights' | 'body'>): string {
  return [story.subheadline, ...story.highlights, bodyText(story)].filter((part) => part.trim() !== '').join('\n');
}
