import { describe, expect, it } from 'vitest';
import { acceleratorLabel } from '../../../shared/commands/accelerator.ts';
import { acceleratorsOf, commandById, commandsIn } from '../../../shared/commands/command-table.ts';
import {
  commandAriaShortcut,
  commandShortcutLabel,
  editorShortcutOf,
} from '../../../renderer/src/commands/command-shortcuts.ts';
import { describeShortcut, shortcutsFor, SHORTCUTS, type ActionId } from '../../../renderer/src/editor/keyboard/shortcuts.ts';
import { EXPORT_SHORTCUT } from '../../../renderer/src/export/use-export-commands.ts';
import { PREFERENCES_SHORTCUT } from '../../../renderer/src/preferences/preferences-shortcut.ts';
import { PREVIEW_SHORTCUT } from '../../../renderer/src/preview/preview-toggle.tsx';

describe('the command table and the editor’s own keys', () => {
  // The editor handles its formatting keys itself (Slate needs them with the selection); the sheet shows the
  // table's. Both must name the same keys.
  const editorCommands = commandsIn('format', 'linux').filter((command) => command.id in SHORTCUTS);

  it('describes every formatting key the editor has', () => {
    expect(editorCommands.map((command) => command.id).sort()).toEqual(
      (['bold', 'italic', 'link', 'paragraph', 'subhead', 'block-quote', 'bulleted-list', 'numbered-list'] satisfies ActionId[]).sort(),
    );
  });

  for (const platform of ['linux', 'mac'] as const) {
    it(`names the same keys as the editor on ${platform}`, () => {
      const mac = platform === 'mac';
      for (const command of editorCommands) {
        const editorKeys = shortcutsFor(command.id as ActionId, mac).map((shortcut) => describeShortcut(shortcut, mac));
        const tableKeys = acceleratorsOf(command, platform).map((accelerator) => acceleratorLabel(accelerator, platform));
        expect(tableKeys, command.id).toEqual(editorKeys);
      }
      // Undo and redo are Edit's, carried out by the editor too.
      for (const id of ['undo', 'redo'] as const) {
        const editorKeys = shortcutsFor(id, mac).map((shortcut) => describeShortcut(shortcut, mac));
        expect(acceleratorsOf(commandById(id), platform).map((accelerator) => acceleratorLabel(accelerator, platform)), id).toEqual(editorKeys);
      }
    });
  }
});

describe('the keys the toolbar names', () => {
  it('are the table’s: Preview, Export and Preferences', () => {
    expect(PREVIEW_SHORTCUT).toEqual(editorShortcutOf('toggle-preview'));
    expect(EXPORT_SHORTCUT).toEqual({ mod: true, shift: true, key: 'e' });
    expect(PREFERENCES_SHORTCUT).toEqual({ mod: true, key: ',' });
  });
});

describe('commandShortcutLabel() and commandAriaShortcut()', () => {
  it('write a command’s key for a tooltip and for aria-keyshortcuts, Export’s being its first choice’s', () => {
    expect(commandShortcutLabel('export', 'linux')).toBe('Ctrl+Shift+E');
    expect(commandShortcutLabel('export', 'mac')).toBe('⇧⌘E');
    expect(commandAriaShortcut('keyboard-shortcuts', 'windows')).toBe('Control+/');
    expect(commandShortcutLabel('duplicate', 'linux')).toBeNull();
    expect(commandAriaShortcut('duplicate', 'linux')).toBeUndefined();
  });

  it('refuses to make an editor shortcut of a command without a key', () => {
    expect(() => editorShortcutOf('move-to-trash')).toThrow('The command “move-to-trash” has no keyboard shortcut.');
  });
});
