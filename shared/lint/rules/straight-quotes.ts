// Straight quotes and apostrophes where curly ones belong ("It's" → "It’s", "\"Yes\"" → "“Yes”"). Which curly
// quote a straight one becomes is decided by the rules the editor applies as you type (curl-quotes.ts), so
// the check, its fix and typing never disagree; web addresses keep their straight quotes.
// Alt text is not checked: it is read aloud, never printed.

import { curlQuotes } from './curl-quotes.ts';
import type { LintRuleFamily } from '../rule.ts';
import { wordAround } from '../text-offsets.ts';

const STRAIGHT_QUOTE = {
  id: 'straight-quote',
  severity: 'warning',
  title: 'Straight quotes',
  description: 'A straight quote or apostrophe (" or \') where house style prints a curly one (“ ” ‘ ’).',
} as const;

const STRAIGHT = /["']/;

export const straightQuoteRules: LintRuleFamily = {
  rules: [STRAIGHT_QUOTE],
  check({ parts, report }) {
    for (const { path, text, kind } of parts.texts) {
      if (kind === 'alt' || !STRAIGHT.test(text)) continue;
      for (const { offset, straight, curly } of curlQuotes(text)) {
        const what = straight === "'" ? (curly === '’' ? 'apostrophe' : 'single quote') : 'quote';
        report(
          STRAIGHT_QUOTE,
          `Straight ${what} in “${wordAround(text, offset, offset + 1)}”: house style uses ${curly}.`,
          { path, start: offset, end: offset + 1 },
          { label: `Replace with ${curly}`, edits: [{ kind: 'replace-text', path, start: offset, end: offset + 1, text: curly }] },
        );
      }
    }
  },
};
