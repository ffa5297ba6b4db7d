// What a person looks for, as a regular expression: the words typed in the Find field taken literally, with
// "Match case" and "Whole word". A straight quote in the query also finds the curly ones the editor types
// (smart quotes are on by default), so "Sakauye's" finds "Sakauye’s".

export interface FindQuery {
  text: string;
  matchCase: boolean;
  wholeWord: boolean;
}

/** A letter, mark, digit or underscore in any script: what a "whole word" may not run on into. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const WORD_CLASS = '[\\p{L}\\p{M}\\p{N}_]';

/** Each quote the query may hold, and every way the story may write it. */
const QUOTE_FORMS: Record<string, string> = {
  "'": "['‘’]",
  '‘': "['‘’]",
  '’': "['‘’]",
  '"': '["“”]',
  '“': '["“”]',
  '”': '["“”]',
};

const escapeChar = (char: string) => QUOTE_FORMS[char] ?? char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The expression that finds the query, global and Unicode-aware; null for an empty query. Whole word holds
 * only at an edge of the query that is itself a word character ("-ICE" still finds "pre-ICE").
 */
export function matcherFor(query: FindQuery): RegExp | null {
  if (query.text === '') return null;
  const chars = [...query.text];
  let source = chars.map(escapeChar).join('');
  if (query.wholeWord) {
    if (WORD_CHAR.test(chars[0]!)) source = `(?<!${WORD_CLASS})${source}`;
    if (WORD_CHAR.test(chars[chars.length - 1]!)) source = `${source}(?!${WORD_CLASS})`;
  }
  return new RegExp(source, query.matchCase ? 'gu' : 'giu');
}

/** Start and end of every match of the query in `text`, in order and never overlapping. */
export function matchesIn(text: string, matcher: RegExp): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  matcher.lastIndex = 0;
  for (const match of text.matchAll(matcher)) {
    if (match[0] === '') continue;
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}
