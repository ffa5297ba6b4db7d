// The "Smart quotes" switch: on unless the person turned it off, remembered in this browser's storage (it is
// a habit of the person at this machine, not part of any story).

const STORAGE_KEY = 'copydesk.smartQuotes';

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: boolean | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage refused (a locked-down profile): the switch still works for this session
  }
}

export function smartQuotesEnabled(): boolean {
  if (cached === null) cached = storage()?.getItem(STORAGE_KEY) !== 'off';
  return cached;
}

export function setSmartQuotesEnabled(enabled: boolean): void {
  cached = enabled;
  try {
    storage()?.setItem(STORAGE_KEY, enabled ? 'on' : 'off');
  } catch {
    // Full or refused storage: the choice lasts until the page is reloaded.
  }
  for (const listener of listeners) listener();
}

export function subscribeToSmartQuotes(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
