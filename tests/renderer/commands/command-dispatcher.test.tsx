// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeEvents, CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { KeyPlatform } from '../../../shared/commands/accelerator.ts';
import { commandForKey, useCommandDispatcher } from '../../../renderer/src/commands/command-dispatcher.ts';
import { createCommandRegistry } from '../../../renderer/src/commands/command-registry.ts';

function fakeBridge() {
  const listeners = new Set<(command: BridgeEvents['onMenuCommand']) => void>();
  const bridge = {
    on: (event: string, listener: (command: BridgeEvents['onMenuCommand']) => void) => {
      if (event === 'onMenuCommand') listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as CopydeskBridge;
  return { bridge, listeners, menu: (command: BridgeEvents['onMenuCommand']) => listeners.forEach((listener) => listener(command)) };
}

function setUp(platform: KeyPlatform = 'linux') {
  const registry = createCommandRegistry();
  const { bridge, listeners, menu } = fakeBridge();
  const hook = renderHook(() => useCommandDispatcher(bridge, { registry, platform }));
  return { registry, listeners, menu, unmount: hook.unmount };
}

/** Presses a key on `target` (the page, unless given) the way the browser does: bubbling, cancelable. */
function press(init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('commandForKey()', () => {
  const key = (init: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init });

  it('reads Ctrl+Shift+E as the single-file HTML export, and ⇧⌘E on a Mac', () => {
    expect(commandForKey(key({ key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true }), 'linux')).toEqual({ command: 'export', format: 'html' });
    expect(commandForKey(key({ key: 'E', code: 'KeyE', metaKey: true, shiftKey: true }), 'mac')).toEqual({ command: 'export', format: 'html' });
  });

  it('reads the other interface keys of the table', () => {
    expect(commandForKey(key({ key: '/', code: 'Slash', ctrlKey: true }), 'windows')).toEqual({ command: 'keyboard-shortcuts' });
    expect(commandForKey(key({ key: 'π', code: 'KeyP', metaKey: true, altKey: true }), 'mac')).toEqual({ command: 'toggle-preview' });
    expect(commandForKey(key({ key: ',', code: 'Comma', ctrlKey: true }), 'linux')).toEqual({ command: 'preferences' });
    expect(commandForKey(key({ key: 'p', code: 'KeyP', ctrlKey: true }), 'linux')).toEqual({ command: 'print' });
  });

  it('reads nothing for the editor’s keys and the standard ones', () => {
    expect(commandForKey(key({ key: 'b', code: 'KeyB', ctrlKey: true }), 'linux')).toBeNull();
    expect(commandForKey(key({ key: 'z', code: 'KeyZ', ctrlKey: true }), 'linux')).toBeNull();
    expect(commandForKey(key({ key: 'e', code: 'KeyE', ctrlKey: true }), 'linux')).toBeNull();
  });
});

describe('useCommandDispatcher()', () => {
  it('runs the registered handler for a key, and keeps the key from the browser and the page', () => {
    const { registry } = setUp();
    const open = vi.fn();
    registry.register('export', open);
    const field = document.body.appendChild(document.createElement('input'));
    const fieldHeard = vi.fn();
    field.addEventListener('keydown', fieldHeard);

    const event = press({ key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true }, field);
    expect(open).toHaveBeenCalledWith({ command: 'export', format: 'html' });
    expect(event.defaultPrevented).toBe(true);
    expect(fieldHeard).not.toHaveBeenCalled();
  });

  it('lets a command key pass untouched while nothing on screen carries it out', () => {
    setUp();
    const event = press({ key: 'f', code: 'KeyF', ctrlKey: true });
    expect(event.defaultPrevented).toBe(false);
  });

  it('leaves the editor’s formatting keys to the editor', () => {
    const { registry } = setUp();
    registry.register('export', vi.fn());
    const editor = document.body.appendChild(document.createElement('div'));
    const editorHeard = vi.fn();
    editor.addEventListener('keydown', editorHeard);
    const event = press({ key: 'b', code: 'KeyB', ctrlKey: true }, editor);
    expect(editorHeard).toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('runs a held key once, not once per repeat', () => {
    const { registry } = setUp();
    const create = vi.fn();
    registry.register('new-story', create);
    press({ key: 'n', code: 'KeyN', ctrlKey: true });
    const repeat = press({ key: 'n', code: 'KeyN', ctrlKey: true, repeat: true });
    expect(create).toHaveBeenCalledTimes(1);
    expect(repeat.defaultPrevented).toBe(true);
  });

  it('runs no command but Save while a dialog is open over the page, and keeps the keys from the browser', () => {
    const { registry } = setUp();
    const create = vi.fn();
    const save = vi.fn();
    registry.register('new-story', create);
    registry.register('save', save);
    const dialog = document.body.appendChild(document.createElement('div'));
    dialog.setAttribute('role', 'dialog');
    const field = dialog.appendChild(document.createElement('input'));

    const newStory = press({ key: 'n', code: 'KeyN', ctrlKey: true }, field);
    press({ key: 's', code: 'KeyS', ctrlKey: true }, field);
    expect(create).not.toHaveBeenCalled();
    expect(newStory.defaultPrevented).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);

    dialog.remove();
    press({ key: 'n', code: 'KeyN', ctrlKey: true });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('counts the editor’s own small dialogs (a link’s) as part of the page', () => {
    const { registry } = setUp();
    const print = vi.fn();
    registry.register('print', print);
    const editor = document.body.appendChild(document.createElement('div'));
    editor.className = 'story-editor';
    editor.appendChild(document.createElement('form')).setAttribute('role', 'dialog');
    press({ key: 'p', code: 'KeyP', ctrlKey: true });
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('uses the Mac’s keys on a Mac: ⌘/ opens the sheet, Ctrl+/ does not', () => {
    const { registry } = setUp('mac');
    const open = vi.fn();
    registry.register('keyboard-shortcuts', open);
    press({ key: '/', code: 'Slash', ctrlKey: true });
    expect(open).not.toHaveBeenCalled();
    press({ key: '/', code: 'Slash', metaKey: true });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('runs the desktop menu’s commands through the same handlers', () => {
    const { registry, menu } = setUp();
    const open = vi.fn();
    registry.register('export', open);
    menu({ command: 'export', format: 'txt' });
    expect(open).toHaveBeenCalledWith({ command: 'export', format: 'txt' });
    expect(() => menu({ command: 'duplicate' })).not.toThrow(); // no handler registered: nothing happens
  });

  it('stops listening to keys and the menu when unmounted', () => {
    const { registry, listeners, unmount } = setUp();
    const open = vi.fn();
    registry.register('keyboard-shortcuts', open);
    unmount();
    press({ key: '/', code: 'Slash', ctrlKey: true });
    expect(open).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });
});
