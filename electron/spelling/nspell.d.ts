// Types for nspell (https://github.com/wooorm/nspell), which ships none: the part of its API we use.

declare module 'nspell' {
  interface Dictionary {
    aff: Uint8Array | string;
    dic?: Uint8Array | string;
  }

  interface NSpell {
    /** Whether the word is spelt right, in the case given ("washington" is not, "Washington" is). */
    correct(word: string): boolean;
    /** Words near a misspelt one, best first; [] for a correct word. Can take tens of milliseconds. */
    suggest(word: string): string[];
    spell(word: string): { correct: boolean; forbidden: boolean; warn: boolean };
    add(word: string, model?: string): NSpell;
    remove(word: string): NSpell;
    personal(dic: string): NSpell;
  }

  function nspell(dictionary: Dictionary | Dictionary[]): NSpell;
  function nspell(aff: Uint8Array | string, dic?: Uint8Array | string): NSpell;

  export default nspell;
  export type { NSpell, Dictionary };
}
