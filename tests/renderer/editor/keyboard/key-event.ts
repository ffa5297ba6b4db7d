// A key press as the editor's key handlers read it (KeyboardEvent's fields), nothing held unless given.

export interface KeyEventFields {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing: boolean;
}

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
