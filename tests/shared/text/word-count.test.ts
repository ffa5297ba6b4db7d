import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../shared/text/word-count.ts';

describe('countWords()', () => {
  it('counts English words, with numbers, contractions and hyphenated compounds as one word each', () => {
    expect(countWords("Los Angeles said reporting is down by one-quarter, or 1,200 cases; it's 3.5%.")).toBe(13);
  });

  it('counts each Chinese or Japanese character, since those scripts do not space words', () => {
    expect(countWords('移民局在法院逮捕')).toBe(8);
    expect(countWords('東京で会見')).toBe(5);
  });

  it('counts a character of the CJK extensions beyond U+30000 (plane 3) as a word of its own, whatever the text around it', () => {
    // U+30000 is Han, in extension G: found by the body word count's property test, when a Latin letter beside
    // it was counted as one word with it unless some other CJK character elsewhere in the text turned on the
    // CJK pass.
    expect(countWords('İ\u{30000}')).toBe(2);
    expect(countWords('İ\u{30000} 　')).toBe(2);
  });

  it('counts every character the same whether or not the text holds a CJK character elsewhere (every code point)', () => {
    // The Han character at the end makes the count take its passes for scripts without spaces; without it, a
    // quick test decides whether they are needed. Both ways must agree for every character there is.
    const differing: string[] = [];
    for (let codePoint = 0x80; codePoint <= 0x3ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const text = `a${String.fromCodePoint(codePoint)}`;
      if (countWords(text) + 1 !== countWords(`${text} 一`)) differing.push(`U+${codePoint.toString(16).toUpperCase()}`);
    }
    expect(differing).toEqual([]);
  });

  it('ignores punctuation and dashes standing alone', () => {
    expect(countWords('(CNN) — The letter – released Friday')).toBe(5);
  });

  it('counts nothing in an empty or blank text', () => {
    expect(countWords('   \n ')).toBe(0);
  });
});

describe('readingMinutes()', () => {
  it('rounds to whole minutes at 230 words a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(50)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});

describe('countWords() on scripts without spaces', () => {
  it('splits Thai into words with the platform dictionary', () => {
    expect(countWords('สวัสดีครับ')).toBe(2);
  });

  it('counts a mixed Latin and Chinese headline', () => {
    expect(countWords('Apple 发布 iPhone 手机')).toBe(6);
  });
});

describe('countWords() against the regular expression that defines a word', () => {
  /** The definition: letters, marks and digits, joined by an apostrophe, a hyphen, or a point or comma. */
  const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-\u2010\u2011.,][\p{L}\p{M}\p{N}]+)*/gu;
  const PALETTE = ['\uD835', 'a', 'Z', '7', 'é', 'ß', 'ж', 'ع', 'ा', '\u0301', '𝒜', '😀', ' ', '\n', "'", '’', '-', '‐', '‑', '.', ',', '—', '(', ')', '“', '%'];

  it('counts the same as the definition on thousands of random spaced texts', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 3000; run++) {
      const length = Math.floor(random() * 40);
      const text = Array.from({ length }, () => PALETTE[Math.floor(random() * PALETTE.length)]).join('');
      expect(countWords(text), JSON.stringify(text)).toBe([...text.matchAll(WORD)].length);
    }
  });

  it('counts a joiner at the very end as no part of a word', () => {
    expect(countWords("rock-")).toBe(1);
    expect(countWords("it's.")).toBe(1);
    expect(countWords('-1')).toBe(1);
  });
});
