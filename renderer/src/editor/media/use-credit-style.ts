// The house style for credit lines, from preferences (creditStyle, customCreditPattern), read through this
// window's preferences store (renderer/src/preferences/preferences-store.ts), so a change saved in the
// Preferences dialog reaches every credit on screen at once. Until the preferences arrive (or if they cannot
// be read) the default style is used, so a credit line is never blank for want of settings.

import type { CopydeskBridge } from '../../../../shared/bridge/contract.ts';
import type { CreditStyle, Preferences } from '../../../../shared/bridge/preferences.ts';
import { DEFAULT_CREDIT_PATTERN } from '../../../../shared/credits/format-credit.ts';
import { preferencesStoreFor, usePreferences } from '../../preferences/preferences-store.ts';

export interface CreditStyleSetting {
  style: CreditStyle;
  customPattern: string;
}

export const DEFAULT_CREDIT_STYLE: CreditStyleSetting = { style: 'cnn', customPattern: DEFAULT_CREDIT_PATTERN };

/** One setting object per preferences object, so a component re-renders only when they change. */
const settings = new WeakMap<Preferences, CreditStyleSetting>();

function creditStyleOf(preferences: Preferences | null): CreditStyleSetting {
  if (!preferences) return DEFAULT_CREDIT_STYLE;
  let setting = settings.get(preferences);
  if (!setting) {
    setting = { style: preferences.creditStyle, customPattern: preferences.customCreditPattern };
    settings.set(preferences, setting);
  }
  return setting;
}

/** Reads the preferences again (after they were changed outside this window, say). */
export async function refreshCreditStyle(bridge: CopydeskBridge): Promise<void> {
  await preferencesStoreFor(bridge).reload();
}

export function useCreditStyle(bridge: CopydeskBridge | null): CreditStyleSetting {
  return creditStyleOf(usePreferences(bridge));
}
