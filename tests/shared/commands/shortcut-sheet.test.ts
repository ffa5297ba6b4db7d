import { describe, expect, it } from 'vitest';
import { shortcutSheet } from '../../../shared/commands/shortcut-sheet.ts';

const entry = (platform: 'mac' | 'linux', label: string) =>
  shortcutSheet(platform)
    .flatMap((section) => section.entries)
    .find((one) => one.label === label);

describe('shortcutSheet()', () => {
  it('groups the keys as the menus do, with the editor’s formatting after Edit', () => {
    expect(shortcutSheet('linux').map((section) => section.title)).toEqual(['File', 'Edit', 'Format', 'View', 'Window', 'Help']);
    expect(shortcutSheet('mac').map((section) => section.title)).toEqual(['Copydesk', 'File', 'Edit', 'Format', 'View', 'Window', 'Help']);
  });

  it('lists Export by the choice its key makes, and Find, with their keys', () => {
    expect(entry('linux', 'Export ▸ HTML (single file)')).toEqual({ id: 'export', label: 'Export ▸ HTML (single file)', accelerators: ['CmdOrCtrl+Shift+E'] });
    expect(entry('linux', 'Find')).toEqual({ id: 'find', label: 'Find', accelerators: ['CmdOrCtrl+F'] });
    expect(entry('mac', 'Replace')?.accelerators).toEqual(['Cmd+Alt+F']);
  });

  it('lists every key of a command on this platform (redo’s Ctrl+Y on Linux, not on a Mac)', () => {
    expect(entry('linux', 'Redo')?.accelerators).toEqual(['CmdOrCtrl+Shift+Z', 'Ctrl+Y']);
    expect(entry('mac', 'Redo')?.accelerators).toEqual(['CmdOrCtrl+Shift+Z']);
  });

  it('lists the editor’s formatting keys, which have no menu', () => {
    const format = shortcutSheet('linux').find((section) => section.section === 'format')!;
    expect(format.entries.map((one) => one.label)).toEqual(
      expect.arrayContaining(['Bold', 'Italic', 'Link', 'Subhead', 'Quote', 'Bulleted list', 'Numbered list']),
    );
  });

  it('leaves out commands without a key here, and the developer tools', () => {
    const labels = shortcutSheet('linux').flatMap((section) => section.entries.map((one) => one.label));
    expect(labels).not.toContain('Duplicate');
    expect(labels).not.toContain('Move to Trash');
    expect(labels).not.toContain('Developer Tools');
    expect(labels).not.toContain('Hide Copydesk');
    expect(shortcutSheet('mac').flatMap((section) => section.entries.map((one) => one.label))).toContain('Hide Copydesk');
  });
});
