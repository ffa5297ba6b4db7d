// The person's "add to dictionary" list (preferences.personalDictionary), as the spell checker reads it on
// both sides of the bridge. An entry accepts itself and its possessive ("Pompeo's"); an entry in lower case
// also accepts its capitalised form, as at the start of a sentence (Hunspell's rule for personal
// dictionaries), while a capitalised entry does not accept lower case ("Pompeo", not "pompeo").

import { isCapitalised, normalizeWord } from './words.ts';

export interface PersonalDictionary {
  accepts(word: string): boolean;
}

export function personalDictionary(entries: readonly string[]): PersonalDictionary {
  const words = new Set(entries.map(normalizeWord));
  const has = (word: string) => words.has(word) || (isCapitalised(word) && words.has(word[0]!.toLowerCase() + word.slice(1)));
  return { accepts: (word) => has(word) || has(word.replace(/'s$/u, '')) };
}
