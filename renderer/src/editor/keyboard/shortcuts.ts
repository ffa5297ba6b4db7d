// Keyboard shortcuts, written once and used both to match key presses and to show them in the toolbar's
// tooltips. "Mod" is Cmd on macOS and Ctrl elsewhere.

export interface Shortcut {
  mod?: boolean;
  /** The Ctrl key itself, on every platform (Ctrl+Y is redo on Windows and Linux only). */
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** KeyboardEvent.key, lower case, for letters. */
  key?: string;
  /** KeyboardEvent.code, for digits, whose key changes with Shift and Alt. */
  code?: string;
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesShortcut(event: KeyLike, shortcut: Shortcut, mac = isMac()): boolean {
  const wantsCtrl = Boolean(shortcut.ctrl) || (Boolean(shortcut.mod) && !mac);
  const wantsMeta = Boolean(shortcut.mod) && mac;
  if (event.ctrlKey !== wantsCtrl || event.metaKey !== wantsMeta) return false;
  if (event.shiftKey !== Boolean(shortcut.shift) || event.altKey !== Boolean(shortcut.alt)) return false;
  if (shortcut.code) return event.code === shortcut.code;
  return event.key.toLowerCase() === shortcut.key;
}

/** "Ctrl+Shift+8" or "⇧⌘8", as the platform writes it. */
export function describeShortcut(shortcut: Shortcut, mac = isMac()): string {
  const key = shortcut.key ? shortcut.key.toUpperCase() : (shortcut.code ?? '').replace(/^(Digit|Key)/, '');
  if (mac) {
    return [shortcut.ctrl ? '⌃' : '', shortcut.alt ? '⌥' : '', shortcut.shift ? '⇧' : '', shortcut.mod ? '⌘' : '', key].join('');
  }
  return [shortcut.ctrl || shortcut.mod ? 'Ctrl' : '', shortcut.alt ? 'Alt' : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The form aria-keyshortcuts wants: "Control+Shift+8", "Meta+B". */
export function ariaKeyShortcut(shortcut: Shortcut, mac = isMac()): string {
  const key = shortcut.key ? shortcut.key.toUpperCase() : (shortcut.code ?? '').replace(/^(Digit|Key)/, '');
  return [
    shortcut.ctrl || (shortcut.mod && !mac) ? 'Control' : '',
    shortcut.mod && mac ? 'Meta' : '',
    shortcut.alt ? 'Alt' : '',
    shortcut.shift ? 'Shift' : '',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

export type ActionId =
  | 'bold'
  | 'italic'
  | 'link'
  | 'paragraph'
  | 'subhead'
  | 'block-quote'
  | 'bulleted-list'
  | 'numbered-list'
  | 'undo'
  | 'redo'
  | 'select-part';

export const SHORTCUTS: Record<ActionId, readonly Shortcut[]> = {
  bold: [{ mod: true, key: 'b' }],
  italic: [{ mod: true, key: 'i' }],
  link: [{ mod: true, key: 'k' }],
  paragraph: [{ mod: true, alt: true, code: 'Digit0' }],
  subhead: [{ mod: true, alt: true, code: 'Digit2' }],
  'block-quote': [{ mod: true, shift: true, code: 'Digit9' }],
  'bulleted-list': [{ mod: true, shift: true, code: 'Digit8' }],
  'numbered-list': [{ mod: true, shift: true, code: 'Digit7' }],
  undo: [{ mod: true, key: 'z' }],
  redo: [{ mod: true, shift: true, key: 'z' }, { ctrl: true, key: 'y' }],
  'select-part': [{ mod: true, key: 'a' }],
};

/** The shortcuts that apply on this platform (Ctrl+Y is not redo on a Mac). */
export function shortcutsFor(id: ActionId, mac = isMac()): readonly Shortcut[] {
  return SHORTCUTS[id].filter((shortcut) => !(mac && shortcut.ctrl));
}

export function actionForKey(event: KeyLike, mac = isMac()): ActionId | null {
  for (const id of Object.keys(SHORTCUTS) as ActionId[]) {
    if (shortcutsFor(id, mac).some((shortcut) => matchesShortcut(event, shortcut, mac))) return id;
  }
  return null;
}
