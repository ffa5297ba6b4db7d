import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { BRIDGE_EVENT_CHANNEL } from '../../../electron/shell/bridge-events.ts';
import { acceleratorOf, commandsIn, labelOf, MENUS } from '../../../shared/commands/command-table.ts';
import { electron, FakeBrowserWindow } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { applicationMenuTemplate, setupApplicationMenu } = await import('../../../electron/shell/application-menu.ts');

type Item = { id?: string; label?: string; role?: string; type?: string; enabled?: boolean; accelerator?: string; submenu?: Item[]; click?: (...args: unknown[]) => void };

/** Every item of every menu and submenu, in order. */
function allItems(template: Item[]): Item[] {
  return template.flatMap((menu) => (menu.submenu ?? []).flatMap((item) => [item, ...allItems(item.submenu ? [item] : [])]));
}

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
    expect(file.map((item) => item.label ?? item.type)).toEqual([
      'New Story',
      'New from Template…',
      'separator',
      'Open Library…',
      'Open Recent',
      'separator',
      'Save',
      'Duplicate',
      'separator',
      'Import…',
      'Export',
      'Print…',
      'Export PDF…',
      'separator',
      'Move to Trash…',
      'separator',
      'Close Window',
      'Quit',
    ]);
    expect(importItem(template)).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+Shift+O' });
    // Ctrl+Shift+I is the developer tools' (View menu); the menu's own shortcuts are all different.
    const accelerators = allItems(template).map((item) => item.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(importItem(template).accelerator).not.toBe('CmdOrCtrl+Shift+I');
  });

  it('sends the import command when Import… is clicked', () => {
    const send = vi.fn();
    importItem(applicationMenuTemplate('darwin', send) as Item[]).click!();
    expect(send.mock.calls).toEqual([[{ command: 'import' }]]);
  });

  it('has the standard menus: the application menu on macOS only, then File, Edit, View, Window and Help', () => {
    const mac = applicationMenuTemplate('darwin', () => {}) as Item[];
    expect(mac.map((item) => item.label)).toEqual(['Copydesk', 'File', 'Edit', 'View', 'Window', 'Help']);
    const linux = applicationMenuTemplate('linux', () => {}) as Item[];
    expect(linux.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(linux[0]!.submenu!.at(-1)).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    expect(mac[1]!.submenu!.at(-1)).toMatchObject({ role: 'close', accelerator: 'CmdOrCtrl+W' });
    // macOS adds the window list to the Window menu and a search field to Help when told which they are.
    expect(mac.find((item) => item.label === 'Window')?.role).toBe('window');
    expect(mac.find((item) => item.label === 'Help')?.role).toBe('help');
  });

  it('has the macOS application menu: About, Preferences, Services, Hide, Quit', () => {
    const app = (applicationMenuTemplate('darwin', () => {}) as Item[])[0]!.submenu!;
    expect(app.map((item) => item.role ?? item.label ?? item.type)).toEqual([
      'about',
      'separator',
      'Preferences…',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(app.find((item) => item.label === 'Preferences…')?.accelerator).toBe('CmdOrCtrl+,');
    expect(app.at(-1)).toMatchObject({ label: 'Quit Copydesk', accelerator: 'Cmd+Q' });
  });

  for (const [platform, keys] of [
    ['linux', 'linux'],
    ['win32', 'windows'],
    ['darwin', 'mac'],
  ] as const) {
    it(`has every command of the table’s menus on ${platform} once, with its key`, () => {
      const items = allItems(applicationMenuTemplate(platform, () => {}) as Item[]).filter((item) => item.type !== 'separator' && item.id);
      const expected = MENUS.flatMap((menu) => commandsIn(menu, keys));
      expect(items.filter((item) => !item.id!.includes(':')).map((item) => item.id)).toEqual(expected.map((command) => command.id));
      for (const command of expected) {
        const item = items.find((one) => one.id === command.id)!;
        expect(item.label, command.id).toBe(labelOf(command, keys));
        expect(item.accelerator, command.id).toBe(acceleratorOf(command, keys) ?? undefined);
      }
    });
  }

  it('leaves the standard items to Electron’s roles', () => {
    const items = allItems(applicationMenuTemplate('win32', () => {}) as Item[]);
    const roleOf = (label: string) => items.find((item) => item.label === label)?.role;
    expect(roleOf('Undo')).toBe('undo');
    expect(roleOf('Redo')).toBe('redo');
    expect(roleOf('Cut')).toBe('cut');
    expect(roleOf('Copy')).toBe('copy');
    expect(roleOf('Paste')).toBe('paste');
    expect(roleOf('Paste as Plain Text')).toBe('pasteAndMatchStyle');
    expect(roleOf('Select All')).toBe('selectAll');
    expect(roleOf('Zoom In')).toBe('zoomIn');
    expect(roleOf('Zoom Out')).toBe('zoomOut');
    expect(roleOf('Actual Size')).toBe('resetZoom');
    expect(roleOf('Toggle Full Screen')).toBe('togglefullscreen');
    expect(roleOf('About Copydesk')).toBe('about');
    expect(roleOf('Exit')).toBe('quit');
    // The interface's commands are not roles: they are sent to the window.
    expect(roleOf('Find…')).toBeUndefined();
    expect(roleOf('Print…')).toBeUndefined();
    expect(roleOf('Export PDF…')).toBeUndefined();
  });

  it('sends the interface’s commands by their id when clicked', () => {
    const send = vi.fn();
    const items = allItems(applicationMenuTemplate('linux', send) as Item[]);
    for (const label of ['New Story', 'Print…', 'Export PDF…', 'Find…', 'Dark Mode', 'Keyboard Shortcuts', 'Move to Trash…']) {
      items.find((item) => item.label === label)!.click!();
    }
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      { command: 'new-story' },
      { command: 'print' },
      { command: 'export-pdf' },
      { command: 'find' },
      { command: 'toggle-dark-mode' },
      { command: 'keyboard-shortcuts' },
      { command: 'move-to-trash' },
    ]);
  });

  it('separates groups with one separator, never at a menu’s start or end', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const menu of applicationMenuTemplate(platform, () => {}) as Item[]) {
        const kinds = menu.submenu!.map((item) => item.type ?? 'item');
        expect(kinds[0], menu.label).not.toBe('separator');
        expect(kinds.at(-1), menu.label).not.toBe('separator');
        expect(kinds.join(' '), menu.label).not.toContain('separator separator');
      }
    }
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
    expect(electron.Menu.applicationMenu?.template.map((item: Item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends a command the interface carries out to the window, as onMenuCommand', () => {
    const item = allItems(electron.Menu.applicationMenu!.template as Item[]).find((one) => one.label === 'Keyboard Shortcuts')!;
    item.click!();
    expect(main.webContents.send).toHaveBeenCalledWith(BRIDGE_EVENT_CHANNEL, 'onMenuCommand', { command: 'keyboard-shortcuts' });
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

describe('File ▸ Open Recent', () => {
  const recent = {
    libraries: [
      { path: '/home/ana/Stories', name: 'Stories', current: true },
      { path: '/media/usb/Courts desk', name: 'Courts desk', current: false },
    ],
    stories: [
      { id: 'a1', headline: 'Council passes budget', libraryPath: '/home/ana/Stories', libraryName: 'Stories' },
      { id: 'b2', headline: '  ', libraryPath: '/media/usb/Courts desk', libraryName: 'Courts desk' },
    ],
    canChooseFolder: true,
  };
  const openRecent = () =>
    allItems(electron.Menu.applicationMenu!.template as Item[]).find((item) => item.label === 'Open Recent')!.submenu!;
  let main: FakeBrowserWindow;
  let forgetRecent: Mock<() => void>;
  let items: typeof recent;
  beforeEach(() => {
    main = new FakeBrowserWindow({ width: 800, height: 600 });
    FakeBrowserWindow.focused = null;
    items = recent;
    forgetRecent = vi.fn(() => {
      items = { libraries: [recent.libraries[0]!], stories: [], canChooseFolder: true };
    });
    setupApplicationMenu({ getMainWindow: () => main as never, platform: 'linux', recentItems: () => items, forgetRecent });
  });

  it('lists the recent stories with their library, then the other libraries, then Clear Menu', () => {
    expect(openRecent().map((item) => item.label ?? item.type)).toEqual([
      'Council passes budget — Stories',
      'Untitled story — Courts desk',
      'separator',
      'Courts desk (library)',
      'separator',
      'Clear Menu',
    ]);
  });

  it('sends a recent story, with its library, to the window', () => {
    openRecent()[1]!.click!();
    expect(main.webContents.send).toHaveBeenCalledWith(BRIDGE_EVENT_CHANNEL, 'onMenuCommand', {
      command: 'open-recent',
      story: { id: 'b2', libraryPath: '/media/usb/Courts desk' },
    });
  });

  it('sends a recent library as Open Library with its folder', () => {
    openRecent().find((item) => item.label === 'Courts desk (library)')!.click!();
    expect(main.webContents.send).toHaveBeenCalledWith(BRIDGE_EVENT_CHANNEL, 'onMenuCommand', {
      command: 'open-library',
      path: '/media/usb/Courts desk',
    });
  });

  it('Clear Menu forgets them and rebuilds the menu empty', () => {
    openRecent().find((item) => item.label === 'Clear Menu')!.click!();
    expect(forgetRecent).toHaveBeenCalledOnce();
    expect(openRecent().map((item) => item.label ?? item.type)).toEqual(['No Recent Stories', 'separator', 'Clear Menu']);
    expect(openRecent().find((item) => item.label === 'Clear Menu')).toMatchObject({ enabled: false });
  });

  it('Open Library… asks the interface, which shows the folder picker through the bridge', () => {
    allItems(electron.Menu.applicationMenu!.template as Item[]).find((item) => item.label === 'Open Library…')!.click!();
    expect(main.webContents.send).toHaveBeenCalledWith(BRIDGE_EVENT_CHANNEL, 'onMenuCommand', { command: 'open-library' });
  });
});
