import { describe, expect, it } from 'vitest';
import { Preferences } from '../../../shared/bridge/preferences.ts';
import { changesOf, dictionaryWordProblem, draftOf, LIMITS, problemsOf } from '../../../renderer/src/preferences/preferences-draft.ts';

const PREFERENCES = Preferences.parse({ libraryPath: '/library' });

describe('the preferences draft', () => {
  it('takes the bounds of every limit from the preferences schema', () => {
    expect(LIMITS.find((limit) => limit.field === 'headlineMaxLength')).toMatchObject({ min: 20, max: 300 });
    expect(LIMITS.find((limit) => limit.field === 'highlightsMin')).toMatchObject({ min: 0, max: 10 });
  });

  it('sends back what it was made from unchanged', () => {
    expect(changesOf(draftOf(PREFERENCES))).toEqual({
      creditStyle: 'cnn',
      customCreditPattern: '{photographers}/{organization}',
      lint: { ...PREFERENCES.lint },
      personalDictionary: [],
      theme: 'system',
    });
  });

  it('finds no problem in a custom pattern it does not use, and does not save a broken one', () => {
    const draft = { ...draftOf(PREFERENCES), customCreditPattern: '{nope}' };
    expect(problemsOf(draft).pattern).toEqual([]);
    expect(changesOf(draft)).not.toHaveProperty('customCreditPattern');
    expect(problemsOf({ ...draft, creditStyle: 'custom' }).pattern.length).toBeGreaterThan(0);
  });

  it('refuses limits that are not whole numbers in bounds', () => {
    const draft = draftOf(PREFERENCES);
    for (const bad of ['', '1.5', 'ten', '19', '301']) {
      expect(problemsOf({ ...draft, limits: { ...draft.limits, headlineMaxLength: bad } }).limits.headlineMaxLength).toBe(
        'Enter a whole number from 20 to 300.',
      );
    }
  });

  it('says why a word cannot be added to the dictionary', () => {
    expect(dictionaryWordProblem('', [])).toBe('Type a word first.');
    expect(dictionaryWordProblem('New York', [])).toBe('One word at a time, without spaces.');
    expect(dictionaryWordProblem('x'.repeat(65), [])).toMatch(/at most 64/);
    expect(dictionaryWordProblem('Sakauye', ['Sakauye'])).toBe('“Sakauye” is already in the dictionary.');
    expect(dictionaryWordProblem('Sakauye', [])).toBeNull();
  });
});
