import { describe, expect, it } from 'vitest';
import { highlightsToText, keywordsToText, textToHighlights, textToKeywords } from '../../../renderer/src/story/field-text.ts';

describe('textToHighlights()', () => {
  it('makes one highlight per line, trimmed, without empty lines', () => {
    expect(textToHighlights('  DHS says courthouses are not sensitive\n\nArrests rose in 2017 \n')).toEqual([
      'DHS says courthouses are not sensitive',
      'Arrests rose in 2017',
    ]);
  });

  it('round-trips through the text the form shows', () => {
    const highlights = ['One', 'Two'];
    expect(textToHighlights(highlightsToText(highlights))).toEqual(highlights);
  });
});

describe('textToKeywords()', () => {
  it('splits on commas, trims, and drops empty entries and repeats', () => {
    expect(textToKeywords('immigration, courts,, ICE , Immigration,')).toEqual(['immigration', 'courts', 'ICE']);
  });

  it('round-trips through the text the form shows', () => {
    expect(textToKeywords(keywordsToText(['courts', 'new york']))).toEqual(['courts', 'new york']);
  });
});
