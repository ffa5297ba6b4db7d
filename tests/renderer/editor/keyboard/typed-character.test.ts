// Which keys only type a character, and so need nothing from Slate's keydown handler.

import { describe, expect, it } from 'vitest';
import { isTypedCharacter } from '../../../../renderer/src/editor/keyboard/typed-character.ts';
import { keyEvent } from './key-event.ts';

const key = keyEvent;

describe('isTypedCharacter', () => {
  it('is true for letters, digits, a space, punctuation, accented letters and characters beyond the BMP', () => {
    for (const value of ['a', 'Z', '7', ' ', '.', '“', 'é', 'ß', '€', '𝔸', '😀']) expect(isTypedCharacter(key(value)), value).toBe(true);
  });

  it('is false for named keys: Enter, Backspace, Delete, Tab, the arrows, Home and a dead key', () => {
    for (const value of ['Enter', 'Backspace', 'Delete', 'Tab', 'ArrowLeft', 'ArrowUp', 'Home', 'Dead', 'Process']) {
      expect(isTypedCharacter(key(value)), value).toBe(false);
    }
  });

  it('is false for a character with Ctrl, Cmd or Alt (shortcuts and undo), and during an IME composition', () => {
    expect(isTypedCharacter(key('z', { ctrlKey: true }))).toBe(false);
    expect(isTypedCharacter(key('b', { metaKey: true }))).toBe(false);
    expect(isTypedCharacter(key('f', { altKey: true }))).toBe(false);
    expect(isTypedCharacter(key('a', { isComposing: true }))).toBe(false);
  });
});
