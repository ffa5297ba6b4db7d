import { Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { describeShortcut } from '../../../../renderer/src/editor/keyboard/shortcuts.ts';
import {
  closeFind,
  findCommandForKey,
  findNext,
  findPrevious,
  findShortcutsFor,
  openFind,
} from '../../../../renderer/src/editor/find/find-commands.ts';
import { findStoreFor } from '../../../../renderer/src/editor/find/find-store.ts';
import { doc, editorWith, p } from '../builders.ts';

const key = (init: Partial<{ key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...init,
});

describe('findCommandForKey()', () => {
  it('reads Ctrl+F, Ctrl+H, F3 and Shift+F3 on Windows and Linux', () => {
    expect(findCommandForKey(key({ key: 'f', ctrlKey: true }), false)).toBe('find');
    expect(findCommandForKey(key({ key: 'H', ctrlKey: true }), false)).toBe('replace');
    expect(findCommandForKey(key({ key: 'F3' }), false)).toBe('find-next');
    expect(findCommandForKey(key({ key: 'F3', shiftKey: true }), false)).toBe('find-previous');
    expect(findCommandForKey(key({ key: 'f', ctrlKey: true, altKey: true, code: 'KeyF' }), false)).toBeNull();
  });

  it('reads ⌘F, ⌥⌘F or ⇧⌘H, and ⌘G on a Mac, where Ctrl+H stays a text field’s delete', () => {
    expect(findCommandForKey(key({ key: 'f', metaKey: true }), true)).toBe('find');
    expect(findCommandForKey(key({ key: 'ƒ', code: 'KeyF', metaKey: true, altKey: true }), true)).toBe('replace');
    expect(findCommandForKey(key({ key: 'h', metaKey: true, shiftKey: true }), true)).toBe('replace');
    expect(findCommandForKey(key({ key: 'h', ctrlKey: true }), true)).toBeNull();
    expect(findCommandForKey(key({ key: 'g', metaKey: true }), true)).toBe('find-next');
    expect(findCommandForKey(key({ key: 'g', metaKey: true, shiftKey: true }), true)).toBe('find-previous');
  });

  it('lists each platform’s shortcuts for the shortcut sheet', () => {
    expect(findShortcutsFor('replace', false).map((shortcut) => describeShortcut(shortcut, false))).toEqual(['Ctrl+H']);
    expect(findShortcutsFor('replace', true).map((shortcut) => describeShortcut(shortcut, true))).toEqual(['⌥⌘F', '⇧⌘H']);
    expect(findShortcutsFor('find-previous', false).map((shortcut) => describeShortcut(shortcut, false))).toEqual(['Shift+F3']);
  });
});

describe('the find commands', () => {
  it('open the bar, step through the matches from the caret, and close it', () => {
    const editor = editorWith(doc({ headline: 'Port strike', body: [p('The |port and the port.')] }));
    const store = findStoreFor(editor);
    findNext(editor); // nothing to look for yet: opens the bar
    expect(store.getSnapshot()).toMatchObject({ open: true, replacing: false, query: '' });
    store.setQuery('port');
    closeFind(editor);
    editor.selection = { anchor: { path: [6, 0, 0], offset: 6 }, focus: { path: [6, 0, 0], offset: 6 } };
    findNext(editor); // closed, with a query: shows the matches and goes to the next from the caret
    expect(store.getSnapshot()).toMatchObject({ open: true, current: 2, count: 3 });
    findPrevious(editor);
    expect(store.getSnapshot().current).toBe(1);
    expect(Editor.string(editor, editor.selection!)).toBe('port');
    openFind(editor, { replace: true });
    expect(store.getSnapshot()).toMatchObject({ open: true, replacing: true, query: 'port' });
    closeFind(editor);
    expect(store.getSnapshot().open).toBe(false);
  });
});
