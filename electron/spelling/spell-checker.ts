// The spell checker behind the bridge's `spelling:` channels: the English dictionary, and the person's
// "add to dictionary" list from preferences, read at every call so that a word added (or removed) counts at
// once. Words are judged as shared/spelling/words.ts reads text, so a caller cannot be told that
// "COVID-19", "tips@cnn.com" or "FBI" is misspelt, and "don’t" is "don't".

import { personalDictionary, type PersonalDictionary } from '../../shared/spelling/personal-dictionary.ts';
import { normalizeWord, wordsOf } from '../../shared/spelling/words.ts';
import { loadEnglishDictionary, type LoadedDictionary } from './english-dictionary.ts';
import { rankSuggestions } from './rank-suggestions.ts';

export interface SpellChecker {
  /** The words of the list a reader would call misspellings, each once, in the order given. */
  misspelt(words: readonly string[]): Promise<string[]>;
  /** Up to eight corrections for a misspelt word, best first; none for a right word or one too long to guess at. */
  suggest(word: string): Promise<string[]>;
}

export interface SpellCheckerOptions {
  /** The "add to dictionary" list (preferences.personalDictionary). */
  personalWords: () => readonly string[];
  /** The dictionary; the shipped English one unless given. */
  dictionary?: () => Promise<LoadedDictionary>;
}

export const MAX_SUGGESTIONS = 8;
/**
 * nspell's suggest tries every edit of the word, cannot be interrupted, and runs on the main process: a
 * common misspelling takes 2–30 ms, but a 32-letter string of nonsense about 0.1 s, a 40-letter one up to
 * 0.17 s and a 64-letter one 0.3 s. Real words are shorter than this (the longest common ones have about
 * 28 letters), so longer ones get no suggestions; answers are remembered.
 */
export const MAX_SUGGEST_LENGTH = 32;
const SUGGESTION_CACHE_SIZE = 500;

export function createSpellChecker({ personalWords, dictionary = loadEnglishDictionary }: SpellCheckerOptions): SpellChecker {
  const personal = currentPersonalDictionary(personalWords);
  const suggestions = new Map<string, string[]>();

  const isKnown = (speller: LoadedDictionary['speller'], word: string) => speller.correct(word) || personal().accepts(word);
  /** A word as sent may hold several (a compound) or none worth judging (a number): wrong if any part is. */
  const isMisspelt = (speller: LoadedDictionary['speller'], word: string) =>
    wordsOf(word).some((part) => !isKnown(speller, part.word));

  return {
    async misspelt(words) {
      const { speller } = await dictionary();
      return [...new Set(words)].filter((word) => isMisspelt(speller, word));
    },

    async suggest(raw) {
      const word = normalizeWord(raw.trim());
      const parts = wordsOf(word);
      if (parts.length !== 1 || parts[0]!.word !== word || word.length > MAX_SUGGEST_LENGTH) return [];
      const { speller } = await dictionary();
      if (isKnown(speller, word)) return [];
      let found = suggestions.get(word);
      if (!found) {
        found = rankSuggestions(word, speller.suggest(word)).slice(0, MAX_SUGGESTIONS);
        if (suggestions.size >= SUGGESTION_CACHE_SIZE) suggestions.delete(suggestions.keys().next().value!);
        suggestions.set(word, found);
      }
      return [...found];
    },
  };
}

/** The personal list, made again only when it changes. */
function currentPersonalDictionary(read: () => readonly string[]): () => PersonalDictionary {
  let key: string | null = null;
  let dictionary = personalDictionary([]);
  return () => {
    const list = read();
    const next = list.join('\n');
    if (next !== key) {
      key = next;
      dictionary = personalDictionary(list);
    }
    return dictionary;
  };
}
