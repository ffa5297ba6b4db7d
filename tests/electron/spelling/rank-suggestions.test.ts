import { describe, expect, it } from 'vitest';
import { editDistance, rankSuggestions } from '../../../electron/spelling/rank-suggestions.ts';

describe('editDistance()', () => {
  it('counts a swap of two neighbours as half an edit, and other edits as one', () => {
    expect(editDistance('teh', 'the')).toBe(0.5);
    expect(editDistance('teh', 'ten')).toBe(1);
    expect(editDistance('recieve', 'receive')).toBe(0.5);
    expect(editDistance('courthose', 'courthouse')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('rankSuggestions()', () => {
  it('puts the swapped-letters fix first and keeps the order of equals', () => {
    expect(rankSuggestions('teh', ['tenth', 'ten'])).toEqual(['ten', 'tenth']);
    expect(rankSuggestions('teh', ['ten', 'eh', 'meh', 'tea', 'tech', 'ted', 'tee', 'tel', 'the'])).toEqual([
      'the', 'ten', 'eh', 'meh', 'tea', 'tech', 'ted', 'tee', 'tel',
    ]);
  });

  it('leaves out abbreviations in capitals unless the word is one', () => {
    expect(rankSuggestions('teh', ['NEH', 'the'])).toEqual(['the']);
    expect(rankSuggestions('NEHH', ['NEH'])).toEqual(['NEH']);
  });

  it('ignores the case of the first letter when measuring', () => {
    expect(rankSuggestions('Thier', ['Thief', 'Their'])).toEqual(['Their', 'Thief']);
  });
});
