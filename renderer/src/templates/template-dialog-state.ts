// Whether the "New from template" dialog is open, and on which page: choosing a template to start a story
// from, or the list of templates to edit. One per window, so anything — the library's button, the
// application menu's command — can open it.

import { useSyncExternalStore } from 'react';

export type TemplateDialogPage = 'choose' | 'edit';

export interface TemplateDialogState {
  open: boolean;
  page: TemplateDialogPage;
}

let state: TemplateDialogState = { open: false, page: 'choose' };
const listeners = new Set<() => void>();

function set(next: TemplateDialogState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Opens the "New from template" dialog (File ▸ New from Template…), or its "Edit templates" page. */
export function openNewFromTemplate(page: TemplateDialogPage = 'choose'): void {
  set({ open: true, page });
}

export function closeTemplateDialog(): void {
  set({ ...state, open: false });
}

export function showTemplateDialogPage(page: TemplateDialogPage): void {
  set({ ...state, page });
}

export function getTemplateDialogState(): TemplateDialogState {
  return state;
}

export function useTemplateDialogState(): TemplateDialogState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
