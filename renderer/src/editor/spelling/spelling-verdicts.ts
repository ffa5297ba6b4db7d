// What the Node side said about each word, remembered for this window's session so that a word is asked
// about once: the editor asks for the words it has not heard about, in batches, and is told when answers
// arrive. One store per bridge, shared by every editor in the window.

import { MAX_SPELLING_BATCH, type CopydeskBridge } from '../../../../shared/bridge/contract.ts';

/** After a failed call its words are asked about again only this much later. */
const RETRY_AFTER_MS = 15_000;

export type VerdictListener = (news: { misspelt: readonly string[] }) => void;

export class SpellingVerdicts {
  /** word → whether the dictionaries know it. */
  private readonly known = new Map<string, boolean>();
  /** How many of the known words are misspelt: none means no text needs to be split into words to be marked. */
  private misspeltCount = 0;
  private readonly asking = new Set<string>();
  private readonly listeners = new Set<VerdictListener>();
  private warmed = false;

  constructor(private readonly check: (words: string[]) => Promise<string[]>) {}

  /** True for a known word, false for a misspelt one, undefined while it has not been answered. */
  get(word: string): boolean | undefined {
    return this.known.get(word);
  }

  /** Whether any word answered so far is misspelt. */
  anyMisspelt(): boolean {
    return this.misspeltCount > 0;
  }

  /** Asks about the words not answered or asked yet. */
  ask(words: Iterable<string>): void {
    const fresh = [...new Set(words)].filter((word) => !this.known.has(word) && !this.asking.has(word));
    for (let start = 0; start < fresh.length; start += MAX_SPELLING_BATCH) {
      void this.askBatch(fresh.slice(start, start + MAX_SPELLING_BATCH));
    }
  }

  /**
   * Has the Node side load its dictionary now (an empty question), once: the first words typed in a new,
   * empty story are then answered at once instead of after the load.
   */
  warmUp(): void {
    if (this.warmed) return;
    this.warmed = true;
    this.check([]).catch(() => {
      this.warmed = false; // tried again with the next pass
    });
  }

  /** Forgets the answers about some words (the personal dictionary changed): they are asked again. */
  forget(matches: (word: string) => boolean): void {
    for (const [word, right] of this.known) {
      if (!matches(word)) continue;
      this.known.delete(word);
      if (!right) this.misspeltCount--;
    }
  }

  subscribe(listener: VerdictListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async askBatch(words: string[]): Promise<void> {
    for (const word of words) this.asking.add(word);
    let misspelt: string[];
    try {
      misspelt = await this.check(words);
    } catch {
      // The checker could not answer (its dictionary failed to load, say): no marks, and no storm of retries.
      setTimeout(() => {
        for (const word of words) this.asking.delete(word);
      }, RETRY_AFTER_MS);
      return;
    }
    const wrong = new Set(misspelt);
    for (const word of words) {
      this.asking.delete(word);
      const right = !wrong.has(word);
      if (this.known.get(word) === false) this.misspeltCount--;
      this.known.set(word, right);
      if (!right) this.misspeltCount++;
    }
    for (const listener of this.listeners) listener({ misspelt });
  }
}

const stores = new WeakMap<CopydeskBridge, SpellingVerdicts>();

export function spellingVerdictsFor(bridge: CopydeskBridge): SpellingVerdicts {
  let store = stores.get(bridge);
  if (!store) {
    store = new SpellingVerdicts(async (words) => (await bridge.spelling.check({ words })).misspelt);
    stores.set(bridge, store);
  }
  return store;
}
