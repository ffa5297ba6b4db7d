// Every command Copydesk has, once: its label, where it sits in the desktop menu, its keyboard shortcut, and
// who carries it out. The desktop menu (electron/shell/application-menu.ts), the interface's key dispatcher
// (renderer/src/commands/), the toolbar's tooltips and the "Keyboard shortcuts" sheet are all read from here.
//
// Who carries a command out:
//   main      the desktop app itself, with one of Electron's standard roles (undo, copy, zoom, quit …); in the
//             browser host the browser does the same for the same keys
//   renderer  the interface: the menu sends it over the bridge as a MenuCommand, and the same keys are matched
//             in the page; a command nobody in the page has registered for is simply not run
//   editor    the story editor's own keys (bold, lists …): Slate needs them in its own key handler, with the
//             selection, so the table only describes them — for the sheet, and a test keeps the two in step

import { EXPORT_FORMATS, ExportFormat } from '../render/export-format.ts';
import type { KeyPlatform } from './accelerator.ts';

/** The desktop menus, in the order they appear; "app" is the macOS application menu ("Copydesk"). */
export const MENUS = ['app', 'file', 'edit', 'view', 'window', 'help'] as const;
export type MenuName = (typeof MENUS)[number];

/** Where a command is listed: one of the menus, or the editor's formatting keys, which have no menu. */
export type CommandSection = MenuName | 'format';

/** How each section is titled, in the menu bar and on the sheet. */
export const SECTION_TITLES: Record<CommandSection, string> = {
  app: 'Copydesk',
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  format: 'Format',
};

/** Electron's menu roles the table uses (MenuItemConstructorOptions['role'], in Electron's spelling). */
export type CommandRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'front';

/** A value for every platform, or one per platform; null where there is none. */
export type PerPlatform<T> = T | { readonly mac: T | null; readonly windows: T | null; readonly linux: T | null };

/** One choice of a command with a submenu: File ▸ Export ▸ Markdown… */
export interface CommandVariant {
  readonly label: string;
  readonly format: ExportFormat;
  readonly accelerator?: string;
}

interface CommandBase {
  readonly id: string;
  /** As the menu shows it, "…" when more is asked before anything happens. */
  readonly label: PerPlatform<string>;
  /** Where it sits; a command only on some platforms is null on the others. */
  readonly section: PerPlatform<CommandSection>;
  /** Commands of one group sit together; the menu draws a separator between groups. */
  readonly group: string;
  /** Electron's accelerator syntax ("CmdOrCtrl+Shift+E"). */
  readonly accelerator?: PerPlatform<string>;
  /** Further keys that do the same, listed on the sheet (Ctrl+Y for redo on Windows and Linux). */
  readonly alsoAccelerators?: PerPlatform<readonly string[]>;
  /** Left off the sheet: a key for developers, not for writing stories. */
  readonly hiddenFromSheet?: boolean;
}

interface RoleCommand extends CommandBase {
  readonly runBy: 'main';
  readonly role: CommandRole;
}

interface RendererCommand extends CommandBase {
  readonly runBy: 'renderer';
  /** A submenu, one item per choice (the export formats). */
  readonly variants?: readonly CommandVariant[];
  /** A submenu of the stories and libraries opened lately, which the desktop app fills in as they change. */
  readonly listsRecent?: true;
}

interface EditorCommand extends CommandBase {
  readonly runBy: 'editor';
}

export type CommandDefinition = RoleCommand | RendererCommand | EditorCommand;

const EXPORT_VARIANTS: readonly CommandVariant[] = ExportFormat.options.map((format) => ({
  label: `${EXPORT_FORMATS[format].label}…`,
  format,
  ...(format === 'html' ? { accelerator: 'CmdOrCtrl+Shift+E' } : {}),
}));

/** Per platform: `mac` on a Mac, `other` on Windows and Linux. */
const macOr = <T,>(mac: T | null, other: T | null) => ({ mac, windows: other, linux: other });

/** The table, in menu order: each menu lists its commands in the order they come here. */
export const COMMANDS = [
  // ── File ──
  { id: 'new-story', label: 'New Story', section: 'file', group: 'new', accelerator: 'CmdOrCtrl+N', runBy: 'renderer' },
  {
    id: 'new-from-template',
    label: 'New from Template…',
    section: 'file',
    group: 'new',
    accelerator: 'CmdOrCtrl+Shift+N',
    runBy: 'renderer',
  },
  { id: 'open-library', label: 'Open Library…', section: 'file', group: 'open', accelerator: 'CmdOrCtrl+O', runBy: 'renderer' },
  { id: 'open-recent', label: 'Open Recent', section: 'file', group: 'open', runBy: 'renderer', listsRecent: true },
  { id: 'save', label: 'Save', section: 'file', group: 'save', accelerator: 'CmdOrCtrl+S', runBy: 'renderer' },
  { id: 'duplicate', label: 'Duplicate', section: 'file', group: 'save', runBy: 'renderer' },
  // File ▸ Import…: "O" as in open; Ctrl+Shift+I is the developer tools'.
  { id: 'import', label: 'Import…', section: 'file', group: 'exchange', accelerator: 'CmdOrCtrl+Shift+O', runBy: 'renderer' },
  // Its keys are its choices': Ctrl+Shift+E exports the single HTML file most people want.
  { id: 'export', label: 'Export', section: 'file', group: 'exchange', runBy: 'renderer', variants: EXPORT_VARIANTS },
  { id: 'print', label: 'Print…', section: 'file', group: 'exchange', accelerator: 'CmdOrCtrl+P', runBy: 'renderer' },
  // No key: Ctrl+Shift+P opens a private window in Firefox, which the browser host cannot take back.
  { id: 'export-pdf', label: 'Export PDF…', section: 'file', group: 'exchange', runBy: 'renderer' },
  // No key: Ctrl+Backspace and ⌘⌫ delete words and lines in the text, and a story is not trashed by a slip.
  { id: 'move-to-trash', label: 'Move to Trash…', section: 'file', group: 'trash', runBy: 'renderer' },
  { id: 'close-window', label: 'Close Window', section: 'file', group: 'close', accelerator: 'CmdOrCtrl+W', runBy: 'main', role: 'close' },

  // ── Edit ──
  { id: 'undo', label: 'Undo', section: 'edit', group: 'history', accelerator: 'CmdOrCtrl+Z', runBy: 'main', role: 'undo' },
  {
    id: 'redo',
    label: 'Redo',
    section: 'edit',
    group: 'history',
    accelerator: 'CmdOrCtrl+Shift+Z',
    alsoAccelerators: macOr([], ['Ctrl+Y']),
    runBy: 'main',
    role: 'redo',
  },
  { id: 'cut', label: 'Cut', section: 'edit', group: 'clipboard', accelerator: 'CmdOrCtrl+X', runBy: 'main', role: 'cut' },
  { id: 'copy', label: 'Copy', section: 'edit', group: 'clipboard', accelerator: 'CmdOrCtrl+C', runBy: 'main', role: 'copy' },
  { id: 'paste', label: 'Paste', section: 'edit', group: 'clipboard', accelerator: 'CmdOrCtrl+V', runBy: 'main', role: 'paste' },
  {
    id: 'paste-plain-text',
    label: 'Paste as Plain Text',
    section: 'edit',
    group: 'clipboard',
    accelerator: macOr('Cmd+Alt+Shift+V', 'Ctrl+Shift+V'),
    runBy: 'main',
    role: 'pasteAndMatchStyle',
  },
  { id: 'select-all', label: 'Select All', section: 'edit', group: 'clipboard', accelerator: 'CmdOrCtrl+A', runBy: 'main', role: 'selectAll' },
  { id: 'find', label: 'Find…', section: 'edit', group: 'find', accelerator: 'CmdOrCtrl+F', runBy: 'renderer' },
  // ⌘H hides the application on a Mac, whose editors replace with ⌥⌘F.
  { id: 'replace', label: 'Replace…', section: 'edit', group: 'find', accelerator: macOr('Cmd+Alt+F', 'Ctrl+H'), runBy: 'renderer' },

  // ── View ──
  { id: 'toggle-preview', label: 'Preview', section: 'view', group: 'panels', accelerator: 'CmdOrCtrl+Alt+P', runBy: 'renderer' },
  {
    id: 'toggle-house-style',
    label: 'House Style Panel',
    section: 'view',
    group: 'panels',
    accelerator: 'CmdOrCtrl+Shift+L',
    runBy: 'renderer',
  },
  { id: 'reset-zoom', label: 'Actual Size', section: 'view', group: 'zoom', accelerator: 'CmdOrCtrl+0', runBy: 'main', role: 'resetZoom' },
  { id: 'zoom-in', label: 'Zoom In', section: 'view', group: 'zoom', accelerator: 'CmdOrCtrl+Plus', runBy: 'main', role: 'zoomIn' },
  { id: 'zoom-out', label: 'Zoom Out', section: 'view', group: 'zoom', accelerator: 'CmdOrCtrl+-', runBy: 'main', role: 'zoomOut' },
  {
    id: 'toggle-full-screen',
    label: 'Toggle Full Screen',
    section: 'view',
    group: 'screen',
    accelerator: macOr('Ctrl+Cmd+F', 'F11'),
    runBy: 'main',
    role: 'togglefullscreen',
  },
  { id: 'toggle-dark-mode', label: 'Dark Mode', section: 'view', group: 'screen', runBy: 'renderer' },
  {
    id: 'developer-tools',
    label: 'Developer Tools',
    section: 'view',
    group: 'developer',
    accelerator: macOr('Cmd+Alt+I', 'Ctrl+Shift+I'),
    hiddenFromSheet: true,
    runBy: 'main',
    role: 'toggleDevTools',
  },

  // ── Window ──
  { id: 'minimize', label: 'Minimize', section: 'window', group: 'window', accelerator: 'CmdOrCtrl+M', runBy: 'main', role: 'minimize' },
  { id: 'zoom-window', label: 'Zoom', section: macOr('window', null), group: 'window', runBy: 'main', role: 'zoom' },
  { id: 'bring-all-to-front', label: 'Bring All to Front', section: macOr('window', null), group: 'front', runBy: 'main', role: 'front' },

  // ── Help ──
  { id: 'keyboard-shortcuts', label: 'Keyboard Shortcuts', section: 'help', group: 'shortcuts', accelerator: 'CmdOrCtrl+/', runBy: 'renderer' },

  // ── the macOS application menu; on Windows and Linux these end Help, Edit and File ──
  { id: 'about', label: 'About Copydesk', section: macOr('app', 'help'), group: 'about', runBy: 'main', role: 'about' },
  {
    id: 'preferences',
    label: 'Preferences…',
    section: macOr('app', 'edit'),
    group: 'preferences',
    accelerator: 'CmdOrCtrl+,',
    runBy: 'renderer',
  },
  { id: 'services', label: 'Services', section: macOr('app', null), group: 'services', runBy: 'main', role: 'services' },
  { id: 'hide', label: 'Hide Copydesk', section: macOr('app', null), group: 'hide', accelerator: 'Cmd+H', runBy: 'main', role: 'hide' },
  {
    id: 'hide-others',
    label: 'Hide Others',
    section: macOr('app', null),
    group: 'hide',
    accelerator: 'Cmd+Alt+H',
    runBy: 'main',
    role: 'hideOthers',
  },
  { id: 'show-all', label: 'Show All', section: macOr('app', null), group: 'hide', runBy: 'main', role: 'unhide' },
  {
    id: 'quit',
    label: { mac: 'Quit Copydesk', windows: 'Exit', linux: 'Quit' },
    section: macOr('app', 'file'),
    group: 'close',
    // Windows closes a window with Alt+F4 and has no quit key of its own.
    accelerator: { mac: 'Cmd+Q', windows: null, linux: 'Ctrl+Q' },
    runBy: 'main',
    role: 'quit',
  },

  // ── the editor's own keys (renderer/src/editor/keyboard/shortcuts.ts) ──
  { id: 'bold', label: 'Bold', section: 'format', group: 'marks', accelerator: 'CmdOrCtrl+B', runBy: 'editor' },
  { id: 'italic', label: 'Italic', section: 'format', group: 'marks', accelerator: 'CmdOrCtrl+I', runBy: 'editor' },
  { id: 'link', label: 'Link…', section: 'format', group: 'marks', accelerator: 'CmdOrCtrl+K', runBy: 'editor' },
  { id: 'paragraph', label: 'Paragraph', section: 'format', group: 'blocks', accelerator: 'CmdOrCtrl+Alt+0', runBy: 'editor' },
  { id: 'subhead', label: 'Subhead', section: 'format', group: 'blocks', accelerator: 'CmdOrCtrl+Alt+2', runBy: 'editor' },
  { id: 'block-quote', label: 'Quote', section: 'format', group: 'blocks', accelerator: 'CmdOrCtrl+Shift+9', runBy: 'editor' },
  { id: 'bulleted-list', label: 'Bulleted list', section: 'format', group: 'blocks', accelerator: 'CmdOrCtrl+Shift+8', runBy: 'editor' },
  { id: 'numbered-list', label: 'Numbered list', section: 'format', group: 'blocks', accelerator: 'CmdOrCtrl+Shift+7', runBy: 'editor' },
  { id: 'next-region', label: 'Next region or field', section: 'format', group: 'move', accelerator: 'Tab', runBy: 'editor' },
  {
    id: 'previous-region',
    label: 'Previous region or field',
    section: 'format',
    group: 'move',
    accelerator: 'Shift+Tab',
    runBy: 'editor',
  },
  { id: 'story-end', label: 'End of the story’s text', section: 'format', group: 'move', accelerator: 'CmdOrCtrl+End', runBy: 'editor' },
  {
    id: 'spelling-suggestions',
    label: 'Spelling suggestions',
    section: 'format',
    group: 'move',
    accelerator: 'Shift+F10',
    alsoAccelerators: ['Alt+F7'],
    runBy: 'editor',
  },
] as const satisfies readonly CommandDefinition[];

export type CommandId = (typeof COMMANDS)[number]['id'];
/** The commands the interface carries out, which the menu sends over the bridge. */
export type RendererCommandId = Extract<(typeof COMMANDS)[number], { runBy: 'renderer' }>['id'];

/** A command of the table, read through the general shape (the literal table is awkward to read field by field). */
export type Command = CommandDefinition & { readonly id: CommandId };

const TABLE: readonly Command[] = COMMANDS;
const BY_ID = new Map<string, Command>(TABLE.map((command) => [command.id, command]));

export function commandById(id: CommandId): Command {
  return BY_ID.get(id)!;
}

/** A command the interface carries out, with its id narrowed to those. */
export function isRendererCommand(command: Command): command is RendererCommand & { readonly id: RendererCommandId } {
  return command.runBy === 'renderer';
}

/** The platform's value of a per-platform setting. */
export function onPlatform<T>(value: PerPlatform<T>, platform: KeyPlatform): T | null {
  // No value in the table is itself an object with a `mac` field, so that shape always means per platform.
  const perPlatform = typeof value === 'object' && value !== null && !Array.isArray(value) && 'mac' in value;
  return perPlatform ? (value as Record<KeyPlatform, T | null>)[platform] : (value as T);
}

/** Where the command is on this platform; null when the platform does not have it. */
export function sectionOf(command: CommandDefinition, platform: KeyPlatform): CommandSection | null {
  return onPlatform(command.section, platform);
}

export function labelOf(command: CommandDefinition, platform: KeyPlatform): string {
  return onPlatform(command.label, platform) ?? '';
}

/** The command's shortcut on this platform, or null when it has none there. */
export function acceleratorOf(command: CommandDefinition, platform: KeyPlatform): string | null {
  return command.accelerator === undefined ? null : onPlatform(command.accelerator, platform);
}

/** Every command of the table, in menu order. */
export function allCommands(): readonly Command[] {
  return TABLE;
}

/** Every key that runs the command on this platform: its shortcut first, then the others. */
export function acceleratorsOf(command: CommandDefinition, platform: KeyPlatform): string[] {
  const main = acceleratorOf(command, platform);
  const also = command.alsoAccelerators === undefined ? [] : (onPlatform(command.alsoAccelerators, platform) ?? []);
  return [...(main ? [main] : []), ...also];
}

/** The commands of one section on this platform, in table order. */
export function commandsIn(section: CommandSection, platform: KeyPlatform): Command[] {
  return TABLE.filter((command) => sectionOf(command, platform) === section);
}
