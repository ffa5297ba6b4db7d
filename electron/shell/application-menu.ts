// The application menu, built from the command table (shared/commands/command-table.ts): the platform's
// standard menus and keys (the macOS application menu, Edit's clipboard, View's zoom …) carried out by
// Electron's roles, and the interface's own commands (New Story, Export ▸ …, Print, Find …), which the menu
// sends to the window as the bridge event onMenuCommand. The window's interface has the story as it stands
// and decides; a command it has nothing to do with in the view it shows is simply not run.
//
// Import is the one command the main process helps with: a page may open its file picker only from a click
// or a key press in the page, never from a menu's message, so the desktop app shows its own open dialog
// and sends the chosen file's name and bytes along with the command.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog, Menu, type MenuItemConstructorOptions, type OpenDialogOptions } from 'electron';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, type MenuCommand, type RecentItems } from '../../shared/bridge/contract.ts';
import { keyPlatformOf, type KeyPlatform } from '../../shared/commands/accelerator.ts';
import {
  acceleratorOf,
  commandById,
  commandsIn,
  isRendererCommand,
  labelOf,
  MENUS,
  SECTION_TITLES,
  type Command,
  type MenuName,
} from '../../shared/commands/command-table.ts';
import { CopydeskError } from '../../shared/errors.ts';
import type { ExportFormat } from '../../shared/render/export-format.ts';
import { sendBridgeEvent } from './bridge-events.ts';

/** The keyboard shortcut of the export most people want: one HTML file. */
export const EXPORT_HTML_ACCELERATOR = exportAccelerator('html');
/** File ▸ Import…: "O" as in open; Ctrl+Shift+I is the developer tools' and Ctrl+O is left for opening a library. */
export const IMPORT_ACCELERATOR = acceleratorOf(commandById('import'), 'linux')!;

function exportAccelerator(format: ExportFormat): string | undefined {
  const command = commandById('export');
  return isRendererCommand(command) ? command.variants?.find((choice) => choice.format === format)?.accelerator : undefined;
}

/** Menus whose role tells macOS what they are: it adds the window list to Window and a search field to Help. */
const MENU_ROLES: Partial<Record<MenuName, 'window' | 'help'>> = { window: 'window', help: 'help' };

/** What the menu offers besides the table: File ▸ Open Recent's items, and emptying them. */
export interface RecentMenu {
  items: RecentItems;
  forget: () => void;
}

const NO_RECENT: RecentMenu = { items: { libraries: [], stories: [], canChooseFolder: true }, forget: () => {} };

/**
 * File ▸ Open Recent: the stories, then the libraries (each with its folder as a tooltip), then Clear Menu.
 * Choosing one sends it to the interface, which saves what is open before it opens anything else.
 */
export function recentSubmenu({ items, forget }: RecentMenu, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const stories = items.stories.map(
    (story): MenuItemConstructorOptions => ({
      label: `${story.headline.trim() || 'Untitled story'} — ${story.libraryName}`,
      click: () => send({ command: 'open-recent', story: { id: story.id, libraryPath: story.libraryPath } }),
    }),
  );
  // The open library is not offered: choosing it would do nothing.
  const libraries = items.libraries
    .filter((library) => !library.current)
    .map(
      (library): MenuItemConstructorOptions => ({
        label: `${library.name} (library)`,
        toolTip: library.path,
        click: () => send({ command: 'open-library', path: library.path }),
      }),
    );
  const empty = stories.length === 0 && libraries.length === 0;
  return [
    ...(empty ? [{ label: 'No Recent Stories', enabled: false }] : []),
    ...stories,
    ...(stories.length > 0 && libraries.length > 0 ? [{ type: 'separator' as const }] : []),
    ...libraries,
    { type: 'separator' },
    { id: 'open-recent:forget', label: 'Clear Menu', enabled: !empty, click: forget },
  ];
}

/** One command as a menu item: a role for the standard ones, a message to the interface for the others. */
function menuItem(
  command: Command,
  platform: KeyPlatform,
  send: (command: MenuCommand) => void,
  recent: RecentMenu,
): MenuItemConstructorOptions {
  const label = labelOf(command, platform);
  const accelerator = acceleratorOf(command, platform);
  const common = { id: command.id, label, ...(accelerator ? { accelerator } : {}) };
  if (command.runBy === 'main') return { ...common, role: command.role };
  if (!isRendererCommand(command)) throw new CopydeskError('internal', `The editor's command “${command.id}” has no menu.`);
  if (command.listsRecent) return { id: command.id, label, submenu: recentSubmenu(recent, send) };
  if (command.variants) {
    return {
      id: command.id,
      label,
      submenu: command.variants.map((variant) => ({
        id: `${command.id}:${variant.format}`,
        label: variant.label,
        ...(variant.accelerator ? { accelerator: variant.accelerator } : {}),
        click: () => send({ command: 'export', format: variant.format }),
      })),
    };
  }
  const id = command.id;
  if (id === 'export') throw new CopydeskError('internal', 'Export is sent with its format, from its submenu.');
  return { ...common, click: () => send({ command: id }) };
}

/** A menu's items in table order, with a separator wherever the group changes. */
function menuItems(
  menu: MenuName,
  platform: KeyPlatform,
  send: (command: MenuCommand) => void,
  recent: RecentMenu,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: string | null = null;
  for (const command of commandsIn(menu, platform)) {
    if (group !== null && command.group !== group) items.push({ type: 'separator' });
    group = command.group;
    items.push(menuItem(command, platform, send, recent));
  }
  return items;
}

/** The menu as data: no side effects, so a test can read it. `send` delivers a command to the interface. */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  recent: RecentMenu = NO_RECENT,
): MenuItemConstructorOptions[] {
  const keys = keyPlatformOf(platform);
  return MENUS.flatMap((menu): MenuItemConstructorOptions[] => {
    const submenu = menuItems(menu, keys, send, recent);
    if (submenu.length === 0) return [];
    const role = MENU_ROLES[menu];
    // macOS titles the application menu with the application's name, whatever the label says.
    return [{ label: SECTION_TITLES[menu], ...(role ? { role } : {}), submenu }];
  });
}

export interface ApplicationMenuOptions {
  /** The editor window, for when no window has the focus (the macOS menu bar stays with no window focused). */
  getMainWindow: () => BrowserWindow | null;
  /** File ▸ Open Recent as it stands, read again each time the menu is rebuilt. */
  recentItems?: () => RecentItems;
  forgetRecent?: () => void;
  platform?: NodeJS.Platform;
}

/** Sets the application menu; returns the way to build it again, for when Open Recent has changed. */
export function setupApplicationMenu({
  getMainWindow,
  recentItems,
  forgetRecent,
  platform = process.platform,
}: ApplicationMenuOptions): () => void {
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
  const rebuild = () => {
    const recent: RecentMenu = {
      items: recentItems?.() ?? NO_RECENT.items,
      forget: () => {
        forgetRecent?.();
        rebuild();
      },
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(platform, send, recent)));
  };
  rebuild();
  return rebuild;
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
