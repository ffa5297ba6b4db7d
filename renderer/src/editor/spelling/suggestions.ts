// Suggestions for misspelt words, asked of the Node side once per word for this window's session.

import type { CopydeskBridge } from '../../../../shared/bridge/contract.ts';

const caches = new WeakMap<CopydeskBridge, Map<string, Promise<readonly string[]>>>();

/** The suggestions for a word, best first; a failed answer is forgotten so that the next opening asks again. */
export function suggestionsFor(bridge: CopydeskBridge, word: string): Promise<readonly string[]> {
  let cache = caches.get(bridge);
  if (!cache) caches.set(bridge, (cache = new Map()));
  let answer = cache.get(word);
  if (!answer) {
    answer = bridge.spelling.suggest({ word }).then(({ suggestions }) => suggestions);
    answer.catch(() => cache.delete(word));
    cache.set(word, answer);
  }
  return answer;
}
