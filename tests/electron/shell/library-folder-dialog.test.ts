import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { createLibraryFolderChooser, libraryFolderDialogOptions } = await import('../../../electron/shell/library-folder-dialog.ts');

beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
  FakeBrowserWindow.focused = null;
});

describe('libraryFolderDialogOptions()', () => {
  it('asks for a folder, which may be made there, starting beside the open library', () => {
    expect(libraryFolderDialogOptions('/home/ana/Documents/Copydesk')).toMatchObject({
      title: 'Open Library',
      buttonLabel: 'Open Library',
      defaultPath: '/home/ana/Documents',
      properties: ['openDirectory', 'createDirectory'],
    });
  });
});

describe('createLibraryFolderChooser()', () => {
  it('shows the picker over the main window and answers the folder chosen', async () => {
    const main = new FakeBrowserWindow({ width: 800, height: 600 });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/Courts desk'] });
    await expect(createLibraryFolderChooser(() => main as never)('/home/ana/Documents/Copydesk')).resolves.toBe('/media/usb/Courts desk');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(main, expect.objectContaining({ title: 'Open Library' }));
  });

  it('answers null when the person cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(createLibraryFolderChooser(() => null)('/home/ana/Documents/Copydesk')).resolves.toBeNull();
  });
});
