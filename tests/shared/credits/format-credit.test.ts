import { describe, expect, it } from 'vitest';
import { Preferences } from '../../../shared/bridge/preferences.ts';
import {
  creditIsEmpty,
  DEFAULT_CREDIT_PATTERN,
  formatCreditLine,
  joinNames,
  validateCreditPattern,
} from '../../../shared/credits/format-credit.ts';
import type { Credit } from '../../../shared/story/schema.ts';

/** A credit with the schema's defaults; built by hand so that untidy values can be tried too. */
const credit = (fields: Partial<Credit>): Credit => ({
  photographers: [],
  organization: '',
  via: '',
  restrictions: [],
  copyright: '',
  ...fields,
});

// The credits of NEWSROOM.md's table, as data.
const richardDrew = credit({ photographers: ['Richard Drew'], organization: 'AP', kind: 'staff' });
const apNoName = credit({ organization: 'AP' });
const johnMoore = credit({ photographers: ['John Moore'], organization: 'Getty Images', kind: 'staff' });
const nytViaAp = credit({ photographers: ['Brian Gottesman'], organization: 'The New York Times', via: 'AP' });
const afp = credit({ photographers: ['Mandel Ngan'], organization: 'AFP', via: 'Getty Images' });
const bloomberg = credit({ organization: 'Bloomberg', via: 'Getty Images' });
const gammaRapho = credit({ photographers: ['Name'], organization: 'Gamma-Rapho', via: 'Getty Images' });
const pool = credit({ kind: 'pool' });
const carlosBarria = credit({ photographers: ['Carlos Barria'], via: 'AP', kind: 'pool' });
const cnn = credit({ organization: 'CNN', kind: 'staff' });
const richardDrewFile = credit({ photographers: ['Richard Drew'], organization: 'AP', kind: 'file' });
const empty = credit({});

describe('joinNames()', () => {
  it('joins two photographers with "and" and three or more with commas and a final "and", without a serial comma', () => {
    expect(joinNames(['Richard Drew'])).toBe('Richard Drew');
    expect(joinNames(['Richard Drew', 'Evan Vucci'])).toBe('Richard Drew and Evan Vucci');
    expect(joinNames(['A One', 'B Two', 'C Three'])).toBe('A One, B Two and C Three');
    expect(joinNames(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
  });

  it('skips blank names and tidies spacing', () => {
    expect(joinNames(['  Richard   Drew ', ' ', 'Evan Vucci'])).toBe('Richard Drew and Evan Vucci');
    expect(joinNames([])).toBe('');
  });
});

describe('creditIsEmpty()', () => {
  it('is true for a credit that names no one', () => {
    expect(creditIsEmpty(empty)).toBe(true);
    expect(creditIsEmpty(credit({ photographers: ['  '], organization: ' ', via: '' }))).toBe(true);
  });

  it('is false as soon as a photographer, organisation or distributor is named', () => {
    expect(creditIsEmpty(credit({ photographers: ['Richard Drew'] }))).toBe(false);
    expect(creditIsEmpty(credit({ organization: 'CNN' }))).toBe(false);
    expect(creditIsEmpty(credit({ via: 'AP' }))).toBe(false);
  });

  it('is false for a pool or handout picture, which is credited to "Pool" or "Handout" by itself', () => {
    expect(creditIsEmpty(pool)).toBe(false);
    expect(creditIsEmpty(credit({ kind: 'handout' }))).toBe(false);
  });

  it('is true when only restrictions, a copyright holder or a kind that names no one are given', () => {
    expect(creditIsEmpty(credit({ restrictions: ['MANDATORY CREDIT'], copyright: '© 2018 Jane Doe' }))).toBe(true);
    expect(creditIsEmpty(credit({ kind: 'file' }))).toBe(true);
    expect(creditIsEmpty(credit({ kind: 'courtesy' }))).toBe(true);
  });
});

describe('formatCreditLine() in CNN style', () => {
  const cnnLine = (c: Credit) => formatCreditLine(c, 'cnn');

  it('prints the lines of the CNN fixture', () => {
    expect(cnnLine(richardDrew)).toBe('PHOTO: Richard Drew/AP');
    expect(cnnLine(johnMoore)).toBe('PHOTO: John Moore/Getty Images');
    expect(cnnLine(pool)).toBe('PHOTO: Pool');
    expect(cnnLine(cnn)).toBe('PHOTO: CNN');
    expect(cnnLine(credit({ photographers: ['Brynn Anderson'], organization: 'AP' }))).toBe('PHOTO: Brynn Anderson/AP');
    expect(
      cnnLine(credit({ photographers: ['Scott Olson'], organization: 'Getty Images North America', via: 'Getty Images' })),
    ).toBe('PHOTO: Scott Olson/Getty Images North America/Getty Images');
  });

  it('prints an AFP picture distributed by Getty with slashes, as the fixture does, with the normalised name', () => {
    expect(cnnLine(afp)).toBe('PHOTO: Mandel Ngan/AFP/Getty Images');
    expect(cnnLine(bloomberg)).toBe('PHOTO: Bloomberg/Getty Images');
  });

  it('prints other distributors after " via ", as they ask', () => {
    expect(cnnLine(nytViaAp)).toBe('PHOTO: Brian Gottesman/The New York Times via AP');
    expect(cnnLine(carlosBarria)).toBe('PHOTO: Carlos Barria/Pool via AP');
  });

  it('credits a handout to its organisation, or to "Handout" when there is none', () => {
    expect(cnnLine(credit({ organization: 'U.S. Navy', via: 'AP', kind: 'handout' }))).toBe('PHOTO: U.S. Navy via AP');
    expect(cnnLine(credit({ via: 'Reuters', kind: 'handout' }))).toBe('PHOTO: Handout via Reuters');
    expect(cnnLine(credit({ kind: 'handout' }))).toBe('PHOTO: Handout');
  });

  it('prints a courtesy picture as "Courtesy …"', () => {
    expect(cnnLine(credit({ photographers: ['Jane Doe'], kind: 'courtesy' }))).toBe('PHOTO: Courtesy Jane Doe');
    expect(cnnLine(credit({ organization: 'the Smith family', kind: 'courtesy' }))).toBe('PHOTO: Courtesy the Smith family');
  });

  it('leaves file and pool markers, restrictions and copyright out of the line', () => {
    expect(cnnLine(richardDrewFile)).toBe('PHOTO: Richard Drew/AP');
    expect(cnnLine(credit({ photographers: ['Evan Vucci'], organization: 'AP', kind: 'pool' }))).toBe('PHOTO: Evan Vucci/AP');
    expect(cnnLine(credit({ ...richardDrew, restrictions: ['MANDATORY CREDIT'], copyright: 'AP' }))).toBe(
      'PHOTO: Richard Drew/AP',
    );
  });

  it('joins several photographers', () => {
    expect(cnnLine(credit({ photographers: ['Richard Drew', 'Evan Vucci'], organization: 'AP' }))).toBe(
      'PHOTO: Richard Drew and Evan Vucci/AP',
    );
  });

  it('prints a distributor that repeats the organisation once', () => {
    expect(cnnLine(credit({ photographers: ['John Moore'], organization: 'Getty Images', via: 'getty images' }))).toBe(
      'PHOTO: John Moore/Getty Images',
    );
  });

  it('prints a photographer with no organisation alone', () => {
    expect(cnnLine(credit({ photographers: ['Jane Doe'] }))).toBe('PHOTO: Jane Doe');
  });
});

describe('formatCreditLine() in AP style', () => {
  const apLine = (c: Credit) => formatCreditLine(c, 'ap');

  it('prints AP staff pictures as "(AP Photo/Name)" and "(AP Photo)" without a name', () => {
    expect(apLine(richardDrew)).toBe('(AP Photo/Richard Drew)');
    expect(apLine(apNoName)).toBe('(AP Photo)');
  });

  it('counts "Associated Press" and "The Associated Press" as AP', () => {
    expect(apLine(credit({ photographers: ['Evan Vucci'], organization: 'The Associated Press' }))).toBe(
      '(AP Photo/Evan Vucci)',
    );
    expect(apLine(credit({ organization: 'Associated Press' }))).toBe('(AP Photo)');
  });

  it('marks AP file and pool pictures after the name, or after a slash with no name', () => {
    expect(apLine(richardDrewFile)).toBe('(AP Photo/Richard Drew, File)');
    expect(apLine(credit({ organization: 'AP', kind: 'file' }))).toBe('(AP Photo/File)');
    expect(apLine(credit({ photographers: ['Evan Vucci'], organization: 'AP', kind: 'pool' }))).toBe(
      '(AP Photo/Evan Vucci, Pool)',
    );
  });

  it('prints another organisation distributed by AP as "(Name/Organisation via AP)"', () => {
    expect(apLine(nytViaAp)).toBe('(Brian Gottesman/The New York Times via AP)');
    expect(apLine(carlosBarria)).toBe('(Carlos Barria/Pool via AP)');
    expect(apLine(credit({ ...nytViaAp, kind: 'file' }))).toBe('(Brian Gottesman/The New York Times via AP, File)');
  });

  it('prints other agencies in parentheses with " via " for the distributor', () => {
    expect(apLine(johnMoore)).toBe('(John Moore/Getty Images)');
    expect(apLine(afp)).toBe('(Mandel Ngan/AFP via Getty Images)');
    expect(apLine(credit({ photographers: ['Kevin Lamarque'], organization: 'Reuters', kind: 'pool' }))).toBe(
      '(Kevin Lamarque/Reuters, Pool)',
    );
  });

  it('prints restrictions after the credit, in capitals', () => {
    expect(apLine(credit({ ...richardDrew, restrictions: ['MANDATORY CREDIT'] }))).toBe(
      '(AP Photo/Richard Drew) MANDATORY CREDIT',
    );
    expect(apLine(credit({ ...nytViaAp, restrictions: ['Mandatory credit', 'no sales'] }))).toBe(
      '(Brian Gottesman/The New York Times via AP) MANDATORY CREDIT, NO SALES',
    );
  });

  it('prints handouts and courtesy pictures', () => {
    expect(apLine(credit({ organization: 'U.S. Navy', via: 'AP', kind: 'handout' }))).toBe('(U.S. Navy via AP)');
    expect(apLine(credit({ photographers: ['Jane Doe'], via: 'AP', kind: 'courtesy' }))).toBe(
      '(Courtesy of Jane Doe via AP)',
    );
  });

  it('joins three photographers', () => {
    expect(apLine(credit({ photographers: ['A One', 'B Two', 'C Three'], organization: 'AP' }))).toBe(
      '(AP Photo/A One, B Two and C Three)',
    );
  });
});

describe('formatCreditLine() in Getty style', () => {
  const gettyLine = (c: Credit) => formatCreditLine(c, 'getty');

  it('prints "Photo by" before a named photographer', () => {
    expect(gettyLine(johnMoore)).toBe('Photo by John Moore/Getty Images');
    expect(gettyLine(afp)).toBe('Photo by Mandel Ngan/AFP via Getty Images');
    expect(gettyLine(gammaRapho)).toBe('Photo by Name/Gamma-Rapho via Getty Images');
  });

  it('prints an organisation alone without "Photo by"', () => {
    expect(gettyLine(bloomberg)).toBe('Bloomberg via Getty Images');
    expect(gettyLine(pool)).toBe('Pool');
  });

  it('prints a courtesy picture as "Photo courtesy of …"', () => {
    expect(gettyLine(credit({ photographers: ['Jane Doe'], kind: 'courtesy' }))).toBe('Photo courtesy of Jane Doe');
  });

  it('leaves restrictions out of the line', () => {
    expect(gettyLine(credit({ ...johnMoore, restrictions: ['NO SALES'] }))).toBe('Photo by John Moore/Getty Images');
  });
});

describe('formatCreditLine() with an empty credit', () => {
  it('prints nothing in any style', () => {
    for (const style of ['cnn', 'ap', 'getty', 'custom'] as const) {
      expect(formatCreditLine(empty, style, '{photographers}/{organization}')).toBe('');
      expect(formatCreditLine(credit({ restrictions: ['NO SALES'], copyright: 'AP' }), style, '{copyright}')).toBe('');
    }
  });
});

describe('formatCreditLine() with a custom pattern', () => {
  const custom = (c: Credit, pattern?: string) => formatCreditLine(c, 'custom', pattern);
  const withVia = '{photographers}/{organization} via {via}';

  it('fills the placeholders', () => {
    expect(custom(nytViaAp, withVia)).toBe('Brian Gottesman/The New York Times via AP');
    const everything = credit({ ...richardDrewFile, restrictions: ['NO SALES'], copyright: '2018 AP' });
    expect(custom(everything, '{kind}: {photographers} ({organization}) {restrictions} © {copyright}')).toBe(
      'File: Richard Drew (AP) NO SALES © 2018 AP',
    );
  });

  it('drops the separator before an empty placeholder, so no "/" or " via " dangles', () => {
    expect(custom(richardDrew, withVia)).toBe('Richard Drew/AP');
    expect(custom(bloomberg, withVia)).toBe('Bloomberg via Getty Images');
    expect(custom(credit({ photographers: ['Jane Doe'], via: 'AP' }), withVia)).toBe('Jane Doe via AP');
    expect(custom(credit({ via: 'AP' }), withVia)).toBe('AP');
  });

  it('keeps the text before the first placeholder and after the last', () => {
    expect(custom(cnn, 'PHOTO: {photographers}/{organization}')).toBe('PHOTO: CNN');
    expect(custom(credit({ photographers: ['Jane Doe'] }), '({photographers}/{organization})')).toBe('(Jane Doe)');
  });

  it('drops an optional group when a placeholder in it is empty', () => {
    const pattern = '({photographers}/{organization}[, {kind}])';
    expect(custom(richardDrewFile, pattern)).toBe('(Richard Drew/AP, File)');
    expect(custom(richardDrew, '{photographers}/{organization}[ ({copyright})]')).toBe('Richard Drew/AP');
    expect(custom(credit({ ...richardDrew, copyright: 'AP' }), '{photographers}/{organization}[ ({copyright})]')).toBe(
      'Richard Drew/AP (AP)',
    );
  });

  it('keeps an outer group when only an inner group is empty', () => {
    const pattern = '{photographers}[/{organization}[ via {via}]]';
    expect(custom(nytViaAp, pattern)).toBe('Brian Gottesman/The New York Times via AP');
    expect(custom(richardDrew, pattern)).toBe('Richard Drew/AP');
    expect(custom(credit({ photographers: ['Jane Doe'], via: 'AP' }), pattern)).toBe('Jane Doe');
  });

  it('credits a pool or handout picture with no organisation to "Pool" or "Handout"', () => {
    expect(custom(pool)).toBe('Pool');
    expect(custom(carlosBarria, withVia)).toBe('Carlos Barria/Pool via AP');
  });

  it('prints escaped brackets and braces as they are', () => {
    expect(custom(richardDrew, '\\[{organization}\\] \\{{photographers}\\} \\\\')).toBe('[AP] {Richard Drew} \\');
  });

  it('prints nothing when every placeholder in the pattern is empty', () => {
    expect(custom(richardDrew, 'Photo: {via}[ ({copyright})]')).toBe('');
  });

  it('uses the default pattern when none is given or the pattern has problems', () => {
    expect(custom(richardDrew)).toBe('Richard Drew/AP');
    expect(custom(richardDrew, '{photographer} via {via')).toBe('Richard Drew/AP');
    expect(custom(richardDrew, 'no placeholders')).toBe('Richard Drew/AP');
  });

  it('has the same default pattern as the preferences', () => {
    expect(Preferences.parse({ libraryPath: '/library' }).customCreditPattern).toBe(DEFAULT_CREDIT_PATTERN);
  });
});

describe('validateCreditPattern()', () => {
  it('finds nothing wrong with usable patterns', () => {
    for (const pattern of [
      DEFAULT_CREDIT_PATTERN,
      '{photographers}/{organization} via {via}',
      'PHOTO: {photographers}/{organization}[ via {via}]',
      '{photographers}[/{organization}[ via {via}]][ {restrictions}][ © {copyright}][, {kind}]',
      '{ photographers }',
      '\\[{organization}\\]',
    ]) {
      expect(validateCreditPattern(pattern), pattern).toEqual([]);
    }
  });

  it('names an unknown placeholder and suggests the one probably meant', () => {
    expect(validateCreditPattern('{photographer}/{organization}')).toEqual([
      { at: 0, message: 'Unknown placeholder {photographer} at character 1: did you mean {photographers}?' },
    ]);
    expect(validateCreditPattern('{Organisation}')[0]?.message).toMatch(/did you mean \{organization\}\?/);
    expect(validateCreditPattern('{Via}')[0]?.message).toMatch(/did you mean \{via\}\?/);
  });

  it('lists the placeholders when it cannot guess', () => {
    expect(validateCreditPattern('{agency}')[0]?.message).toBe(
      'Unknown placeholder {agency} at character 1: use one of {photographers}, {organization}, {via}, {kind}, {restrictions}, {copyright}',
    );
    expect(validateCreditPattern('{}/{organization}')[0]?.message).toMatch(/^"\{\}" at character 1 names no placeholder/);
  });

  it('finds unbalanced brackets', () => {
    expect(validateCreditPattern('{photographers}[ via {via}')).toEqual([
      { at: 15, message: 'The "[" at character 16 is never closed with "]"' },
    ]);
    expect(validateCreditPattern('{photographers}] via {via}')).toEqual([
      { at: 15, message: 'The "]" at character 16 closes no optional group (write "\\]" to print it)' },
    ]);
  });

  it('finds unbalanced braces', () => {
    expect(validateCreditPattern('{photographers}/{organization')).toEqual([
      { at: 16, message: 'The "{" at character 17 is never closed with "}"' },
    ]);
    expect(validateCreditPattern('{photographers}}')).toEqual([
      { at: 15, message: 'The "}" at character 16 closes no placeholder (write "\\}" to print it)' },
    ]);
  });

  it('finds an optional group that could never print', () => {
    expect(validateCreditPattern('{organization}[ (file)]')).toEqual([
      { at: 14, message: 'The optional group at character 15 holds no placeholder, so it would never print' },
    ]);
  });

  it('finds a pattern with no placeholder at all, or an empty one', () => {
    expect(validateCreditPattern('PHOTO: CNN')[0]?.message).toMatch(/^The pattern has no placeholder/);
    expect(validateCreditPattern('')).toHaveLength(1);
  });

  it('finds a backslash with nothing after it', () => {
    expect(validateCreditPattern('{organization}\\')[0]?.message).toMatch(/^The "\\" at character 15 has nothing after it/);
  });

  it('lists several problems in the order they occur', () => {
    const problems = validateCreditPattern('[{photographer}/{organisation}');
    expect(problems.map((problem) => problem.at)).toEqual([0, 1, 16]);
  });
});
