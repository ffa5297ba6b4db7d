// The one place the interface's command keys are heard: a key press matching a command of the table runs the
// handler registered for it, and so does the desktop menu's onMenuCommand. It listens on the window in the
// capture phase, before any field or the editor sees the key, and only takes keys somebody can act on now:
// the rest go on to the editor (its formatting keys) and the browser untouched.

import { useEffect } from 'react';
import type { CopydeskBridge, MenuCommand } from '../../../shared/bridge/contract.ts';
import { acceleratorMatcher, type KeyPlatform, type KeyPress } from '../../../shared/commands/accelerator.ts';
import { rendererKeyBindings, type KeyBinding } from '../../../shared/commands/key-bindings.ts';
import { commandRegistry, type CommandRegistry } from './command-registry.ts';
import { currentKeyPlatform } from './platform.ts';

function requestOf(binding: KeyBinding): MenuCommand {
  if (binding.command === 'export') return { command: 'export', format: binding.format ?? 'html' };
  return { command: binding.command };
}

/** The command a key press asks for on this platform, or null. */
export function commandForKey(press: KeyPress, platform: KeyPlatform): MenuCommand | null {
  const binding = keyMatchers(platform).find(({ matches }) => matches(press));
  return binding ? requestOf(binding) : null;
}

const matchersByPlatform = new Map<KeyPlatform, (KeyBinding & { matches: (press: KeyPress) => boolean })[]>();

function keyMatchers(platform: KeyPlatform) {
  let matchers = matchersByPlatform.get(platform);
  if (!matchers) {
    matchers = rendererKeyBindings(platform).map((binding) => ({ ...binding, matches: acceleratorMatcher(binding.accelerator, platform) }));
    matchersByPlatform.set(platform, matchers);
  }
  return matchers;
}

/** The commands a key still runs while a dialog is open. */
const RUN_OVER_DIALOGS: ReadonlySet<MenuCommand['command']> = new Set(['save']);

/** A dialog over the page (Preferences, Export, the sheet …); the editor's own small dialogs (a link's) do not count. */
function aDialogIsOpen(): boolean {
  const dialogs = document.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open]');
  return [...dialogs].some((dialog) => !dialog.closest('.story-editor'));
}

export interface CommandDispatcherOptions {
  registry?: CommandRegistry;
  platform?: KeyPlatform;
}

/** Installs the dispatcher for as long as the component using it is mounted (the app, once). */
export function useCommandDispatcher(bridge: CopydeskBridge, { registry = commandRegistry, platform }: CommandDispatcherOptions = {}): void {
  useEffect(() => {
    const keys = platform ?? currentKeyPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const request = commandForKey(event, keys);
      if (!request || !registry.has(request.command)) return;
      // Taken: neither the browser (Ctrl+P, Ctrl+S) nor the editor nor the desktop menu acts on it as well.
      event.preventDefault();
      event.stopPropagation();
      // A held key repeats: one story from Ctrl+N, not one per repeat.
      if (event.repeat) return;
      // A dialog over the page has the keys: a new story or a print behind it would surprise. Saving is harmless.
      if (aDialogIsOpen() && !RUN_OVER_DIALOGS.has(request.command)) return;
      registry.run(request);
    };
    window.addEventListener('keydown', onKeyDown, true);
    const stopMenu = bridge.on('onMenuCommand', (command) => void registry.run(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      stopMenu();
    };
  }, [bridge, registry, platform]);
}
