// The spell checker with the real, shipped English dictionary.

import { describe, expect, it } from 'vitest';
import { loadEnglishDictionary } from '../../../electron/spelling/english-dictionary.ts';
import { createSpellChecker, MAX_SUGGEST_LENGTH } from '../../../electron/spelling/spell-checker.ts';

function checker(personal: string[] = []) {
  return createSpellChecker({ personalWords: () => personal });
}

describe('loadEnglishDictionary()', () => {
  it('loads the shipped dictionary once and shares it', async () => {
    const first = loadEnglishDictionary();
    expect(loadEnglishDictionary()).toBe(first);
    const { speller, loadMilliseconds } = await first;
    expect(speller.correct('courthouse')).toBe(true);
    expect(loadMilliseconds).toBeGreaterThan(0);
  });
});

describe('createSpellChecker()', () => {
  it('flags "recieve" and suggests "receive" first', async () => {
    const spelling = checker();
    expect(await spelling.misspelt(['recieve'])).toEqual(['recieve']);
    expect((await spelling.suggest('recieve'))[0]).toBe('receive');
  });

  it('keeps the capital of a misspelt word in its suggestions', async () => {
    expect((await checker().suggest('Recieve'))[0]).toBe('Receive');
  });

  it('knows newsroom words, names in the dictionary, and contractions with either apostrophe', async () => {
    expect(await checker().misspelt(['courthouse', 'don’t', "don't", 'Nielsen', 'lawmakers', "Trump's", 'judge’s'])).toEqual([]);
  });

  it('never flags numbers, addresses, abbreviations in capitals or words in other scripts', async () => {
    expect(await checker().misspelt(['COVID-19', '2018', 'tips@cnn.com', 'https://cnn.com', 'FBI', 'NATO', 'Кремль', '東京'])).toEqual([]);
  });

  it('flags a misspelt part of a compound, and lower-case names', async () => {
    expect(await checker().misspelt(['state-of-the-art', 'well-knwon', 'washington', 'Washington'])).toEqual(['well-knwon', 'washington']);
  });

  it('accepts the personal dictionary, with a capital at the start of a sentence and with a possessive', async () => {
    const spelling = checker(['Pompeo', 'sakauye']);
    expect(await spelling.misspelt(['Pompeo', "Pompeo's", 'Pompeo’s', 'sakauye', 'Sakauye', 'pompeo'])).toEqual(['pompeo']);
    expect(await spelling.suggest('Pompeo')).toEqual([]);
  });

  it('reads the personal dictionary at every call, so an added or removed word counts at once', async () => {
    const personal: string[] = [];
    const spelling = checker(personal);
    expect(await spelling.misspelt(['Sakauye'])).toEqual(['Sakauye']);
    personal.push('Sakauye');
    expect(await spelling.misspelt(['Sakauye'])).toEqual([]);
    personal.pop();
    expect(await spelling.misspelt(['Sakauye'])).toEqual(['Sakauye']);
  });

  it('answers each misspelt word once', async () => {
    expect(await checker().misspelt(['teh', 'court', 'teh', 'recieve'])).toEqual(['teh', 'recieve']);
  });

  it('offers nothing for a right word, a number, or a word too long to guess at, quickly', async () => {
    const spelling = checker();
    expect(await spelling.suggest('courthouse')).toEqual([]);
    expect(await spelling.suggest('2018')).toEqual([]);
    const started = performance.now();
    expect(await spelling.suggest('x'.repeat(MAX_SUGGEST_LENGTH + 1))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(20);
  });

  it('offers at most eight suggestions', async () => {
    const suggestions = await checker().suggest('teh');
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(8);
    expect(suggestions).toContain('the');
  });
});
