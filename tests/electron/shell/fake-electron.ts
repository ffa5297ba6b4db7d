// A stand-in for the `electron` module, just large enough for the shell's tests: the binary cannot run
// here, so each test file mocks `electron` with this and drives the events by hand.
//
//   vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

let nextFrameId = 1;

export class FakeWebFrame {
  readonly frameTreeNodeId = nextFrameId++;
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeWebFrame('');
  readonly send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /**
   * A stand-in PDF: the PDF signature and the page it was printed from. Tests that want to see what the page
   * held, or a failure, spy on FakeWebContents.prototype.printToPDF.
   */
  async printToPDF(_options: Record<string, unknown>): Promise<Buffer> {
    return Buffer.from(`%PDF-1.7\n% printed from ${this.mainFrame.url}\n`);
  }
  /** Emits a navigation-style event the way Electron does; returns whether it was prevented. */
  navigate(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, isMainFrame = true): boolean {
    let prevented = false;
    this.emit(event, { url, isMainFrame, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  /** The window getFocusedWindow() answers; tests set it. */
  static focused: FakeBrowserWindow | null = null;
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  readonly webContents = new FakeWebContents();
  normalBounds: Rect;
  minimized = false;
  maximized = false;
  visible = false;
  destroyed = false;
  readonly loadFile = vi.fn(async (path: string) => {
    this.webContents.mainFrame.url = `file://${path}`;
  });
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });

  constructor(readonly options: Record<string, any>) {
    super();
    this.normalBounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width, height: options.height };
    FakeBrowserWindow.instances.push(this);
    electron.app.emit('web-contents-created', {}, this.webContents);
  }
  getNormalBounds(): Rect {
    return { ...this.normalBounds };
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.emit('close', { preventDefault() {} });
    this.destroy();
  }
  /** Closes at once, as Electron's destroy() does: no 'close' event, only 'closed'. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly paths: Record<string, string> = {};
  getPath(name: string): string {
    this.paths[name] ??= mkdtempSync(join(tmpdir(), `copydesk-${name}-`));
    return this.paths[name];
  }
  getVersion(): string {
    return '0.1.0';
  }
  /** Deletes the temporary folders getPath() made. */
  removePaths(): void {
    for (const [name, path] of Object.entries(this.paths)) {
      rmSync(path, { recursive: true, force: true });
      delete this.paths[name];
    }
  }
}

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

/** A session's (or the default) protocol module: the handlers registered with handle(), by scheme. */
function createProtocol() {
  return {
    handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      // As Electron does: a scheme has one handler at a time.
      if (this.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
      this.handlers.set(scheme, handler);
    },
    unhandle(scheme: string) {
      this.handlers.delete(scheme);
    },
    isProtocolHandled(scheme: string): boolean {
      return this.handlers.has(scheme);
    },
  };
}

function createSession() {
  const created = Object.assign(new EventEmitter(), {
    permissionRequestHandler: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
    permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
    devicePermissionHandler: null as null | ((...args: unknown[]) => boolean),
    displayMediaRequestHandler: null as null | ((request: unknown, callback: (streams: unknown) => void) => void),
    headersReceived: null as null | ((details: any, callback: (response: any) => void) => void),
    beforeRequest: null as null | RequestListener,
    protocol: createProtocol(),
    setPermissionRequestHandler(handler: any) {
      created.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: any) {
      created.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: any) {
      created.devicePermissionHandler = handler;
    },
    setDisplayMediaRequestHandler(handler: any) {
      created.displayMediaRequestHandler = handler;
    },
    webRequest: {
      onHeadersReceived(handler: any) {
        created.headersReceived = handler;
      },
      onBeforeRequest(handler: RequestListener) {
        created.beforeRequest = handler;
      },
    },
  });
  return created;
}

export type FakeSession = ReturnType<typeof createSession>;

const session = createSession();
/** The sessions of named partitions, made on first use as Electron's session.fromPartition does. */
const partitions = new Map<string, FakeSession>();

/** What Menu.buildFromTemplate made: the template itself, so tests can read labels and click items. */
export interface FakeMenu {
  template: any[];
}

export const electron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handlers: new Map<string, Handler>(),
    handle(channel: string, handler: Handler) {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      this.handlers.delete(channel);
    },
    on: vi.fn(),
  },
  ipcRenderer: Object.assign(new EventEmitter(), { invoke: vi.fn() }),
  contextBridge: {
    exposed: {} as Record<string, any>,
    exposeInMainWorld(key: string, api: unknown) {
      this.exposed[key] = api;
    },
  },
  /** The protocol module is the default session's protocol, as in Electron, plus the scheme registration. */
  protocol: Object.assign(session.protocol, { registerSchemesAsPrivileged: vi.fn() }),
  session: {
    defaultSession: session,
    fromPartition(partition: string): FakeSession {
      let found = partitions.get(partition);
      if (!found) partitions.set(partition, (found = createSession()));
      return found;
    },
  },
  Menu: {
    applicationMenu: null as FakeMenu | null,
    buildFromTemplate(template: any[]): FakeMenu {
      return { template };
    },
    setApplicationMenu(menu: FakeMenu | null) {
      this.applicationMenu = menu;
    },
  },
  screen: {
    displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as { workArea: Rect }[],
    getAllDisplays() {
      return this.displays;
    },
    getPrimaryDisplay() {
      return this.displays[0]!;
    },
  },
  dialog: {
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
    showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showErrorBox: vi.fn(),
  },
  /** Which theme menus, dialogs and the page's prefers-color-scheme follow: main.ts sets it from the preferences. */
  nativeTheme: { themeSource: 'system' as 'system' | 'light' | 'dark', shouldUseDarkColors: false },
  shell: {
    openExternal: vi.fn(async (_url: string) => {}),
    trashItem: vi.fn(async (_path: string) => {}),
  },
};

export type FakeElectron = typeof electron;

/** The module object `vi.mock('electron', …)` should return: named exports and a default (electron-store uses it). */
export function electronModule() {
  return { ...electron, default: electron };
}
