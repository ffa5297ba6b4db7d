// The counts, worked out off the typing path: a change asks for a count when the browser is idle (or
// within half a second at the latest), and the footer reads the latest one.

import type { Descendant } from 'slate';
import { countStory, type StoryCounts } from './count-story.ts';

export interface CountsStore {
  /** Asks for a count of `document` soon; repeated asks before it runs count once. */
  schedule(document: () => readonly Descendant[]): void;
  get(): StoryCounts | null;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

type Cancel = () => void;

function whenIdle(run: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

/** The store for a story just opened: its first count comes at the first idle moment, not before the editor shows. */
export function createCountsStore(initial: readonly Descendant[]): CountsStore {
  let counts: StoryCounts | null = null;
  let pending: Cancel | null = null;
  const listeners = new Set<() => void>();
  const store: CountsStore = {
    schedule(document) {
      if (pending) return;
      pending = whenIdle(() => {
        pending = null;
        counts = countStory(document());
        for (const listener of listeners) listener();
      });
    },
    get: () => counts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      pending?.();
      pending = null;
      listeners.clear();
      counts = null;
    },
  };
  store.schedule(() => initial);
  return store;
}
