import { describe, expect, it } from 'vitest';
import { creditsAgree } from '../../../shared/credits/compare-credits.ts';
import { formatCreditLine } from '../../../shared/credits/format-credit.ts';
import { parseCredit, splitCaption } from '../../../shared/credits/parse-credit.ts';
import { Credit } from '../../../shared/story/schema.ts';
import { creditFormats } from './credit-fixtures.ts';
import { seededRandom } from '../../fixtures/seeded-random.ts';

// AP prints a person or an unknown body alone in parentheses; nothing in "(Jane Doe)" says it is a credit
// rather than a name in a caption, so those lines do not read back on their own.
const AP_LINES_THAT_ARE_BARE_NAMES = ['(Jane Doe)', '(U.S. Navy)'];

describe('parseCredit()', () => {
  it('has a fixture for every credit form the issue and NEWSROOM.md name, and more', () => {
    expect(creditFormats.length).toBeGreaterThanOrEqual(40);
    const texts = creditFormats.map((format) => format.text);
    for (const named of [
      '(AP Photo/Richard Drew)',
      '(AP Photo)',
      '(Brian Gottesman/The New York Times via AP)',
      '(Carlos Barria/Pool via AP)',
      'PHOTO: John Moore/Getty Images',
      '(Photo by Mandel Ngan / AFP) (Photo credit should read MANDEL NGAN/AFP/Getty Images)',
      'REUTERS/Danish Siddiqui/Files',
      'Credit: Reuters/Darren Whiteside',
      'REUTERS/Stringer',
      'Bloomberg via Getty Images',
      '(c)AFP/Name',
      'Photo credit should read: Jonathan Brady/PA Wire',
    ]) {
      expect(texts).toContain(named);
    }
  });

  describe.each(creditFormats)('reads $text', ({ text, credit, lines }) => {
    it('into the expected credit', () => {
      expect(parseCredit(text)).toEqual(credit);
    });

    it('which each house style prints as expected', () => {
      const parsed = parseCredit(text)!;
      expect({
        cnn: formatCreditLine(parsed, 'cnn'),
        ap: formatCreditLine(parsed, 'ap'),
        getty: formatCreditLine(parsed, 'getty'),
      }).toEqual(lines);
    });

    it('which reads back the same from its CNN line', () => {
      const reread = parseCredit(lines.cnn);
      expect(reread, lines.cnn).not.toBeNull();
      expect(creditsAgree(reread!, credit), lines.cnn).toBe(true);
    });

    it('which reads back the same from its AP line, unless that line is a bare name', () => {
      const reread = parseCredit(lines.ap);
      if (AP_LINES_THAT_ARE_BARE_NAMES.includes(lines.ap)) return expect(reread).toBeNull();
      expect(reread, lines.ap).not.toBeNull();
      expect(creditsAgree(reread!, credit), lines.ap).toBe(true);
    });
  });

  it('gives a credit the story schema accepts', () => {
    for (const { text } of creditFormats) expect(() => Credit.parse(parseCredit(text))).not.toThrow();
  });

  it.each([
    ['(L)', 'a position in a picture'],
    ['(C)', 'a position that is also the copyright sign'],
    ['(File)', 'a marker with no source'],
    ['Stringer', 'no one'],
    ['(Pre-set 9:30AM | Final Gather 11:15AM -- Palm Room Doors)', 'a pool note from the fixture'],
    ['trump king of jordan visit', 'a slug from the fixture'],
    ['Trump meeting 06202018', 'a file name from the fixture'],
    ['Jane Doe', 'a name alone: nothing says it is a credit'],
    ['The quick brown fox jumps over the lazy dog', 'a sentence'],
    ['despite the Trump administration', 'the end of a sentence'],
    ['(2018)', 'a year'],
    ['PHOTO: From Facebook', 'a phrase, not a name'],
    ['MANDATORY CREDIT, NO SALES', 'restrictions alone'],
    ['', 'nothing'],
    ['   ', 'spaces'],
    ['(AP Photo/Richard Drew', 'a credit cut short'],
    ['AP Photo/Richard Drew) (', 'parentheses the wrong way round'],
    [`${'Jane Doe/'.repeat(100)}AP`, 'longer than any credit'],
  ])('finds no credit in %j (%s)', (text) => {
    expect(parseCredit(text)).toBeNull();
  });

  it('reads restrictions wherever they stand, in the order written, in capitals', () => {
    expect(parseCredit('EPA/US NAVY HANDOUT EDITORIAL USE ONLY/NO SALES')?.restrictions).toEqual([
      'EDITORIAL USE ONLY',
      'NO SALES',
    ]);
    expect(parseCredit('(AP Photo/Richard Drew) Mandatory Credit, no archives, HONG KONG OUT')?.restrictions).toEqual([
      'MANDATORY CREDIT',
      'NO ARCHIVES',
      'HONG KONG OUT',
    ]);
  });

  it('reads odd spacing, no-break spaces and full-width slashes as the plain ones', () => {
    const expected = parseCredit('(AP Photo/Richard Drew)');
    expect(parseCredit('  ( AP\u00a0Photo ／ Richard   Drew )  ')).toEqual(expected);
    expect(parseCredit('(AP Photo/Richard Drew).')).toEqual(expected);
  });

  it('does not mistake an organisation with "and" or a comma for several photographers', () => {
    expect(parseCredit('Department of Health and Human Services via AP')).toMatchObject({
      photographers: [],
      organization: 'Department of Health and Human Services',
      via: 'AP',
    });
    expect(parseCredit('John Smith, Jr./AP')).toMatchObject({ photographers: ['John Smith Jr.'], organization: 'AP' });
  });
});

// Never throwing is checked on a few hundred strings built from credit pieces, unicode and noise, with a
// seeded generator so a failure can be replayed.
describe('parseCredit() and splitCaption() on any input', () => {
  const PIECES = [
    '(', ')', '((', '))', '/', ' / ', '|', ' via ', ' VIA ', 'via', ', ', ',', '.', '. ', ' - ', '--', ':', ';',
    'AP Photo', 'PHOTO:', 'Photo by ', 'Photo credit should read', 'Credit:', '©', '(c)', 'Copyright ', '2024',
    'Courtesy of ', 'Handout', 'POOL', 'Pool', 'File', 'Files', 'Stringer', 'STR', 'REUTERS', 'Getty Images', 'AFP',
    'EPA-EFE', 'Richard Drew', 'MANDEL NGAN', 'de la', 'McDonald', "O'BRIEN", 'Jae C. Hong', ' and ', ' & ', ' for ',
    'MANDATORY CREDIT', 'NO SALES', 'CHINA OUT', 'NO', 'OUT', 'the', 'The', ' ', '  ', '\n', '\t', '\u00a0',
    '\u200b', '\ufeff', '\u0000', '\u202e', 'é', 'e\u0301', 'İ', 'ß', 'ǅ', '\ud83d\ude00', '\ud83d', '\ude00', '中文',
    'العربية', 'Ⅻ', '١٢٣', 'ﬁ', '$&', '$1', '\\', '[', ']', '{', '}', '*', '+', '?', '^', '.*', '(?:', 'x'.repeat(50),
    '/'.repeat(30), '('.repeat(20), ')'.repeat(20), ' via'.repeat(15), 'A and '.repeat(12),
  ];

  const inputs: string[] = [];
  const random = seededRandom(20260301);
  for (let i = 0; i < 400; i++) {
    const count = 1 + Math.floor(random() * 14);
    let text = '';
    for (let j = 0; j < count; j++) {
      text +=
        random() < 0.8
          ? PIECES[Math.floor(random() * PIECES.length)]
          : String.fromCharCode(Math.floor(random() * 0xffff));
    }
    inputs.push(text);
  }
  inputs.push('a'.repeat(100_000), `${'x. '.repeat(20_000)}(AP Photo/Richard Drew)`, '('.repeat(5000), ' '.repeat(5000));

  it('never throws, and every credit it gives is one the story schema accepts', () => {
    for (const text of inputs) {
      const credit = parseCredit(text);
      if (credit) expect(() => Credit.parse(credit), JSON.stringify(text)).not.toThrow();
    }
  });

  it('splits a caption into parts of itself, and gives it back whole when there is no credit', () => {
    for (const text of inputs) {
      const split = splitCaption(text);
      expect(text.includes(split.caption), JSON.stringify(text)).toBe(true);
      expect(text.includes(split.creditText), JSON.stringify(text)).toBe(true);
      if (split.credit) expect(() => Credit.parse(split.credit)).not.toThrow();
      else expect(split).toEqual({ caption: text.trim(), credit: null, creditText: '' });
    }
  });

  it('still finds the credit at the end of a very long caption, quickly', () => {
    const started = performance.now();
    const split = splitCaption(`${'Words of a very long caption. '.repeat(5000)}(AP Photo/Richard Drew)`);
    expect(split.creditText).toBe('(AP Photo/Richard Drew)');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('treats values that are not text as no credit', () => {
    expect(parseCredit(undefined as unknown as string)).toBeNull();
    expect(splitCaption(null as unknown as string)).toEqual({ caption: '', credit: null, creditText: '' });
  });
});
