// The ways to ask for an export besides the menu: Ctrl+Shift+E (⇧⌘E on a Mac) opens the dialog on the
// single-file HTML format, and the desktop app's File ▸ Export menu on the format it names. Both arrive as
// the command table's "export" command (renderer/src/commands/).

import type { ExportFormat } from '../../../shared/render/export-format.ts';
import { useCommandHandler } from '../commands/command-registry.ts';
import { editorShortcutOf } from '../commands/command-shortcuts.ts';
import type { Shortcut } from '../editor/keyboard/shortcuts.ts';

/** The export key, for the Export button's aria-keyshortcuts; from the command table. */
export const EXPORT_SHORTCUT: Shortcut = editorShortcutOf('export');

/** Calls `open(format)` for each request while `enabled`. */
export function useExportCommands(enabled: boolean, open: (format: ExportFormat) => void): void {
  useCommandHandler('export', (request) => open(request.format), enabled);
}
