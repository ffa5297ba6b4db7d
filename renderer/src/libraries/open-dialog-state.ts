// Whether the "Open" dialog (recent stories, other libraries) is showing. One per window, so the library's
// button and the commands (Ctrl+O in the browser host, Open Recent) can all open it.

import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  open = next;
  for (const listener of listeners) listener();
}

export function openOpenDialog(): void {
  set(true);
}

export function closeOpenDialog(): void {
  set(false);
}

export function useOpenDialogIsOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
