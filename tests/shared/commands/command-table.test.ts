import { describe, expect, it } from 'vitest';
import { acceleratorMatcher, parseAccelerator, type KeyPlatform } from '../../../shared/commands/accelerator.ts';
import {
  acceleratorOf,
  acceleratorsOf,
  allCommands,
  commandById,
  commandsIn,
  isRendererCommand,
  labelOf,
  MENUS,
  sectionOf,
  type Command,
} from '../../../shared/commands/command-table.ts';
import { rendererKeyBindings } from '../../../shared/commands/key-bindings.ts';

const PLATFORMS: readonly KeyPlatform[] = ['mac', 'windows', 'linux'];

/** Every key a platform's table uses, with the command and choice it belongs to. */
function keysOn(platform: KeyPlatform): { accelerator: string; owner: string }[] {
  return allCommands().flatMap((command) => {
    if (sectionOf(command, platform) === null) return [];
    const own = acceleratorsOf(command, platform).map((accelerator) => ({ accelerator, owner: command.id }));
    const choices = (isRendererCommand(command) ? (command.variants ?? []) : [])
      .filter((variant) => variant.accelerator)
      .map((variant) => ({ accelerator: variant.accelerator!, owner: `${command.id}:${variant.format}` }));
    return [...own, ...choices];
  });
}

/** A key press that is exactly this accelerator on a platform, as the browser would report it. */
function pressFor(accelerator: string, platform: KeyPlatform) {
  const parsed = parseAccelerator(accelerator);
  const mac = platform === 'mac';
  const key = parsed.key.length === 1 ? parsed.key.toLowerCase() : parsed.key === 'Plus' ? '+' : parsed.key === 'Tab' ? 'Tab' : parsed.key;
  const code = /^[A-Z]$/.test(parsed.key) ? `Key${parsed.key}` : /^\d$/.test(parsed.key) ? `Digit${parsed.key}` : '';
  return {
    key,
    code,
    ctrlKey: parsed.control || (parsed.commandOrControl && !mac),
    metaKey: parsed.command || (parsed.commandOrControl && mac),
    altKey: parsed.alt,
    shiftKey: parsed.shift,
  };
}

describe('the command table', () => {
  it('has every command once', () => {
    const ids = allCommands().map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('includes what the issue asks of each menu', () => {
    const labels = (menu: 'file' | 'edit' | 'view' | 'help', platform: KeyPlatform = 'linux') =>
      commandsIn(menu, platform).map((command) => labelOf(command, platform));
    expect(labels('file')).toEqual(
      expect.arrayContaining(['New Story', 'New from Template…', 'Import…', 'Export', 'Print…', 'Export PDF…', 'Duplicate', 'Move to Trash…']),
    );
    expect(labels('edit')).toEqual(
      expect.arrayContaining(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Paste as Plain Text', 'Select All', 'Find…', 'Replace…']),
    );
    expect(labels('view')).toEqual(
      expect.arrayContaining(['Preview', 'House Style Panel', 'Zoom In', 'Zoom Out', 'Actual Size', 'Toggle Full Screen', 'Dark Mode']),
    );
    expect(labels('help')).toEqual(['Keyboard Shortcuts', 'About Copydesk']);
    expect(labels('help', 'mac')).toEqual(['Keyboard Shortcuts']);
    expect(commandsIn('app', 'mac').map((command) => labelOf(command, 'mac'))).toEqual([
      'About Copydesk',
      'Preferences…',
      'Services',
      'Hide Copydesk',
      'Hide Others',
      'Show All',
      'Quit Copydesk',
    ]);
    expect(commandsIn('app', 'windows')).toEqual([]);
  });

  it('has the export formats as File ▸ Export’s choices, the single HTML file on Ctrl+Shift+E', () => {
    const exportCommand = commandById('export');
    expect(isRendererCommand(exportCommand) && exportCommand.variants).toEqual([
      { label: 'HTML (single file)…', format: 'html', accelerator: 'CmdOrCtrl+Shift+E' },
      { label: 'HTML (folder)…', format: 'html-folder' },
      { label: 'Markdown…', format: 'md' },
      { label: 'Plain text (wire style)…', format: 'txt' },
      { label: 'Story JSON…', format: 'json' },
    ]);
  });

  it('says who carries out each command: a role for the standard ones, the interface or the editor for the rest', () => {
    const runBy = (id: Command['id']) => commandById(id).runBy;
    for (const id of ['undo', 'redo', 'cut', 'copy', 'paste', 'paste-plain-text', 'select-all', 'zoom-in', 'zoom-out', 'reset-zoom', 'toggle-full-screen', 'quit', 'about'] as const) {
      expect(runBy(id), id).toBe('main');
    }
    expect(commandById('paste-plain-text')).toMatchObject({ role: 'pasteAndMatchStyle' });
    for (const id of ['new-story', 'import', 'export', 'print', 'export-pdf', 'duplicate', 'move-to-trash', 'find', 'replace', 'toggle-preview', 'toggle-dark-mode', 'keyboard-shortcuts'] as const) {
      expect(runBy(id), id).toBe('renderer');
    }
    for (const id of ['bold', 'italic', 'link', 'subhead', 'block-quote', 'bulleted-list', 'numbered-list'] as const) {
      expect(runBy(id), id).toBe('editor');
    }
  });

  it('gives every platform the standard keys: ⌘ on a Mac, Ctrl elsewhere, Ctrl+H replace but ⌥⌘F on a Mac (⌘H hides)', () => {
    expect(acceleratorOf(commandById('find'), 'windows')).toBe('CmdOrCtrl+F');
    expect(acceleratorOf(commandById('replace'), 'linux')).toBe('Ctrl+H');
    expect(acceleratorOf(commandById('replace'), 'mac')).toBe('Cmd+Alt+F');
    expect(acceleratorOf(commandById('toggle-full-screen'), 'windows')).toBe('F11');
    expect(acceleratorOf(commandById('toggle-full-screen'), 'mac')).toBe('Ctrl+Cmd+F');
    expect(acceleratorOf(commandById('quit'), 'windows')).toBeNull();
    expect(acceleratorsOf(commandById('redo'), 'windows')).toEqual(['CmdOrCtrl+Shift+Z', 'Ctrl+Y']);
    expect(acceleratorsOf(commandById('redo'), 'mac')).toEqual(['CmdOrCtrl+Shift+Z']);
  });

  it('gives Move to Trash no key: Ctrl+Backspace and ⌘⌫ delete text', () => {
    for (const platform of PLATFORMS) expect(acceleratorsOf(commandById('move-to-trash'), platform)).toEqual([]);
  });

  it('has Print… on Ctrl+P and Export PDF… beside it with no key (Ctrl+Shift+P is a browser’s private window)', () => {
    const file = commandsIn('file', 'linux').map((command) => command.id);
    expect(file.indexOf('export-pdf')).toBe(file.indexOf('print') + 1);
    expect(commandById('export-pdf')).toMatchObject({ group: commandById('print').group });
    for (const platform of PLATFORMS) {
      expect(acceleratorsOf(commandById('print'), platform)).toEqual(['CmdOrCtrl+P']);
      expect(acceleratorsOf(commandById('export-pdf'), platform)).toEqual([]);
    }
  });

  for (const platform of PLATFORMS) {
    it(`writes every key on ${platform} so Electron understands it`, () => {
      for (const { accelerator } of keysOn(platform)) expect(() => parseAccelerator(accelerator)).not.toThrow();
    });

    it(`never gives two commands the same key on ${platform}`, () => {
      const keys = keysOn(platform);
      for (const { accelerator, owner } of keys) {
        const matches = acceleratorMatcher(accelerator, platform);
        const sharing = keys.filter((other) => matches(pressFor(other.accelerator, platform))).map((other) => other.owner);
        expect(sharing, `${accelerator} (${owner})`).toEqual([owner]);
      }
    });
  }

  it('puts every command of a menu on each platform in exactly one section', () => {
    for (const platform of PLATFORMS) {
      const listed = [...MENUS, 'format' as const].flatMap((section) => commandsIn(section, platform).map((command) => command.id));
      const present = allCommands().filter((command) => sectionOf(command, platform) !== null).map((command) => command.id);
      expect(listed.sort()).toEqual(present.sort());
    }
  });
});

describe('rendererKeyBindings()', () => {
  it('lists the keys the interface answers itself, with the export format of Ctrl+Shift+E', () => {
    const bindings = rendererKeyBindings('linux');
    expect(bindings).toContainEqual({ accelerator: 'CmdOrCtrl+Shift+E', command: 'export', format: 'html' });
    expect(bindings).toContainEqual({ accelerator: 'CmdOrCtrl+/', command: 'keyboard-shortcuts' });
    expect(bindings).toContainEqual({ accelerator: 'CmdOrCtrl+Alt+P', command: 'toggle-preview' });
    expect(bindings).toContainEqual({ accelerator: 'Ctrl+H', command: 'replace' });
  });

  it('leaves out the editor’s keys and the standard roles, which the editor and the browser handle', () => {
    const commands = new Set(rendererKeyBindings('mac').map((binding) => binding.command as string));
    for (const id of ['bold', 'undo', 'copy', 'zoom-in', 'quit']) expect(commands.has(id), id).toBe(false);
  });
});
