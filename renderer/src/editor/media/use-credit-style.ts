// The house style for credit lines, from preferences (creditStyle, customCreditPattern). Read once per bridge
// and shared by every credit on screen; until it arrives (or if it cannot be read) the default style is used,
// so a credit line is never blank for want of settings.

import { useSyncExternalStore } from 'react';
import type { CopydeskBridge } from '../../../../shared/bridge/contract.ts';
import type { CreditStyle } from '../../../../shared/bridge/preferences.ts';
import { DEFAULT_CREDIT_PATTERN } from '../../../../shared/credits/format-credit.ts';

export interface CreditStyleSetting {
  style: CreditStyle;
  customPattern: string;
}

export const DEFAULT_CREDIT_STYLE: CreditStyleSetting = { style: 'cnn', customPattern: DEFAULT_CREDIT_PATTERN };

interface Entry {
  value: CreditStyleSetting;
  listeners: Set<() => void>;
  loading: Promise<void> | null;
}

const entries = new WeakMap<CopydeskBridge, Entry>();

function entryFor(bridge: CopydeskBridge): Entry {
  let entry = entries.get(bridge);
  if (!entry) {
    entry = { value: DEFAULT_CREDIT_STYLE, listeners: new Set(), loading: null };
    entries.set(bridge, entry);
    void refreshCreditStyle(bridge);
  }
  return entry;
}

/** Reads the preferences again (after they were changed in this window, say). */
export function refreshCreditStyle(bridge: CopydeskBridge): Promise<void> {
  const entry = entries.get(bridge) ?? entryFor(bridge);
  entry.loading ??= bridge.preferences
    .get()
    .then((preferences) => {
      entry.value = { style: preferences.creditStyle, customPattern: preferences.customCreditPattern };
      for (const listener of entry.listeners) listener();
    })
    .catch(() => {})
    .finally(() => {
      entry.loading = null;
    });
  return entry.loading;
}

export function useCreditStyle(bridge: CopydeskBridge | null): CreditStyleSetting {
  return useSyncExternalStore(
    (listener) => {
      if (!bridge) return () => {};
      const entry = entryFor(bridge);
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    () => (bridge ? entryFor(bridge).value : DEFAULT_CREDIT_STYLE),
  );
}
