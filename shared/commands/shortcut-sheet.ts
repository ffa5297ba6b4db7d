// What the "Keyboard shortcuts" sheet lists, from the command table: every command with a key on this
// platform, grouped as the menus group them, the editor's formatting keys in a section of their own.

import type { KeyPlatform } from './accelerator.ts';
import { acceleratorsOf, commandsIn, isRendererCommand, labelOf, SECTION_TITLES, type CommandId, type CommandSection } from './command-table.ts';

/** The order of the sheet: the application's own menu first on a Mac, formatting after Edit as a writer looks for it. */
const SHEET_ORDER: readonly CommandSection[] = ['app', 'file', 'edit', 'format', 'view', 'window', 'help'];

export interface SheetEntry {
  id: CommandId;
  /** The menu's label, or "Export ▸ HTML (single file)…" for a submenu's choice. */
  label: string;
  /** Electron accelerators, the command's own first; the sheet writes them as the platform does. */
  accelerators: string[];
}

export interface SheetSection {
  section: CommandSection;
  title: string;
  entries: SheetEntry[];
}

export function shortcutSheet(platform: KeyPlatform): SheetSection[] {
  return SHEET_ORDER.map((section) => ({
    section,
    title: SECTION_TITLES[section],
    entries: commandsIn(section, platform).flatMap((command): SheetEntry[] => {
      if (command.hiddenFromSheet) return [];
      const label = labelOf(command, platform).replace(/…$/, '');
      const own = acceleratorsOf(command, platform);
      const choices = (isRendererCommand(command) ? (command.variants ?? []) : [])
        .filter((variant) => variant.accelerator)
        .map((variant) => ({ id: command.id, label: `${label} ▸ ${variant.label.replace(/…$/, '')}`, accelerators: [variant.accelerator!] }));
      return [...(own.length > 0 ? [{ id: command.id, label, accelerators: own }] : []), ...choices];
    }),
  })).filter((section) => section.entries.length > 0);
}
