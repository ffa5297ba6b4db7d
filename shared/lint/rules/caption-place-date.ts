// AP practice: a caption's first sentence says who or what, where (city, state) and when (weekday and date)
// (NEWSROOM.md, "Captions"). Whether a sentence names a place is a guess, so these are hints (info) a desk
// may switch off, and the guess leans towards silence:
// - when: a weekday, a month ("Sept. 25", "June 11"; "May" only before a number), a year, or a numeric date;
// - where: "in", "at", "near", "outside" … followed by a capitalised name that is not a day or a month
//   ("in McAllen, Texas", "at U.N. headquarters", "outside the White House").
// The caption's own credit is left out first, so "(AP Photo)" is not taken for a place.

import type { LintRuleFamily } from '../rule.ts';

const NO_PLACE = {
  id: 'caption-no-place',
  severity: 'info',
  title: 'Caption does not say where',
  description: 'AP captions say where the picture was taken (city, state) in their first sentence.',
} as const;

const NO_DATE = {
  id: 'caption-no-date',
  severity: 'info',
  title: 'Caption does not say when',
  description: 'AP captions say when the picture was taken (weekday and date) in their first sentence.',
} as const;

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS =
  'January|February|March|April|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.';
const DATE = new RegExp(
  [
    `\\b(?:${WEEKDAYS})\\b`,
    `\\b(?:${MONTHS})(?![\\p{L}])`,
    '\\bMay\\s+\\d',
    '\\b(?:1[89]|20)\\d\\d\\b',
    '\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b',
  ].join('|'),
  'u',
);
const NOT_A_PLACE = new RegExp(`^(?:${WEEKDAYS}|${MONTHS}|May)$`);
const PLACE = /\b(?:in|at|near|outside|inside|from|across|along|off|over|into|on|aboard)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}.'’-]*)/gu;

function namesPlace(text: string): boolean {
  for (const match of text.matchAll(PLACE)) {
    const word = match[1]!;
    if (!NOT_A_PLACE.test(word) && !NOT_A_PLACE.test(word.replace(/\.$/, ''))) return true;
  }
  return false;
}

export const captionPlaceDateRules: LintRuleFamily = {
  rules: [NO_PLACE, NO_DATE],
  check({ parts, captionParts, report }) {
    for (const { path, picture } of parts.pictures) {
      const text = captionParts(picture.caption).text;
      if (!text.trim()) continue;
      const where = { path: [...path, 'caption'] };
      if (!namesPlace(text)) report(NO_PLACE, 'The caption does not say where: AP captions name the city and state.', where);
      if (!DATE.test(text)) report(NO_DATE, 'The caption does not say when: AP captions give the weekday and date.', where);
    }
  },
};
