import { describe, expect, it } from 'vitest';
import { creditsAgree, normalizePersonName } from '../../../shared/credits/compare-credits.ts';
import { parseCredit } from '../../../shared/credits/parse-credit.ts';
import type { Credit } from '../../../shared/story/schema.ts';
import { agreementCases } from './credit-fixtures.ts';

const credit = (fields: Partial<Credit>): Credit => ({
  photographers: [],
  organization: '',
  via: '',
  restrictions: [],
  copyright: '',
  ...fields,
});

describe('creditsAgree()', () => {
  it.each(agreementCases)('$a and $b: $why', ({ a, b, agree }) => {
    const left = parseCredit(a);
    const right = parseCredit(b);
    expect(left, a).not.toBeNull();
    expect(right, b).not.toBeNull();
    expect(creditsAgree(left!, right!)).toBe(agree);
    expect(creditsAgree(right!, left!)).toBe(agree);
  });

  it('ignores the kind and the copyright holder, which are not a different source', () => {
    const drew = credit({ photographers: ['Richard Drew'], organization: 'AP', kind: 'staff' });
    expect(creditsAgree(drew, { ...drew, kind: 'file' })).toBe(true);
    expect(creditsAgree(drew, { ...drew, kind: undefined, copyright: 'AP' })).toBe(true);
  });

  it('reads "Associated Press", "The Associated Press" and "AP", "Getty" and "Getty Images" as one', () => {
    const names = ['AP', 'Associated Press', 'The Associated Press', 'ap'];
    for (const a of names) for (const b of names) expect(creditsAgree(credit({ organization: a }), credit({ organization: b }))).toBe(true);
    expect(creditsAgree(credit({ organization: 'AFP', via: 'Getty' }), credit({ organization: 'AFP', via: 'Getty Images' }))).toBe(true);
    expect(creditsAgree(credit({ organization: 'U.S. Navy' }), credit({ organization: 'US Navy' }))).toBe(true);
  });

  it('tells empty credits apart from named ones', () => {
    expect(creditsAgree(credit({}), credit({}))).toBe(true);
    expect(creditsAgree(credit({}), credit({ organization: 'CNN' }))).toBe(false);
  });
});

describe('normalizePersonName()', () => {
  it.each([
    ['MANDEL NGAN', 'Mandel Ngan'],
    ['JOHN MCDONALD', 'John McDonald'],
    ['JUAN DE LA CRUZ', 'Juan de la Cruz'],
    ['DE LA CRUZ', 'De la Cruz'],
    ['ROBIN VAN PERSIE', 'Robin van Persie'],
    ["CONAN O'BRIEN", "Conan O'Brien"],
    ['JEAN-PIERRE MARTIN', 'Jean-Pierre Martin'],
    ['JAE C. HONG', 'Jae C. Hong'],
    ['MARTIN LUTHER KING JR.', 'Martin Luther King Jr.'],
    ['HENRY FORD III', 'Henry Ford III'],
    ['BASHAR AL-ASSAD', 'Bashar al-Assad'],
    ['JOSÉ LUIS MAGAÑA', 'José Luis Magaña'],
    ['ÖZAN KÖSE', 'Özan Köse'],
  ])('turns %j into %j', (name, expected) => {
    expect(normalizePersonName(name)).toBe(expected);
  });

  it.each(['John McDonald', 'Ron DeSantis', 'Andrés de la Cruz', 'Vincent van Gogh', 'bell hooks', 'Jae C. Hong'])(
    'leaves %j, already in mixed case, alone',
    (name) => {
      expect(normalizePersonName(name)).toBe(name);
    },
  );

  it('normalises each word in capitals and keeps the others: "Mandel NGAN" → "Mandel Ngan"', () => {
    expect(normalizePersonName('Mandel NGAN')).toBe('Mandel Ngan');
    expect(normalizePersonName('  MANDEL   NGAN ')).toBe('Mandel Ngan');
  });
});
