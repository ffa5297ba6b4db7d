// A command's keys as the interface shows them — "Ctrl+Shift+E" in a tooltip, "Control+Shift+E" for
// aria-keyshortcuts — read from the command table, so a button never names a key the dispatcher does not use.

import {
  acceleratorLabel,
  ariaKeyShortcuts,
  parseAccelerator,
  type KeyPlatform,
} from '../../../shared/commands/accelerator.ts';
import { acceleratorOf, commandById, isRendererCommand, type CommandId } from '../../../shared/commands/command-table.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import type { Shortcut } from '../editor/keyboard/shortcuts.ts';
import { currentKeyPlatform } from './platform.ts';

/** The command's own key, or for a command with choices the first choice's (Export: HTML, single file). */
export function commandAccelerator(id: CommandId, platform: KeyPlatform = currentKeyPlatform()): string | null {
  const command = commandById(id);
  const own = acceleratorOf(command, platform);
  if (own) return own;
  const variants = isRendererCommand(command) ? (command.variants ?? []) : [];
  return variants.find((variant) => variant.accelerator)?.accelerator ?? null;
}

/** "Ctrl+Shift+E" or "⇧⌘E"; null for a command without a key. */
export function commandShortcutLabel(id: CommandId, platform: KeyPlatform = currentKeyPlatform()): string | null {
  const accelerator = commandAccelerator(id, platform);
  return accelerator ? acceleratorLabel(accelerator, platform) : null;
}

/** For aria-keyshortcuts; undefined (no attribute) for a command without a key. */
export function commandAriaShortcut(id: CommandId, platform: KeyPlatform = currentKeyPlatform()): string | undefined {
  const accelerator = commandAccelerator(id, platform);
  return accelerator ? ariaKeyShortcuts(accelerator, platform) : undefined;
}

/**
 * The command's key in the editor's own shortcut form (renderer/src/editor/keyboard/shortcuts.ts), for the
 * code that still describes keys that way. Letters go by their character unless Alt is held (a Mac's Option
 * changes it), digits by their key, as the editor's shortcuts do.
 */
export function editorShortcutOf(id: CommandId): Shortcut {
  // Cmd-or-Ctrl shortcuts are the same on every platform but for that key; read the Windows and Linux form.
  const accelerator = commandAccelerator(id, 'linux');
  if (!accelerator) throw new CopydeskError('internal', `The command “${id}” has no keyboard shortcut.`);
  const parsed = parseAccelerator(accelerator);
  const letter = /^[A-Z]$/.test(parsed.key);
  const digit = /^\d$/.test(parsed.key);
  return {
    ...(parsed.commandOrControl ? { mod: true } : {}),
    ...(parsed.control ? { ctrl: true } : {}),
    ...(parsed.shift ? { shift: true } : {}),
    ...(parsed.alt ? { alt: true } : {}),
    ...(digit ? { code: `Digit${parsed.key}` } : letter && parsed.alt ? { code: `Key${parsed.key}` } : { key: parsed.key.toLowerCase() }),
  };
}
