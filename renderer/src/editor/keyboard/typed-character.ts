// A key that only types a character: a letter, a digit, a space or punctuation, without Ctrl, Cmd or Alt, and
// not part of an IME composition. Slate inserts such a character through `beforeinput`, so its own keydown
// handler has nothing to do for it — yet that handler first reads the whole text of the top-level block the
// caret is in to learn its direction. Here the top-level blocks are the story's regions, so that was the whole
// body (about 0.6 MB of text for a 100,000-word story, 2–3 ms) on every key. The editor tells Slate such a key
// is handled, which skips that handler and leaves the browser's insertion alone.

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
}

export function isTypedCharacter(event: KeyLike): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
  // Named keys ("Enter", "ArrowLeft", "Dead", "Process") are words; a character is one code point.
  const key = event.key;
  return key.length === 1 || (key.length === 2 && key.codePointAt(0)! > 0xffff);
}
