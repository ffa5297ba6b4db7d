// Whether the "House style" panel is open, remembered in this browser's storage (a habit of the person at
// this machine, like the preview's switch). Until the person chooses, it is open in a window wide enough to
// hold it beside the editor and closed on a phone-sized one.

import { useSyncExternalStore } from 'react';

const KEY = 'copydesk.house-style.shown';
/** Wide enough for the panel beside the editor without squeezing the text. */
export const WIDE_WINDOW_QUERY = '(min-width: 1100px)';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage refused: the choice lasts for this page
  }
}

function openByDefault(): boolean {
  return typeof matchMedia === 'function' ? matchMedia(WIDE_WINDOW_QUERY).matches : true;
}

let cached: boolean | null = null;
const listeners = new Set<() => void>();

export const lintPanelShown = {
  get(): boolean {
    if (cached === null) {
      const stored = storage()?.getItem(KEY) ?? null;
      cached = stored === 'on' ? true : stored === 'off' ? false : openByDefault();
    }
    return cached;
  },
  set(shown: boolean): void {
    cached = shown;
    try {
      storage()?.setItem(KEY, shown ? 'on' : 'off');
    } catch {
      // full or refused storage: the choice lasts until the page is reloaded
    }
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useLintPanelShown(): boolean {
  return useSyncExternalStore(lintPanelShown.subscribe, lintPanelShown.get);
}
