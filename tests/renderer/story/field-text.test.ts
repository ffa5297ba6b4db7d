import { describe, expect, it } from 'vitest';
import { keywordsToText, textToKeywords } from '../../../renderer/src/story/field-text.ts';

describe('textToKeywords()', () => {
  it('splits on commas, trims, and drops empty entries and repeats', () => {
    expect(textToKeywords('immigration, courts,, ICE , Immigration,')).toEqual(['immigration', 'courts', 'ICE']);
  });

  it('round-trips through the text the form shows', () => {
    expect(textToKeywords(keywordsToText(['courts', 'new york']))).toEqual(['courts', 'new york']);
  });
});
