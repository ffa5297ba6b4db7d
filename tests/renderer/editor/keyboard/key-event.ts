// A key press as the editor's key handlers read it (KeyboardEvent's fields), nothing held unless given.

import type { KeyLike } from '../../../../renderer/src/editor/keyboard/shortcuts.ts';

export type KeyEventFields = KeyLike & { isComposing: boolean };

export const keyEvent = (key: string, held: Partial<Omit<KeyEventFields, 'key'>> = {}): KeyEventFields => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  ...held,
});
