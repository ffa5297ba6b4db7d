import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_EVENT_CHANNEL } from '../../../electron/shell/bridge-events.ts';
import { electron, FakeBrowserWindow } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { applicationMenuTemplate, setupApplicationMenu } = await import('../../../electron/shell/application-menu.ts');

type Item = { label?: string; role?: string; type?: string; accelerator?: string; submenu?: Item[]; click?: (...args: unknown[]) => void };

function exportMenu(template: Item[]): Item[] {
  const file = template.find((item) => item.label === 'File')!;
  return file.submenu!.find((item) => item.label === 'Export')!.submenu!;
}

function importItem(template: Item[]): Item {
  return template.find((item) => item.label === 'File')!.submenu!.find((item) => item.label === 'Import…')!;
}

describe('applicationMenuTemplate()', () => {
  it('has File ▸ Export with one item per format, labelled from EXPORT_FORMATS', () => {
    const items = exportMenu(applicationMenuTemplate('linux', () => {}) as Item[]);
    expect(items.map((item) => item.label)).toEqual([
      'HTML (single file)…',
      'HTML (folder)…',
      'Markdown…',
      'Plain text (wire style)…',
      'Story JSON…',
    ]);
  });

  it('gives the single-file HTML export the shortcut Ctrl+Shift+E (⌘⇧E on a Mac), and no other', () => {
    const items = exportMenu(applicationMenuTemplate('linux', () => {}) as Item[]);
    expect(items.filter((item) => item.accelerator).map((item) => [item.label, item.accelerator])).toEqual([
      ['HTML (single file)…', 'CmdOrCtrl+Shift+E'],
    ]);
  });

  it('sends the export command with its format when an item is clicked', () => {
    const send = vi.fn();
    const items = exportMenu(applicationMenuTemplate('win32', send) as Item[]);
    items[1]!.click!();
    items[3]!.click!();
    expect(send.mock.calls).toEqual([[{ command: 'export', format: 'html-folder' }], [{ command: 'export', format: 'txt' }]]);
  });

  it('has File ▸ Import… before Export, with Ctrl+Shift+O (⌘⇧O), a shortcut no standard menu item uses', () => {
    const template = applicationMenuTemplate('linux', () => {}) as Item[];
    const file = template.find((item) => item.label === 'File')!.submenu!;
    expect(file.map((item) => item.label ?? item.type ?? item.role)).toEqual(['Import…', 'Export', 'separator', 'quit']);
    expect(importItem(template)).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+Shift+O' });
    // Ctrl+Shift+I is the developer tools' (View menu); the menu's own shortcuts are all different.
    const accelerators = [importItem(template).accelerator, ...exportMenu(template).map((item) => item.accelerator)].filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(accelerators).not.toContain('CmdOrCtrl+Shift+I');
  });

  it('sends the import command when Import… is clicked', () => {
    const send = vi.fn();
    importItem(applicationMenuTemplate('darwin', send) as Item[]).click!();
    expect(send.mock.calls).toEqual([[{ command: 'import' }]]);
  });

  it('has the standard menus: the app menu on macOS only, then File, Edit, View and Window', () => {
    const mac = applicationMenuTemplate('darwin', () => {}) as Item[];
    expect(mac.map((item) => item.role ?? item.label)).toEqual(['appMenu', 'File', 'editMenu', 'viewMenu', 'windowMenu']);
    const linux = applicationMenuTemplate('linux', () => {}) as Item[];
    expect(linux.map((item) => item.role ?? item.label)).toEqual(['File', 'editMenu', 'viewMenu', 'windowMenu']);
    expect(linux[0]!.submenu!.at(-1)).toEqual({ role: 'quit' });
    expect(mac[1]!.submenu!.at(-1)).toEqual({ role: 'close' });
  });
});

describe('setupApplicationMenu()', () => {
  let main: FakeBrowserWindow;
  beforeEach(() => {
    electron.dialog.showOpenDialog.mockClear();
    electron.dialog.showMessageBox.mockClear();
    main = new FakeBrowserWindow({ width: 800, height: 600 });
    FakeBrowserWindow.focused = null;
    setupApplicationMenu({ getMainWindow: () => main as never, platform: 'linux' });
  });

  const click = (label: string) => exportMenu(electron.Menu.applicationMenu!.template as Item[]).find((item) => item.label === label)!.click!();

  it('sets the application menu', () => {
    expect(electron.Menu.applicationMenu?.template.map((item: Item) => item.role ?? item.label)).toEqual([
      'File',
      'editMenu',
      'viewMenu',
      'windowMenu',
    ]);
  });

  it('sends onMenuCommand to the focused window as a bridge event', () => {
    const focused = new FakeBrowserWindow({ width: 800, height: 600 });
    FakeBrowserWindow.focused = focused;
    click('Markdown…');
    expect(focused.webContents.send).toHaveBeenCalledWith(BRIDGE_EVENT_CHANNEL, 'onMenuCommand', { command: 'export', format: 'md' });
    expect(main.webContents.send).not.toHaveBeenCalled();
  });

  it('sends it to the editor window when no window has the focus', () => {
    click('HTML (single file)…');
    expect(main.webContents.send).toHaveBeenCalledWith(BRIDGE_EVENT_CHANNEL, 'onMenuCommand', { command: 'export', format: 'html' });
  });

  const clickImport = () => importItem(electron.Menu.applicationMenu!.template as Item[]).click!();

  it('File ▸ Import… shows the open dialog over the window and sends the chosen file’s name and bytes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-menu-'));
    const file = join(folder, 'courthouse.html');
    writeFileSync(file, '<p>Hello</p>');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    clickImport();
    await vi.waitFor(() => expect(main.webContents.send).toHaveBeenCalled());
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(main, expect.objectContaining({ properties: ['openFile'], buttonLabel: 'Import' }));
    expect(main.webContents.send).toHaveBeenCalledWith(BRIDGE_EVENT_CHANNEL, 'onMenuCommand', {
      command: 'import',
      file: { fileName: 'courthouse.html', dataBase64: Buffer.from('<p>Hello</p>').toString('base64') },
    });
    rmSync(folder, { recursive: true, force: true });
  });

  it('File ▸ Import… sends nothing when the dialog is cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    clickImport();
    await vi.waitFor(() => expect(electron.dialog.showOpenDialog).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(main.webContents.send).not.toHaveBeenCalled();
  });

  it('File ▸ Import… explains a file it cannot read in a message box, and sends nothing', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(tmpdir(), 'copydesk-no-such-file.html')] });
    clickImport();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      main,
      expect.objectContaining({ type: 'error', message: '“copydesk-no-such-file.html” could not be imported.' }),
    );
    expect(main.webContents.send).not.toHaveBeenCalled();
  });

  it('sends nothing once the window is closed', () => {
    main.close();
    expect(() => click('Story JSON…')).not.toThrow();
    expect(main.webContents.send).not.toHaveBeenCalled();
  });
});
