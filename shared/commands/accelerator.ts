// Keyboard shortcuts written once, in Electron's accelerator form ("CmdOrCtrl+Shift+E"), and read three ways:
// by the desktop menu as they are, by the interface's key dispatcher as a matcher for key presses, and by
// people as the platform writes them ("Ctrl+Shift+E" on Windows and Linux, "⇧⌘E" on a Mac).

import { CopydeskError } from '../errors.ts';

/** The platforms whose keyboards differ: a Mac's Command key, and a few keys each system reserves. */
export type KeyPlatform = 'mac' | 'windows' | 'linux';

/** Node's and Electron's name for a platform ("darwin", "win32" …) as a keyboard platform. */
export function keyPlatformOf(nodePlatform: string): KeyPlatform {
  if (nodePlatform === 'darwin') return 'mac';
  if (nodePlatform === 'win32') return 'windows';
  return 'linux';
}

/** An accelerator taken apart; `commandOrControl` is Command on a Mac and Control elsewhere. */
export interface ParsedAccelerator {
  commandOrControl: boolean;
  command: boolean;
  control: boolean;
  alt: boolean;
  shift: boolean;
  /** The key as Electron names it, upper case for letters: "E", "0", "/", "F11", "Plus", "Tab". */
  key: string;
}

/** The modifiers Electron accepts, each with what it stands for. */
const MODIFIERS: Record<string, keyof Omit<ParsedAccelerator, 'key'>> = {
  commandorcontrol: 'commandOrControl',
  cmdorctrl: 'commandOrControl',
  command: 'command',
  cmd: 'command',
  control: 'control',
  ctrl: 'control',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
};

/** Named keys: Electron's name → the browser's KeyboardEvent.key, and how a Mac and others write it. */
const NAMED_KEYS: Record<string, { key: string; mac: string; other: string }> = {
  Plus: { key: '+', mac: '+', other: '+' },
  Space: { key: ' ', mac: 'Space', other: 'Space' },
  Tab: { key: 'Tab', mac: '⇥', other: 'Tab' },
  Backspace: { key: 'Backspace', mac: '⌫', other: 'Backspace' },
  Delete: { key: 'Delete', mac: '⌦', other: 'Delete' },
  Insert: { key: 'Insert', mac: 'Insert', other: 'Insert' },
  Enter: { key: 'Enter', mac: '↩', other: 'Enter' },
  Return: { key: 'Enter', mac: '↩', other: 'Enter' },
  Escape: { key: 'Escape', mac: '⎋', other: 'Esc' },
  Esc: { key: 'Escape', mac: '⎋', other: 'Esc' },
  Up: { key: 'ArrowUp', mac: '↑', other: 'Up' },
  Down: { key: 'ArrowDown', mac: '↓', other: 'Down' },
  Left: { key: 'ArrowLeft', mac: '←', other: 'Left' },
  Right: { key: 'ArrowRight', mac: '→', other: 'Right' },
  Home: { key: 'Home', mac: '↖', other: 'Home' },
  End: { key: 'End', mac: '↘', other: 'End' },
  PageUp: { key: 'PageUp', mac: '⇞', other: 'Page Up' },
  PageDown: { key: 'PageDown', mac: '⇟', other: 'Page Down' },
};

/**
 * Punctuation keys and the physical key (KeyboardEvent.code) they sit on in the US layout: the fallback when
 * a layout (Russian, Greek …) types another character on that key.
 */
const PUNCTUATION_CODES: Record<string, string> = {
  ',': 'Comma',
  '.': 'Period',
  '/': 'Slash',
  ';': 'Semicolon',
  "'": 'Quote',
  '[': 'BracketLeft',
  ']': 'BracketRight',
  '\\': 'Backslash',
  '-': 'Minus',
  '=': 'Equal',
  '`': 'Backquote',
};

function isFunctionKey(key: string): boolean {
  return /^F([1-9]|1\d|2[0-4])$/.test(key);
}

function canonicalKey(raw: string): string | null {
  if (/^[a-z]$/i.test(raw)) return raw.toUpperCase();
  if (/^\d$/.test(raw)) return raw;
  if (raw in PUNCTUATION_CODES) return raw;
  if (isFunctionKey(raw.toUpperCase())) return raw.toUpperCase();
  const named = Object.keys(NAMED_KEYS).find((name) => name.toLowerCase() === raw.toLowerCase());
  return named ?? null;
}

/** Takes an accelerator apart; throws on one Electron would not understand (a mistake in the command table). */
export function parseAccelerator(accelerator: string): ParsedAccelerator {
  const parsed: ParsedAccelerator = { commandOrControl: false, command: false, control: false, alt: false, shift: false, key: '' };
  // "CmdOrCtrl+Plus" names the plus key by name, so every "+" here separates.
  const parts = accelerator.split('+');
  const keyPart = parts.pop() ?? '';
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (!modifier) throw new CopydeskError('internal', `The shortcut “${accelerator}” has an unknown modifier “${part}”.`);
    parsed[modifier] = true;
  }
  const key = canonicalKey(keyPart);
  if (!key) throw new CopydeskError('internal', `The shortcut “${accelerator}” has an unknown key “${keyPart}”.`);
  parsed.key = key;
  return parsed;
}

/** What a key press carries: the fields of a KeyboardEvent the matcher reads. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The modifier keys an accelerator wants held on this platform. */
function wantedModifiers(parsed: ParsedAccelerator, platform: KeyPlatform) {
  const mac = platform === 'mac';
  return {
    meta: parsed.command || (parsed.commandOrControl && mac),
    ctrl: parsed.control || (parsed.commandOrControl && !mac),
    alt: parsed.alt,
    shift: parsed.shift,
  };
}

function matchesKey(parsed: ParsedAccelerator, press: KeyPress): boolean {
  const { key } = parsed;
  if (/^[A-Z]$/.test(key)) {
    const typed = press.key.toLowerCase();
    if (typed === key.toLowerCase()) return true;
    // Option on a Mac and non-Latin layouts type another character on the letter's key: go by the key itself.
    return !/^[a-z]$/.test(typed) && press.code === `Key${key}`;
  }
  // Digits by their key: Shift and Alt change the character they type.
  if (/^\d$/.test(key)) return press.code === `Digit${key}` || (press.code === '' && press.key === key);
  if (key in PUNCTUATION_CODES) return press.key === key || (!/^[\x20-\x7e]$/.test(press.key) && press.code === PUNCTUATION_CODES[key]);
  if (isFunctionKey(key)) return press.key === key;
  return press.key === NAMED_KEYS[key]!.key;
}

/** A matcher for key presses: true for a press of exactly this accelerator on `platform`. */
export function acceleratorMatcher(accelerator: string, platform: KeyPlatform): (press: KeyPress) => boolean {
  const parsed = parseAccelerator(accelerator);
  const wanted = wantedModifiers(parsed, platform);
  return (press) =>
    press.metaKey === wanted.meta &&
    press.ctrlKey === wanted.ctrl &&
    press.altKey === wanted.alt &&
    // Plus is typed with Shift on most layouts, so whether Shift is down says nothing about it.
    (parsed.key === 'Plus' || press.shiftKey === wanted.shift) &&
    matchesKey(parsed, press);
}

function keyLabel(key: string, platform: KeyPlatform): string {
  const named = NAMED_KEYS[key];
  if (named) return platform === 'mac' ? named.mac : named.other;
  return key;
}

/**
 * The accelerator as the platform writes it: "Ctrl+Shift+E" on Windows and Linux, "⇧⌘E" on a Mac (whose
 * menus put the modifiers in the order ⌃⌥⇧⌘, as the editor's toolbar tooltips do).
 */
export function acceleratorLabel(accelerator: string, platform: KeyPlatform): string {
  const parsed = parseAccelerator(accelerator);
  const wanted = wantedModifiers(parsed, platform);
  const key = keyLabel(parsed.key, platform);
  if (platform === 'mac') {
    return [wanted.ctrl ? '⌃' : '', wanted.alt ? '⌥' : '', wanted.shift ? '⇧' : '', wanted.meta ? '⌘' : '', key].join('');
  }
  return [wanted.ctrl ? 'Ctrl' : '', wanted.meta ? 'Win' : '', wanted.alt ? 'Alt' : '', wanted.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}

/** The form the aria-keyshortcuts attribute wants: "Control+Shift+E", "Meta+Shift+E". */
export function ariaKeyShortcuts(accelerator: string, platform: KeyPlatform): string {
  const parsed = parseAccelerator(accelerator);
  const wanted = wantedModifiers(parsed, platform);
  const named = NAMED_KEYS[parsed.key];
  const key = named ? (named.key === ' ' ? 'Space' : named.key) : parsed.key;
  return [wanted.ctrl ? 'Control' : '', wanted.meta ? 'Meta' : '', wanted.alt ? 'Alt' : '', wanted.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}

/** The accelerator in words, for a screen reader, which reads "⇧⌘E" poorly: "Shift+Command+E". */
export function acceleratorWords(accelerator: string, platform: KeyPlatform): string {
  if (platform !== 'mac') return acceleratorLabel(accelerator, platform);
  const parsed = parseAccelerator(accelerator);
  const wanted = wantedModifiers(parsed, platform);
  const named = NAMED_KEYS[parsed.key];
  const key = named ? named.other : parsed.key;
  return [wanted.ctrl ? 'Control' : '', wanted.alt ? 'Option' : '', wanted.shift ? 'Shift' : '', wanted.meta ? 'Command' : '', key]
    .filter(Boolean)
    .join('+');
}
