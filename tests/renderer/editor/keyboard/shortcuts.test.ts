import { describe, expect, it } from 'vitest';
import { actionForKey, ariaKeyShortcut, describeShortcut, SHORTCUTS } from '../../../../renderer/src/editor/keyboard/shortcuts.ts';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean; code?: string } = {}) => ({
  key: k,
  code: mods.code ?? `Key${k.toUpperCase()}`,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: Boolean(mods.meta),
  shiftKey: Boolean(mods.shift),
  altKey: Boolean(mods.alt),
});

describe('keyboard shortcuts', () => {
  const cases = [
    { press: key('b', { ctrl: true }), mac: false, action: 'bold' },
    { press: key('b', { meta: true }), mac: true, action: 'bold' },
    { press: key('b', { ctrl: true }), mac: true, action: null },
    { press: key('i', { ctrl: true }), mac: false, action: 'italic' },
    { press: key('k', { ctrl: true }), mac: false, action: 'link' },
    { press: key('2', { ctrl: true, alt: true, code: 'Digit2' }), mac: false, action: 'subhead' },
    { press: key('*', { ctrl: true, shift: true, code: 'Digit8' }), mac: false, action: 'bulleted-list' },
    { press: key('&', { ctrl: true, shift: true, code: 'Digit7' }), mac: false, action: 'numbered-list' },
    { press: key('z', { ctrl: true }), mac: false, action: 'undo' },
    { press: key('Z', { ctrl: true, shift: true }), mac: false, action: 'redo' },
    { press: key('y', { ctrl: true }), mac: false, action: 'redo' },
    { press: key('z', { meta: true, shift: true }), mac: true, action: 'redo' },
    { press: key('y', { meta: true }), mac: true, action: null },
    { press: key('a', { ctrl: true }), mac: false, action: 'select-part' },
    { press: key('b'), mac: false, action: null },
  ];
  it.each(cases)('$press.key (ctrl $press.ctrlKey, meta $press.metaKey, mac $mac) runs $action', ({ press, mac, action }) => {
    expect(actionForKey(press, mac)).toBe(action);
  });

  it('are written as each platform writes them', () => {
    expect(describeShortcut(SHORTCUTS['bulleted-list'][0]!, false)).toBe('Ctrl+Shift+8');
    expect(describeShortcut(SHORTCUTS['bulleted-list'][0]!, true)).toBe('⇧⌘8');
    expect(ariaKeyShortcut(SHORTCUTS.bold[0]!, false)).toBe('Control+B');
    expect(ariaKeyShortcut(SHORTCUTS.bold[0]!, true)).toBe('Meta+B');
  });
});
