// Whether the preview pane is open and at which width, remembered in this browser's storage: a habit of
// the person at this machine, not part of any story.

import { useSyncExternalStore } from 'react';

export type PreviewWidth = 'desktop' | 'phone';

/** The phone width: an iPhone's 390 CSS pixels. */
export const PHONE_WIDTH_PX = 390;

export const PREVIEW_WIDTHS: readonly { value: PreviewWidth; label: string }[] = [
  { value: 'desktop', label: 'Desktop' },
  { value: 'phone', label: 'Phone' },
];

export interface StoredSetting<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage refused (a locked-down profile): the setting still works for this session
  }
}

function storedSetting<T>(key: string, parse: (stored: string | null) => T, format: (value: T) => string): StoredSetting<T> {
  let cached: { value: T } | null = null;
  const listeners = new Set<() => void>();
  return {
    get() {
      cached ??= { value: parse(storage()?.getItem(key) ?? null) };
      return cached.value;
    },
    set(value) {
      cached = { value };
      try {
        storage()?.setItem(key, format(value));
      } catch {
        // Full or refused storage: the choice lasts until the page is reloaded.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const previewShown = storedSetting(
  'copydesk.preview.shown',
  (stored) => stored === 'on',
  (shown: boolean) => (shown ? 'on' : 'off'),
);

export const previewWidth = storedSetting<PreviewWidth>(
  'copydesk.preview.width',
  (stored) => (stored === 'phone' ? 'phone' : 'desktop'),
  (width) => width,
);

export function useStoredSetting<T>(setting: StoredSetting<T>): T {
  return useSyncExternalStore(setting.subscribe, setting.get);
}
