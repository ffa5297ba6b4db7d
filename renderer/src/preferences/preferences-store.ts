// This window's copy of the preferences, shared by everything that follows them: credit lines, the spell
// checker's personal dictionary, the house-style checks, the Preferences dialog. One store per bridge; it
// reads the preferences on first use, and a change saved through it reaches every subscriber at once, so
// nothing needs a reload to see it.

import { useSyncExternalStore } from 'react';
import type { ChannelInput, CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { Preferences } from '../../../shared/bridge/preferences.ts';

export type PreferenceChanges = ChannelInput<'preferences:set'>;

export interface PreferencesStore {
  /** The preferences as last read or saved; null until the first read answers (or if it failed). */
  get(): Preferences | null;
  subscribe(listener: () => void): () => void;
  /** Reads them again from the Node side; resolves to null when they cannot be read. */
  reload(): Promise<Preferences | null>;
  /** Saves the changes (only the fields given) and tells every subscriber; rejects with the bridge's error. */
  update(changes: PreferenceChanges): Promise<Preferences>;
}

const stores = new WeakMap<CopydeskBridge, PreferencesStore>();

/** The store for this bridge, made (and its first read started) on first use. */
export function preferencesStoreFor(bridge: CopydeskBridge): PreferencesStore {
  let store = stores.get(bridge);
  if (!store) {
    store = createPreferencesStore(bridge);
    stores.set(bridge, store);
    void store.reload();
  }
  return store;
}

function createPreferencesStore(bridge: CopydeskBridge): PreferencesStore {
  let current: Preferences | null = null;
  let reading: Promise<Preferences | null> | null = null;
  const listeners = new Set<() => void>();
  const publish = (next: Preferences) => {
    current = next;
    for (const listener of listeners) listener();
    return next;
  };
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload() {
      reading ??= bridge.preferences
        .get({})
        .then(publish, () => current)
        .finally(() => {
          reading = null;
        });
      return reading;
    },
    update: async (changes) => publish(await bridge.preferences.set(changes)),
  };
}

/** The preferences for a component: re-rendered when they change; null until they are read. */
export function usePreferences(bridge: CopydeskBridge | null): Preferences | null {
  return useSyncExternalStore(
    (listener) => (bridge ? preferencesStoreFor(bridge).subscribe(listener) : () => {}),
    () => (bridge ? preferencesStoreFor(bridge).get() : null),
  );
}
