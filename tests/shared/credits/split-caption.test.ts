import { describe, expect, it } from 'vitest';
import { splitCaption } from '../../../shared/credits/parse-credit.ts';
import { captionCases } from './credit-fixtures.ts';

describe('splitCaption()', () => {
  it("has the fixture's captions with a credit (lines 4, 11, 20, 55, 67) and without one (lines 36, 76)", () => {
    const sources = captionCases.map((entry) => entry.source ?? '');
    for (const line of [4, 11, 20, 55, 67, 36, 76]) {
      expect(sources.some((source) => source.startsWith(`cnn-courthouse-arrests.txt line ${line}`))).toBe(true);
    }
  });

  it.each(captionCases)('splits $text', ({ text, caption, creditText, credit }) => {
    expect(splitCaption(text)).toEqual({ caption, creditText, credit });
  });

  it('keeps the credit exactly as written, and the caption exactly as written up to it', () => {
    for (const { text } of captionCases) {
      const split = splitCaption(text);
      if (!split.credit) continue;
      expect(text.trim().endsWith(split.creditText)).toBe(true);
      expect(text.startsWith(split.caption)).toBe(true);
    }
  });

  it('leaves no empty parentheses or dangling dash behind', () => {
    expect(splitCaption('Crowds gather in Paris. — REUTERS/Stephanie Lecocq').caption).toBe('Crowds gather in Paris.');
    expect(splitCaption('Crowds gather in Paris ()(AP Photo/Richard Drew)').caption).toBe('Crowds gather in Paris');
  });

  it('does not take a parenthesis in the middle of a caption for its credit', () => {
    const text = 'Watched by Kirstjen Nielsen (L) and Mike Pence, Donald Trump signs an order (Photo by Mandel Ngan / AFP)';
    expect(splitCaption(text)).toMatchObject({
      caption: 'Watched by Kirstjen Nielsen (L) and Mike Pence, Donald Trump signs an order',
      creditText: '(Photo by Mandel Ngan / AFP)',
    });
  });
});
