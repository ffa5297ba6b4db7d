// The ways to ask for an export besides the menu: Ctrl+Shift+E (⇧⌘E on a Mac) opens the dialog on the
// single-file HTML format, and the desktop app's File ▸ Export menu (the bridge's onMenuCommand) on the
// format it names.

import { useEffect, useRef } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { ExportFormat } from '../../../shared/render/export-format.ts';
import { matchesShortcut, type Shortcut } from '../editor/keyboard/shortcuts.ts';

export const EXPORT_SHORTCUT: Shortcut = { mod: true, shift: true, key: 'e' };

/** Calls `open(format)` for each request while `enabled`. */
export function useExportCommands(bridge: CopydeskBridge, enabled: boolean, open: (format: ExportFormat) => void): void {
  const openRef = useRef(open);
  openRef.current = open;

  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, EXPORT_SHORTCUT)) return;
      event.preventDefault();
      openRef.current('html');
    };
    window.addEventListener('keydown', onKeyDown);
    const stopListening = bridge.on('onMenuCommand', (command) => {
      if (command.command === 'export') openRef.current(command.format);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopListening();
    };
  }, [bridge, enabled]);
}
