import { describe, expect, it } from 'vitest';
import {
  acceleratorLabel,
  acceleratorMatcher,
  acceleratorWords,
  ariaKeyShortcuts,
  keyPlatformOf,
  parseAccelerator,
  type KeyPress,
} from '../../../shared/commands/accelerator.ts';

/** A key press as the browser reports it; modifiers off unless given. */
function press(key: string, code: string, modifiers: Partial<Pick<KeyPress, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>> = {}): KeyPress {
  return { key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

describe('parseAccelerator()', () => {
  it('takes "CmdOrCtrl+Shift+E" apart into its modifiers and key', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+E')).toEqual({
      commandOrControl: true,
      command: false,
      control: false,
      alt: false,
      shift: true,
      key: 'E',
    });
  });

  it('reads the long and short names Electron accepts, and names keys by their name', () => {
    expect(parseAccelerator('CommandOrControl+Option+p')).toMatchObject({ commandOrControl: true, alt: true, key: 'P' });
    expect(parseAccelerator('Ctrl+Cmd+F')).toMatchObject({ control: true, command: true, key: 'F' });
    expect(parseAccelerator('CmdOrCtrl+Plus').key).toBe('Plus');
    expect(parseAccelerator('Shift+F10').key).toBe('F10');
    expect(parseAccelerator('CmdOrCtrl+/').key).toBe('/');
  });

  it('refuses a modifier or key Electron would not understand, naming it', () => {
    expect(() => parseAccelerator('Hyper+E')).toThrow('The shortcut “Hyper+E” has an unknown modifier “Hyper”.');
    expect(() => parseAccelerator('CmdOrCtrl+Kitten')).toThrow('The shortcut “CmdOrCtrl+Kitten” has an unknown key “Kitten”.');
    expect(() => parseAccelerator('CmdOrCtrl+')).toThrow(/unknown key/);
  });
});

describe('acceleratorMatcher()', () => {
  it('takes CmdOrCtrl as Ctrl on Windows and Linux and as ⌘ on a Mac', () => {
    const export_ = 'CmdOrCtrl+Shift+E';
    expect(acceleratorMatcher(export_, 'linux')(press('E', 'KeyE', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(acceleratorMatcher(export_, 'windows')(press('E', 'KeyE', { metaKey: true, shiftKey: true }))).toBe(false);
    expect(acceleratorMatcher(export_, 'mac')(press('E', 'KeyE', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(acceleratorMatcher(export_, 'mac')(press('E', 'KeyE', { ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it('wants exactly the modifiers named: Ctrl+Shift+E is not Ctrl+E or Ctrl+Alt+Shift+E', () => {
    const matches = acceleratorMatcher('CmdOrCtrl+Shift+E', 'linux');
    expect(matches(press('e', 'KeyE', { ctrlKey: true }))).toBe(false);
    expect(matches(press('E', 'KeyE', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
  });

  it('goes by the letter typed, so Ctrl+Z on a French keyboard is the key marked Z', () => {
    const undo = acceleratorMatcher('CmdOrCtrl+Z', 'windows');
    expect(undo(press('z', 'KeyW', { ctrlKey: true }))).toBe(true);
    expect(undo(press('w', 'KeyZ', { ctrlKey: true }))).toBe(false);
  });

  it('goes by the key itself where the layout or Option types another character (Russian, ⌥P = π)', () => {
    expect(acceleratorMatcher('CmdOrCtrl+P', 'linux')(press('з', 'KeyP', { ctrlKey: true }))).toBe(true);
    expect(acceleratorMatcher('CmdOrCtrl+Alt+P', 'mac')(press('π', 'KeyP', { metaKey: true, altKey: true }))).toBe(true);
  });

  it('matches digits by their key, whatever Shift makes them type', () => {
    const bullets = acceleratorMatcher('CmdOrCtrl+Shift+8', 'linux');
    expect(bullets(press('*', 'Digit8', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(bullets(press('*', 'NumpadMultiply', { ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it('matches punctuation by the character, or by its US key where the layout types no such character', () => {
    const sheet = acceleratorMatcher('CmdOrCtrl+/', 'linux');
    expect(sheet(press('/', 'Slash', { ctrlKey: true }))).toBe(true);
    expect(sheet(press('.', 'Slash', { ctrlKey: true }))).toBe(false); // a layout whose Slash key types "."
    expect(acceleratorMatcher('CmdOrCtrl+,', 'linux')(press('б', 'Comma', { ctrlKey: true }))).toBe(true);
  });

  it('matches named keys and function keys', () => {
    expect(acceleratorMatcher('Shift+Tab', 'linux')(press('Tab', 'Tab', { shiftKey: true }))).toBe(true);
    expect(acceleratorMatcher('F11', 'windows')(press('F11', 'F11'))).toBe(true);
    expect(acceleratorMatcher('F11', 'windows')(press('F1', 'F1'))).toBe(false);
    expect(acceleratorMatcher('CmdOrCtrl+Plus', 'linux')(press('+', 'Equal', { ctrlKey: true, shiftKey: true }))).toBe(true);
  });
});

describe('acceleratorLabel()', () => {
  it('writes keys as Windows and Linux menus do: "Ctrl+Shift+E"', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+E', 'linux')).toBe('Ctrl+Shift+E');
    expect(acceleratorLabel('CmdOrCtrl+Alt+P', 'windows')).toBe('Ctrl+Alt+P');
    expect(acceleratorLabel('CmdOrCtrl+/', 'windows')).toBe('Ctrl+/');
    expect(acceleratorLabel('Escape', 'linux')).toBe('Esc');
  });

  it('writes them as a Mac does, its modifiers in the order ⌃⌥⇧⌘: "⇧⌘E"', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+E', 'mac')).toBe('⇧⌘E');
    expect(acceleratorLabel('CmdOrCtrl+Alt+P', 'mac')).toBe('⌥⌘P');
    expect(acceleratorLabel('Ctrl+Cmd+F', 'mac')).toBe('⌃⌘F');
    expect(acceleratorLabel('Shift+Tab', 'mac')).toBe('⇧⇥');
    expect(acceleratorLabel('CmdOrCtrl+/', 'mac')).toBe('⌘/');
  });
});

describe('acceleratorWords()', () => {
  it('spells a Mac’s symbols out for a screen reader, and leaves Windows and Linux labels as they are', () => {
    expect(acceleratorWords('CmdOrCtrl+Shift+E', 'mac')).toBe('Shift+Command+E');
    expect(acceleratorWords('CmdOrCtrl+Alt+P', 'mac')).toBe('Option+Command+P');
    expect(acceleratorWords('CmdOrCtrl+Shift+E', 'linux')).toBe('Ctrl+Shift+E');
  });
});

describe('ariaKeyShortcuts()', () => {
  it('gives the form aria-keyshortcuts wants', () => {
    expect(ariaKeyShortcuts('CmdOrCtrl+Shift+E', 'linux')).toBe('Control+Shift+E');
    expect(ariaKeyShortcuts('CmdOrCtrl+Shift+E', 'mac')).toBe('Meta+Shift+E');
    expect(ariaKeyShortcuts('CmdOrCtrl+Alt+P', 'windows')).toBe('Control+Alt+P');
  });
});

describe('keyPlatformOf()', () => {
  it('names Node’s platforms by their keyboards', () => {
    expect(keyPlatformOf('darwin')).toBe('mac');
    expect(keyPlatformOf('win32')).toBe('windows');
    expect(keyPlatformOf('linux')).toBe('linux');
    expect(keyPlatformOf('freebsd')).toBe('linux');
  });
});
