// The application menu: the platform's standard menus, and File ▸ Export ▸ one item per export format, each
// of which asks the window's interface to export (the bridge event onMenuCommand): the interface has the
// story as it stands, checks it and asks where. A later issue replaces this with the full command table.

import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/bridge/contract.ts';
import { EXPORT_FORMATS, ExportFormat } from '../../shared/render/export-format.ts';
import { sendBridgeEvent } from './bridge-events.ts';

/** The keyboard shortcut of the export most people want: one HTML file. */
export const EXPORT_HTML_ACCELERATOR = 'CmdOrCtrl+Shift+E';

/** The menu as data: no side effects, so a test can read it. `send` delivers a command to the interface. */
export function applicationMenuTemplate(platform: NodeJS.Platform, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const exportItems: MenuItemConstructorOptions[] = ExportFormat.options.map((format) => ({
    id: `export:${format}`,
    label: `${EXPORT_FORMATS[format].label}…`,
    ...(format === 'html' ? { accelerator: EXPORT_HTML_ACCELERATOR } : {}),
    click: () => send({ command: 'export', format }),
  }));
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [{ label: 'Export', submenu: exportItems }, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
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
  const send = (command: MenuCommand) => {
    sendBridgeEvent(BrowserWindow.getFocusedWindow() ?? getMainWindow(), 'onMenuCommand', command);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(platform, send)));
}
