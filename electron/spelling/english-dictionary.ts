// The English dictionary: Hunspell's en_US word list from the dictionary-en package (SCOWL, well kept,
// shipped inside the app: nothing is fetched), read by nspell. Loading it parses 49,000 entries and their
// affix rules, about 0.2 s, so it happens once, the first time a word is checked, not at start-up.

import type { NSpell } from 'nspell';

export interface LoadedDictionary {
  speller: NSpell;
  /** How long reading and parsing took, in milliseconds. */
  loadMilliseconds: number;
}

let loading: Promise<LoadedDictionary> | null = null;

/** The English speller, loaded on first use and shared afterwards. */
export function loadEnglishDictionary(): Promise<LoadedDictionary> {
  loading ??= load().catch((error: unknown) => {
    loading = null; // a failed load is tried again next time rather than remembered
    throw error;
  });
  return loading;
}

async function load(): Promise<LoadedDictionary> {
  const started = performance.now();
  const [{ default: nspell }, { default: english }] = await Promise.all([import('nspell'), import('dictionary-en')]);
  const speller = nspell(english);
  return { speller, loadMilliseconds: performance.now() - started };
}
