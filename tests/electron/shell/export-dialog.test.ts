import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { createExportDestinationChooser, exportDialogOptions, exportPathFromDialog } = await import(
  '../../../electron/shell/export-dialog.ts'
);

beforeEach(() => {
  electron.dialog.showSaveDialog.mockReset();
  FakeBrowserWindow.focused = null;
});

describe('exportDialogOptions()', () => {
  it('asks for a file of the format, starting at the suggested path', () => {
    expect(exportDialogOptions('md', '/home/ana/Documents/Copydesk Exports/harbour.md')).toEqual({
      title: 'Export as Markdown',
      defaultPath: '/home/ana/Documents/Copydesk Exports/harbour.md',
      buttonLabel: 'Export',
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
  });

  it('asks for the name of the folder to create for an HTML folder, with no file filter', () => {
    const options = exportDialogOptions('html-folder', '/exports/harbour');
    expect(options).toMatchObject({ title: 'Export as HTML (folder)', defaultPath: '/exports/harbour', nameFieldLabel: 'Folder name:' });
    expect(options.filters).toBeUndefined();
    expect(options.message).toMatch(/creates a folder/);
  });
});

describe('exportPathFromDialog()', () => {
  it('adds the extension to a name typed without one', () => {
    expect(exportPathFromDialog('html', '/exports/harbour')).toBe('/exports/harbour.html');
    expect(exportPathFromDialog('html', '/exports/harbour.htm')).toBe('/exports/harbour.htm');
    expect(exportPathFromDialog('html-folder', '/exports/harbour')).toBe('/exports/harbour');
  });
});

describe('createExportDestinationChooser()', () => {
  it('shows the save dialog over the focused window and answers the path chosen', async () => {
    const main = new FakeBrowserWindow({ width: 800, height: 600 });
    const focused = new FakeBrowserWindow({ width: 800, height: 600 });
    FakeBrowserWindow.focused = focused;
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/exports/harbour.txt' });
    const choose = createExportDestinationChooser(() => main as never);

    await expect(choose('txt', '/suggested/harbour.txt')).resolves.toBe('/exports/harbour.txt');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(focused, expect.objectContaining({ defaultPath: '/suggested/harbour.txt' }));
  });

  it('falls back to the editor window when none has the focus', async () => {
    const main = new FakeBrowserWindow({ width: 800, height: 600 });
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/exports/harbour' });
    await expect(createExportDestinationChooser(() => main as never)('html-folder', '/x')).resolves.toBe('/exports/harbour');
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(main);
  });

  it('shows a free-standing dialog when there is no window at all', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/exports/harbour.json' });
    await expect(createExportDestinationChooser(() => null)('json', '/x.json')).resolves.toBe('/exports/harbour.json');
    expect(electron.dialog.showSaveDialog.mock.calls[0]).toEqual([expect.objectContaining({ title: 'Export as Story JSON' })]);
  });

  it('answers null when the person cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(createExportDestinationChooser(() => null)('html', '/x.html')).resolves.toBeNull();
  });
});
