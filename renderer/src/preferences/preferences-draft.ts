// The Preferences dialog's working copy: what the person has typed, checked as they type, and turned into
// one `preferences:set` when they save. Numbers stay text until then, so a half-typed "1" is not refused
// before the "10" it becomes.

import type { CreditStyle, Preferences, Theme } from '../../../shared/bridge/preferences.ts';
import { validateCreditPattern, type CreditPatternProblem } from '../../../shared/credits/format-credit.ts';
import { LintSettings } from '../../../shared/lint/lint-settings.ts';
import { MAX_WORD_LENGTH } from '../../../shared/spelling/words.ts';
import type { PreferenceChanges } from './preferences-store.ts';

export type LimitField = 'headlineMaxLength' | 'slugMaxLength' | 'highlightsMin' | 'highlightsMax' | 'highlightMaxLength';

export interface Limit {
  field: LimitField;
  label: string;
  unit: string;
  min: number;
  max: number;
}

/** The house-style limits, with the bounds the preferences schema allows (read from it, never restated). */
export const LIMITS: readonly Limit[] = (
  [
    ['headlineMaxLength', 'Longest headline', 'characters'],
    ['slugMaxLength', 'Longest slug', 'characters'],
    ['highlightsMin', 'Fewest highlights', 'highlights'],
    ['highlightsMax', 'Most highlights', 'highlights'],
    ['highlightMaxLength', 'Longest highlight', 'characters'],
  ] as const
).map(([field, label, unit]) => {
  const number = LintSettings.shape[field].unwrap();
  return { field, label, unit, min: number.minValue ?? 0, max: number.maxValue ?? Number.MAX_SAFE_INTEGER };
});

export interface PreferencesDraft {
  creditStyle: CreditStyle;
  customCreditPattern: string;
  limits: Record<LimitField, string>;
  disabledRules: readonly string[];
  personalDictionary: readonly string[];
  theme: Theme;
}

export interface DraftProblems {
  /** Problems with the custom credit pattern, when the custom style is chosen. */
  pattern: readonly CreditPatternProblem[];
  limits: Partial<Record<LimitField, string>>;
}

export function draftOf(preferences: Preferences): PreferencesDraft {
  const limits = Object.fromEntries(LIMITS.map(({ field }) => [field, String(preferences.lint[field])])) as Record<LimitField, string>;
  return {
    creditStyle: preferences.creditStyle,
    customCreditPattern: preferences.customCreditPattern,
    limits,
    disabledRules: preferences.lint.disabledRules,
    personalDictionary: preferences.personalDictionary,
    theme: preferences.theme,
  };
}

export function problemsOf(draft: PreferencesDraft): DraftProblems {
  const limits: DraftProblems['limits'] = {};
  for (const { field, min, max } of LIMITS) {
    const text = draft.limits[field].trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < min || value > max) {
      limits[field] = `Enter a whole number from ${min} to ${max}.`;
    }
  }
  if (!limits.highlightsMin && !limits.highlightsMax && Number(draft.limits.highlightsMin) > Number(draft.limits.highlightsMax)) {
    limits.highlightsMax = 'Must be at least the fewest highlights.';
  }
  const pattern = draft.creditStyle === 'custom' ? validateCreditPattern(draft.customCreditPattern) : [];
  return { pattern, limits };
}

export function hasProblems(problems: DraftProblems): boolean {
  return problems.pattern.length > 0 || Object.keys(problems.limits).length > 0;
}

/** What saving sends. A custom pattern with problems is sent only when it is in use (and then saving is refused). */
export function changesOf(draft: PreferencesDraft): PreferenceChanges {
  const lint = Object.fromEntries(LIMITS.map(({ field }) => [field, Number(draft.limits[field])]));
  const patternUsable = draft.creditStyle === 'custom' || validateCreditPattern(draft.customCreditPattern).length === 0;
  return {
    creditStyle: draft.creditStyle,
    ...(patternUsable ? { customCreditPattern: draft.customCreditPattern } : {}),
    lint: { ...lint, disabledRules: [...draft.disabledRules] },
    personalDictionary: [...draft.personalDictionary],
    theme: draft.theme,
  };
}

/** Why a word cannot go into the personal dictionary, or null when it can. */
export function dictionaryWordProblem(word: string, dictionary: readonly string[]): string | null {
  if (word === '') return 'Type a word first.';
  if (/\s/u.test(word)) return 'One word at a time, without spaces.';
  if (word.length > MAX_WORD_LENGTH) return `A word can have at most ${MAX_WORD_LENGTH} characters.`;
  if (dictionary.includes(word)) return `“${word}” is already in the dictionary.`;
  return null;
}
