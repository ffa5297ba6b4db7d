// "TK" (to come) and "XX" are what reporters type for a fact still to be checked; one left in is an error
// (Ghost's TK check). Whole words only, in any case: "TK", "tktk", "XXX" and "$XX million" are caught,
// "TKO" and "XXL" are not. Known limit: the Roman numerals XX and XXX ("Super Bowl XXX") are flagged too.
// Every text a reader sees is checked; the editor's notes are not published and may hold a TK.

import type { LintRuleFamily } from '../rule.ts';

const PLACEHOLDER = {
  id: 'placeholder-left',
  severity: 'error',
  title: 'Placeholder left in (TK, XX)',
  description: 'A "TK" or "XX" placeholder for a fact still to come is left in the text.',
} as const;

const WORD_CHARACTER = '[\\p{L}\\p{M}\\p{N}_]';
const PLACEHOLDER_WORD = new RegExp(`(?<!${WORD_CHARACTER})(?:tk(?:tk)*|xxx*)(?!${WORD_CHARACTER})`, 'giu');

export const placeholderRules: LintRuleFamily = {
  rules: [PLACEHOLDER],
  check({ parts, report }) {
    for (const { path, text } of parts.texts) {
      for (const match of text.matchAll(PLACEHOLDER_WORD)) {
        report(PLACEHOLDER, `“${match[0]}” is a placeholder left in: put in the fact it stands for.`, {
          path,
          start: match.index,
          end: match.index + match[0].length,
        });
      }
    }
  },
};
