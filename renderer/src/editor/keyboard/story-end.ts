// Ctrl+End (⌘↓ on a Mac) goes to the end of the last text in the story, and with Shift selects up to it. The
// browser's own move goes to the end of the editable page, which is the related videos' slot offering to add
// one when there are none: a place that holds no text, where typing did nothing.

import { isMac, matchesShortcut, type KeyLike } from './shortcuts.ts';

/** 'move' for Ctrl+End (⌘↓ or ⌘End on a Mac), 'extend' with Shift, null for any other key. */
export function storyEndKey(event: KeyLike, mac = isMac()): 'move' | 'extend' | null {
  const keys = mac ? ['arrowdown', 'end'] : ['end'];
  for (const key of keys) {
    if (matchesShortcut(event, { mod: true, key }, mac)) return 'move';
    if (matchesShortcut(event, { mod: true, shift: true, key }, mac)) return 'extend';
  }
  return null;
}
