import { describe, expect, it } from 'vitest';
import { personalDictionary } from '../../../shared/spelling/personal-dictionary.ts';

describe('personalDictionary()', () => {
  const dictionary = personalDictionary(['Pompeo', 'sakauye', 'Nguyễn', 'o’neill']);

  it('accepts an entry as written and with a possessive', () => {
    expect(dictionary.accepts('Pompeo')).toBe(true);
    expect(dictionary.accepts("Pompeo's")).toBe(true);
  });

  it('accepts a lower-case entry capitalised, but not a capitalised entry in lower case', () => {
    expect(dictionary.accepts('Sakauye')).toBe(true);
    expect(dictionary.accepts('sakauye')).toBe(true);
    expect(dictionary.accepts('pompeo')).toBe(false);
  });

  it('reads entries as the checker reads words: composed, apostrophes straightened', () => {
    expect(dictionary.accepts('Nguyễn'.normalize('NFC'))).toBe(true);
    expect(dictionary.accepts("o'neill")).toBe(true);
  });

  it('accepts nothing else', () => {
    expect(dictionary.accepts('recieve')).toBe(false);
    expect(personalDictionary([]).accepts('Pompeo')).toBe(false);
  });
});
