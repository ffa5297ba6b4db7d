// The application menu: the platform's standard menus, File ▸ Import…, and File ▸ Export ▸ one item per
// export format, each of which asks the window's interface to act (the bridge event onMenuCommand): the
// interface has the story as it stands, checks it and asks where. A later issue replaces this with the full
// command table.
//
// Import is the one command the main process helps with: a page may open its file picker only from a click
// or a key press in the page, never from a menu's message, so the desktop app shows its own open dialog
// and sends the chosen file's name and bytes along with the command.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog, Menu, type MenuItemConstructorOptions, type OpenDialogOptions } from 'electron';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, type MenuCommand } from '../../shared/bridge/contract.ts';
import { EXPORT_FORMATS, ExportFormat } from '../../shared/render/export-format.ts';
import { sendBridgeEvent } from './bridge-events.ts';

/** The keyboard shortcut of the export most people want: one HTML file. */
export const EXPORT_HTML_ACCELERATOR = 'CmdOrCtrl+Shift+E';
/** File ▸ Import…: "O" as in open; Ctrl+Shift+I is the developer tools' and Ctrl+O is left for opening a library. */
export const IMPORT_ACCELERATOR = 'CmdOrCtrl+Shift+O';

/** The menu as data: no side effects, so a test can read it. `send` delivers a command to the interface. */
export function applicationMenuTemplate(platform: NodeJS.Platform, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const exportItems: MenuItemConstructorOptions[] = ExportFormat.options.map((format) => ({
    id: `export:${format}`,
    label: `${EXPORT_FORMATS[format].label}…`,
    ...(format === 'html' ? { accelerator: EXPORT_HTML_ACCELERATOR } : {}),
    click: () => send({ command: 'export', format }),
  }));
  const importItem: MenuItemConstructorOptions = {
    id: 'import',
    label: 'Import…',
    accelerator: IMPORT_ACCELERATOR,
    click: () => send({ command: 'import' }),
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        importItem,
        { label: 'Export', submenu: exportItems },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}

export interface ApplicationMenuOptions {
  /** The editor window, for when no window has the focus (the macOS menu bar stays with no window focused). */
  getMainWindow: () => BrowserWindow | null;
  platform?: NodeJS.Platform;
}

export function setupApplicationMenu({ getMainWindow, platform = process.platform }: ApplicationMenuOptions): void {
  const target = () => BrowserWindow.getFocusedWindow() ?? getMainWindow();
  const send = (command: MenuCommand) => {
    if (command.command === 'import' && !command.file) {
      void chooseFileToImport(target()).then((chosen) => {
        if (chosen) sendBridgeEvent(target(), 'onMenuCommand', chosen);
      });
      return;
    }
    sendBridgeEvent(target(), 'onMenuCommand', command);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(platform, send)));
}

export function importDialogOptions(): OpenDialogOptions {
  return {
    title: 'Import a story',
    buttonLabel: 'Import',
    properties: ['openFile'],
    filters: [
      { name: 'Web pages, Word documents and text', extensions: IMPORT_EXTENSIONS.map((extension) => extension.slice(1)) },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/**
 * The open dialog for File ▸ Import…, over the window: the import command with the file chosen, or null when
 * the person cancels. A file that cannot be read or is too large is explained in a message box instead.
 */
export async function chooseFileToImport(owner: BrowserWindow | null): Promise<MenuCommand | null> {
  const window = owner && !owner.isDestroyed() ? owner : null;
  const options = importDialogOptions();
  const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const path = filePaths[0];
  if (canceled || !path) return null;
  const refuse = async (message: string) => {
    const box = { type: 'error' as const, title: 'Import', message: `“${basename(path)}” could not be imported.`, detail: message };
    if (window) await dialog.showMessageBox(window, box);
    else await dialog.showMessageBox(box);
    return null;
  };
  try {
    const info = await stat(path);
    if (info.size > MAX_IMPORT_BYTES) return refuse(`It is larger than the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB Copydesk imports.`);
    const bytes = await readFile(path);
    return { command: 'import', file: { fileName: basename(path).slice(0, 255), dataBase64: bytes.toString('base64') } };
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
}
