// The keys the interface answers itself, from the command table: each renderer command's shortcut, and the
// shortcuts of its choices (Ctrl+Shift+E is File ▸ Export ▸ HTML (single file)…). The editor's formatting
// keys and the standard roles are not here: the editor and the browser (or the desktop menu) handle those.

import type { ExportFormat } from '../render/export-format.ts';
import { acceleratorsOf, allCommands, isRendererCommand, sectionOf, type RendererCommandId } from './command-table.ts';
import type { KeyPlatform } from './accelerator.ts';

export interface KeyBinding {
  accelerator: string;
  command: RendererCommandId;
  /** For a choice of a submenu: the export format it names. */
  format?: ExportFormat;
}

export function rendererKeyBindings(platform: KeyPlatform): KeyBinding[] {
  const bindings: KeyBinding[] = [];
  for (const command of allCommands()) {
    if (!isRendererCommand(command) || sectionOf(command, platform) === null) continue;
    for (const accelerator of acceleratorsOf(command, platform)) bindings.push({ accelerator, command: command.id });
    for (const variant of command.variants ?? []) {
      if (variant.accelerator) bindings.push({ accelerator: variant.accelerator, command: command.id, format: variant.format });
    }
  }
  return bindings;
}
