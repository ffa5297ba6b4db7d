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
