import { describe, expect, it } from 'vitest';
import { isAllCapitals, isCapitalised, normalizeWord, wordsOf } from '../../../shared/spelling/words.ts';

const words = (text: string) => wordsOf(text).map((token) => token.word);
const starts = (text: string) => Object.fromEntries(wordsOf(text).map((token) => [token.word, token.sentenceStart]));

describe('wordsOf()', () => {
  it('gives each word with the characters it covers', () => {
    const text = 'The port reopened today.';
    const tokens = wordsOf(text);
    expect(tokens.map((token) => token.word)).toEqual(['The', 'port', 'reopened', 'today']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word);
  });

  it('keeps apostrophes inside a word and straightens curly ones, pointing at the text as written', () => {
    const text = 'We don’t know Trump’s plan, or the States’ answer.';
    const tokens = wordsOf(text);
    expect(tokens.map((token) => token.word)).toEqual(['We', "don't", 'know', "Trump's", 'plan', 'or', 'the', 'States', 'answer']);
    const dont = tokens[1]!;
    expect(text.slice(dont.start, dont.end)).toBe('don’t');
  });

  it('checks a hyphenated compound part by part', () => {
    const text = 'Chief Justice Tani Cantil-Sakauye and a state-of-the-art court';
    const tokens = wordsOf(text);
    expect(tokens.map((token) => token.word)).toEqual([
      'Chief', 'Justice', 'Tani', 'Cantil', 'Sakauye', 'and', 'state', 'of', 'the', 'art', 'court',
    ]);
    const sakauye = tokens[4]!;
    expect(text.slice(sakauye.start, sakauye.end)).toBe('Sakauye');
  });

  it('reads accented and non-ASCII Latin letters as letters, composed', () => {
    expect(words('Señora Gómez visited the café in Łódź')).toEqual(['Señora', 'Gómez', 'visited', 'the', 'café', 'in', 'Łódź']);
    expect(normalizeWord('cafe\u0301')).toBe('café');
  });

  it('skips words in other scripts, since only English ships', () => {
    expect(words('The Кремль said 東京 and Αθήνα were calm')).toEqual(['The', 'said', 'and', 'were', 'calm']);
  });

  it('skips words with digits, single letters and words in capitals', () => {
    expect(words('COVID-19 cases in 2020s rose; the FBI and NATO said x86 chips a b')).toEqual([
      'cases', 'in', 'rose', 'the', 'and', 'said', 'chips',
    ]);
  });

  it('keeps words in capitals when asked', () => {
    expect(wordsOf('WASHINGTON', { keepCapitals: true }).map((token) => token.word)).toEqual(['WASHINGTON']);
  });

  it('skips web addresses, e-mail addresses, handles, tags and dotted forms', () => {
    expect(
      words('See https://www.cnn.com/2018/politics/arrests or www.example.org/pagez, mail tips@cnn.com, follow @cnnbrk #brekingnews, cnn.com, e.g. the U.S. courts'),
    ).toEqual(['See', 'or', 'mail', 'follow', 'the', 'courts']);
  });

  it('says which words open a sentence', () => {
    expect(starts('The judge said. Pompeo left')).toMatchObject({ The: true, judge: false, Pompeo: true, left: false });
    expect(starts('He asked: Why now?')).toMatchObject({ Why: true });
    expect(starts('She said, “Nobody knows.” Then Nielsen spoke')).toMatchObject({ Nobody: true, Then: true, Nielsen: false });
    expect(starts('(CNN) — The court')).toMatchObject({ The: true });
  });

  it('does not take a title or an initial for the end of a sentence', () => {
    expect(starts('Secretary Mr. Pompeo met John F. Kennedy Jr. Smith')).toMatchObject({ Pompeo: false, Kennedy: false, Smith: false });
  });
});

describe('isAllCapitals() and isCapitalised()', () => {
  it('tell abbreviations from capitalised words', () => {
    expect(isAllCapitals('FBI')).toBe(true);
    expect(isAllCapitals("DON'T")).toBe(true);
    expect(isAllCapitals('Pompeo')).toBe(false);
    expect(isCapitalised('Pompeo')).toBe(true);
    expect(isCapitalised('McCarthy')).toBe(true);
    expect(isCapitalised('FBI')).toBe(false);
    expect(isCapitalised('court')).toBe(false);
  });
});
