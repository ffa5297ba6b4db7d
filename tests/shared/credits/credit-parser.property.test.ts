import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditsAgree } from '../../../shared/credits/compare-credits.ts';
import { CREDIT_PLACEHOLDERS, formatCreditLine, joinNames, validateCreditPattern } from '../../../shared/credits/format-credit.ts';
import { parseCredit, splitCaption } from '../../../shared/credits/parse-credit.ts';
import { Credit } from '../../../shared/story/schema.ts';
import { awkwardCharacter, awkwardText, hostileText } from '../../fixtures/arbitraries/hostile-text.ts';
import { credit as anyValidCredit } from '../../fixtures/arbitraries/stories.ts';
import { expectReadableMessage } from '../../fixtures/arbitraries/typed-failure.ts';
import { creditFormats } from './credit-fixtures.ts';

// Property-based: credits are read out of whatever captions and pages hold (imports, pastes, lint), and the
// parser promises never to throw. What it finds must be a credit the story schema accepts as it is — a
// photographer with a ";" or a stray space would make the story unsavable — and the house-style lines it
// prints for the agencies' own forms read back as the same credit.

// ── inputs ───────────────────────────────────────────────────────────────────────────────────────────────

const PHOTOGRAPHERS = [...new Set(creditFormats.flatMap((format) => format.credit.photographers))].filter(
  (name) => name.length > 2 && name !== 'Name',
);
// "the family", "the Smith family" are courtesy credits' holders, not sources a picture comes from.
const ORGANIZATIONS = [...new Set(creditFormats.map((format) => format.credit.organization))].filter((name) => !/^the /.test(name));
const DISTRIBUTORS = [...new Set(creditFormats.map((format) => format.credit.via))];
const RESTRICTIONS = [...new Set(creditFormats.flatMap((format) => format.credit.restrictions))];

/** The pieces credit lines are made of, agencies' and noise, to build text that is almost a credit. */
const CREDIT_PIECES = [
  '(', ')', '/', ' / ', ' via ', ', ', '.', ' - ', ':', ';', '|', '©', '(c)', 'AP Photo', 'PHOTO:', 'Photo by ',
  'Photo credit should read ', 'Credit:', 'Courtesy of ', 'Handout', 'Pool', 'File', 'Files', 'Stringer', 'STR',
  'REUTERS', 'Getty Images', 'AFP', ' and ', ' for ', 'Copyright 2024 ', '(12345678a)',
  ...PHOTOGRAPHERS.slice(0, 12), ...ORGANIZATIONS.slice(0, 12), ...RESTRICTIONS,
];
const almostACredit = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CREDIT_PIECES) }, { weight: 1, arbitrary: awkwardText({ maxLength: 4 }) }), { maxLength: 12 })
  .map((pieces) => pieces.join(''));
const creditText = fc.oneof(hostileText, almostACredit);
/** A caption with, often, something like a credit at its end. */
const captionText = fc
  .tuple(fc.oneof(hostileText, fc.constant('A man walks past the courthouse in Washington on Tuesday.')), fc.constantFrom('', ' ', '. ', '  ', ' -- ', '\n', ' ('), almostACredit)
  .map(([caption, joiner, credit]) => `${caption}${joiner}${credit}`);

/** An agency credit as a desk would file it: known photographers, organisations, distributors, restrictions. */
const agencyCredit: fc.Arbitrary<Credit> = fc
  .record({
    photographers: fc.subarray(PHOTOGRAPHERS, { maxLength: 2 }),
    organization: fc.constantFrom(...ORGANIZATIONS),
    via: fc.constantFrom(...DISTRIBUTORS),
    kind: fc.option(fc.constantFrom('staff', 'pool', 'handout', 'file', 'courtesy') as fc.Arbitrary<Credit['kind']>, { nil: undefined }),
    restrictions: fc.subarray(RESTRICTIONS, { maxLength: 2 }),
    copyright: fc.constant(''),
  })
  .map(({ kind, ...rest }) => (kind ? { ...rest, kind } : rest));

// ── properties ───────────────────────────────────────────────────────────────────────────────────────────

/** A credit the story schema accepts exactly as it is (nothing trimmed, dropped or defaulted). */
function expectSchemaCredit(value: Credit): void {
  const checked = Credit.safeParse(value);
  expect(checked.success, JSON.stringify(value)).toBe(true);
  expect(checked.data).toEqual(value);
}

describe('reading a credit out of any text', () => {
  it('never throws, and what it finds is a credit the story schema accepts as it is', () => {
    fc.assert(
      fc.property(creditText, (text) => {
        const found = parseCredit(text);
        if (found !== null) expectSchemaCredit(found);
      }),
      { numRuns: 4000 },
    );
  });

  it('finds nothing in what is not text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.object()), (value) => {
        expect(parseCredit(value as unknown as string)).toBeNull();
        expect(splitCaption(value as unknown as string)).toEqual({ caption: '', credit: null, creditText: '' });
      }),
      { numRuns: 200 },
    );
  });
});

describe('splitting a caption from the credit at its end', () => {
  it('never throws, and the caption and the credit are the start and the end of what was written', () => {
    fc.assert(
      fc.property(captionText, (text) => {
        const whole = text.trim();
        const split = splitCaption(text);
        if (split.credit === null) {
          expect(split).toEqual({ caption: whole, credit: null, creditText: '' });
          return;
        }
        expectSchemaCredit(split.credit);
        expect(whole.startsWith(split.caption)).toBe(true);
        expect(whole.endsWith(split.creditText)).toBe(true);
        expect(split.creditText).not.toBe('');
        expect(split.caption.length + split.creditText.length).toBeLessThanOrEqual(whole.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('printing a credit in a house style', () => {
  /** Preferences take a custom pattern of at most this many characters. */
  const MAX_PATTERN_LENGTH = 200;
  const styles = fc.constantFrom('cnn' as const, 'ap' as const, 'getty' as const);

  it('prints any valid credit as one line in every built-in style, or nothing for a credit naming no one', () => {
    fc.assert(
      fc.property(anyValidCredit, styles, (credit, style) => {
        const line = formatCreditLine(credit, style);
        expect(typeof line).toBe('string');
        expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(line).toBe(line.trim());
      }),
      { numRuns: 3000 },
    );
  });

  it('prints any valid credit with any custom pattern without throwing', () => {
    const placeholder = fc.constantFrom(...CREDIT_PLACEHOLDERS.map((name) => `{${name}}`));
    const pattern = fc
      .array(fc.oneof(placeholder, fc.constantFrom('[', ']', '{', '}', '\\', ' via ', '/', '{photographer}', '{}'), awkwardCharacter), { maxLength: 16 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(anyValidCredit, fc.oneof(pattern, awkwardText({ maxLength: MAX_PATTERN_LENGTH })), (credit, custom) => {
        expect(typeof formatCreditLine(credit, 'custom', custom)).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('says what is wrong with any custom pattern at a place inside it, in words', () => {
    const pattern = fc
      .array(fc.oneof(fc.constantFrom('[', ']', '{', '}', '\\', '{photographers}', '{Photographer}', '{organisation}', '{}'), awkwardCharacter), { maxLength: 16 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(pattern, awkwardText({ maxLength: MAX_PATTERN_LENGTH })), (custom) => {
        for (const problem of validateCreditPattern(custom)) {
          expect(problem.at).toBeGreaterThanOrEqual(0);
          expect(problem.at).toBeLessThanOrEqual(Math.max(0, custom.length - 1));
          expectReadableMessage(problem.message);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('reading back a line printed in a house style', () => {
  it('reads every CNN line back as the same credit', () => {
    fc.assert(
      fc.property(agencyCredit, (credit) => {
        const line = formatCreditLine(credit, 'cnn');
        if (line === '') return;
        const reread = parseCredit(line);
        expect(reread, line).not.toBeNull();
        expect(creditsAgree(reread!, credit), `${line} read back as ${JSON.stringify(reread)}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads every AP line back as the same credit, except a bare name in parentheses (restrictions or not), which it leaves alone', () => {
    fc.assert(
      fc.property(agencyCredit, (credit) => {
        const line = formatCreditLine(credit, 'ap');
        if (line === '') return;
        const reread = parseCredit(line);
        // "(U.S. Navy)", "(Jane Doe)": nothing says a name in parentheses is a credit rather than part of a caption.
        // Restrictions after it do not change that.
        const bareName = `(${credit.organization || joinNames(credit.photographers)})`;
        if (reread === null) {
          expect(line.startsWith(bareName), line).toBe(true);
          return;
        }
        expect(creditsAgree(reread, credit), `${line} read back as ${JSON.stringify(reread)}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

// A counterexample the properties above found, kept as a plain test.
describe('splitting the caption the properties found', () => {
  it('splits a caption with 60,000 spaces inside it from its credit in under two seconds', () => {
    // The regex that trimmed the caption tried the run of spaces from each of its characters: ten seconds.
    const caption = `A man walks past the courthouse${' '.repeat(60_000)}in Washington on Tuesday. (AP Photo/Richard Drew)`;
    const start = performance.now();
    const split = splitCaption(caption);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(split.creditText).toBe('(AP Photo/Richard Drew)');
  });
});
