// Find and replace as commands of the editor: what a menu item, a toolbar button or a shortcut calls, and
// the shortcuts themselves, written once (with keyboard/shortcuts.ts's Shortcut) so that a command table
// and the shortcut sheet can list them.
//
// Replace is Ctrl+H on Windows and Linux. On a Mac Ctrl+H deletes a character in any text field, so it is
// ⌘⌥F there (as in Xcode, VS Code and Pages) and also ⌘⇧H; Find next and previous are F3 and Shift+F3
// everywhere, and ⌘G / ⇧⌘G on a Mac as well.

import type { Editor } from 'slate';
import { isMac, matchesShortcut, type Shortcut } from '../keyboard/shortcuts.ts';
import { findStoreFor } from './find-store.ts';

export type FindCommandId = 'find' | 'replace' | 'find-next' | 'find-previous';

export interface FindShortcut extends Shortcut {
  /** A shortcut of one platform only. */
  only?: 'mac' | 'other';
}

export const FIND_SHORTCUTS: Record<FindCommandId, readonly FindShortcut[]> = {
  find: [{ mod: true, key: 'f' }],
  replace: [
    { ctrl: true, key: 'h', only: 'other' },
    { mod: true, alt: true, code: 'KeyF', only: 'mac' },
    { mod: true, shift: true, key: 'h', only: 'mac' },
  ],
  'find-next': [{ key: 'f3' }, { mod: true, key: 'g', only: 'mac' }],
  'find-previous': [{ shift: true, key: 'f3' }, { mod: true, shift: true, key: 'g', only: 'mac' }],
};

/** The shortcuts of a command on this platform. */
export function findShortcutsFor(id: FindCommandId, mac = isMac()): readonly Shortcut[] {
  return FIND_SHORTCUTS[id].filter((shortcut) => !shortcut.only || shortcut.only === (mac ? 'mac' : 'other'));
}

export function findCommandForKey(event: Parameters<typeof matchesShortcut>[0], mac = isMac()): FindCommandId | null {
  for (const id of Object.keys(FIND_SHORTCUTS) as FindCommandId[]) {
    if (findShortcutsFor(id, mac).some((shortcut) => matchesShortcut(event, shortcut, mac))) return id;
  }
  return null;
}

/** Opens the Find bar (with the Replace row when `replace`), its field focused and filled with a short selection. */
export function openFind(editor: Editor, { replace = false }: { replace?: boolean } = {}): void {
  findStoreFor(editor).open({ replace });
}

/** Closes the Find bar and puts the caret back in the text. */
export function closeFind(editor: Editor): void {
  findStoreFor(editor).close();
}

/** Selects the next match (F3); with nothing to look for yet, opens the bar instead. */
export function findNext(editor: Editor): void {
  step(editor, 'next');
}

/** Selects the previous match (Shift+F3); with nothing to look for yet, opens the bar instead. */
export function findPrevious(editor: Editor): void {
  step(editor, 'previous');
}

function step(editor: Editor, direction: 'next' | 'previous'): void {
  const store = findStoreFor(editor);
  const { open, query, replacing } = store.getSnapshot();
  if (query === '') {
    store.open({ replace: replacing });
    return;
  }
  // The bar shows the matches; the focus stays where the key was pressed.
  if (!open) store.open({ replace: false, focus: false, reveal: false });
  if (direction === 'next') store.next();
  else store.previous();
}

/** Runs a find command by its id: how a command table calls this module. */
export function runFindCommand(editor: Editor, id: FindCommandId): void {
  switch (id) {
    case 'find':
      openFind(editor);
      return;
    case 'replace':
      openFind(editor, { replace: true });
      return;
    case 'find-next':
      findNext(editor);
      return;
    case 'find-previous':
      findPrevious(editor);
      return;
  }
}
