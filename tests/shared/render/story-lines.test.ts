import { describe, expect, it } from 'vitest';
import { bylineLine, creditLine, datelineLabel } from '../../../shared/render/story-lines.ts';
import type { Credit } from '../../../shared/story/schema.ts';

const credit = (overrides: Partial<Credit>): Credit => ({
  photographers: [],
  organization: '',
  via: '',
  restrictions: [],
  copyright: '',
  ...overrides,
});

describe('datelineLabel()', () => {
  it('prints the place in capitals and the source in parentheses', () => {
    expect(datelineLabel({ location: 'Washington', source: 'AP' })).toBe('WASHINGTON (AP)');
    expect(datelineLabel({ location: '', source: 'CNN' })).toBe('(CNN)');
    expect(datelineLabel({ location: 'jakarta', source: '' })).toBe('JAKARTA');
    expect(datelineLabel({ location: ' ', source: '' })).toBe('');
  });
});

describe('bylineLine()', () => {
  it('names one organisation once when everyone shares it', () => {
    expect(bylineLine([{ name: 'Laura Jarrett', title: '', organization: 'CNN' }])).toBe('By Laura Jarrett, CNN');
    expect(
      bylineLine([
        { name: 'Laura Jarrett', title: '', organization: 'CNN' },
        { name: 'Evan Perez', title: '', organization: 'CNN' },
        { name: 'Jake Tapper', title: '', organization: 'CNN' },
      ]),
    ).toBe('By Laura Jarrett, Evan Perez and Jake Tapper, CNN');
  });

  it('gives each person their title and organisation when they differ', () => {
    expect(
      bylineLine([
        { name: 'Dana Example', title: 'Investigations editor', organization: 'The Planet' },
        { name: 'Luis Ortega', title: '', organization: 'Reuters' },
      ]),
    ).toBe('By Dana Example, Investigations editor, The Planet, and Luis Ortega, Reuters');
  });

  it('is empty for an empty byline', () => {
    expect(bylineLine([])).toBe('');
  });
});

describe('creditLine()', () => {
  it('prints a photo credit in the house style', () => {
    const drew = credit({ photographers: ['Richard Drew'], organization: 'AP' });
    expect(creditLine(drew, { creditStyle: 'cnn' })).toBe('PHOTO: Richard Drew/AP');
    expect(creditLine(drew, { creditStyle: 'ap' })).toBe('(AP Photo/Richard Drew)');
  });

  it('says VIDEO where the style names the medium', () => {
    expect(creditLine(credit({ organization: 'CNN' }), { creditStyle: 'cnn' }, 'video')).toBe('VIDEO: CNN');
    expect(creditLine(credit({ photographers: ['Jo Bo'], organization: 'AP' }), { creditStyle: 'ap' }, 'video')).toBe('(AP Video/Jo Bo)');
    expect(creditLine(credit({ photographers: ['Jo Bo'], organization: 'Getty Images' }), { creditStyle: 'getty' }, 'video')).toBe(
      'Video by Jo Bo/Getty Images',
    );
    expect(
      creditLine(credit({ photographers: ['Jo Bo'], organization: 'CNN' }), { creditStyle: 'custom', customCreditPattern: 'Photo: {photographers}' }, 'video'),
    ).toBe('Photo: Jo Bo');
  });
});
