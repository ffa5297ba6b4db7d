import { describe, expect, it } from 'vitest';
import { foldForSearch, queryWords, searchableBody } from '../../../electron/library/library-search-text.ts';
import { createStory } from '../../../shared/story/create.ts';

describe('foldForSearch()', () => {
  it('lowercases and takes the accents off letters', () => {
    expect(foldForSearch('Zürich ÉCOLE São Paulo Kraków')).toBe('zurich ecole sao paulo krakow');
  });

  it('folds letters whose mark is part of them, and straightens curly quotes', () => {
    expect(foldForSearch('Łódź Øresund Đakovo “O’Brien”')).toBe(`lodz oresund dakovo "o'brien"`);
  });

  it('keeps a Hangul syllable whole rather than splitting it into letters', () => {
    expect(foldForSearch('한국 서울')).toBe('한국 서울');
  });

  it('treats a final sigma as a sigma', () => {
    expect(foldForSearch('ΟΔΟΣ')).toBe(foldForSearch('οδοσ'));
  });

  it('keeps the length of any text, so a place in the folded text is the same place in the original', () => {
    const awkward = 'İstanbul ß ﬁnance e\u0301 😀 𐐀 Ǆ ǅ ΐ \ud800 tab\there';
    expect(foldForSearch(awkward)).toHaveLength(awkward.length);
    expect(foldForSearch('İstanbul')).toBe('istanbul');
  });
});

describe('queryWords()', () => {
  it('splits a query into folded words, each once', () => {
    expect(queryWords('  Zürich   harbour zurich\tCafé ')).toEqual(['zurich', 'harbour', 'cafe']);
  });

  it('has no words for a blank query', () => {
    expect(queryWords(' \n ')).toEqual([]);
  });
});

describe('searchableBody()', () => {
  it('holds the subheadline, the highlights and the words of the body, captions and video titles included', () => {
    const story = {
      ...createStory({ id: '01jq0000000000000000000000', now: new Date('2026-01-01T00:00:00Z'), headline: 'Headline' }),
      subheadline: 'A dek',
      highlights: ['First bullet'],
      body: [
        { type: 'paragraph' as const, children: [{ text: 'Body ' }, { type: 'link' as const, url: 'https://example.com', children: [{ text: 'linked' }] }] },
      ],
    };
    expect(searchableBody(story)).toBe('A dek\nFirst bullet\nBody linked');
  });
});
