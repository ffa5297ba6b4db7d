// File ▸ Export PDF… in the desktop app: the save dialog, the hidden window the story is printed from, and the
// file written — with `electron` faked (the binary cannot run here) and a real story with real pictures.

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopydeskError } from '../../../shared/errors.ts';
import { HOUSE_STYLE, picturedStory } from '../export/export-harness.ts';
import { useTempFolders } from '../helpers/temp-library.ts';
import { electron, FakeBrowserWindow, FakeWebContents } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { createPdfExporter, PDF_PARTITION, pdfDialogOptions, pdfPathFromDialog } = await import('../../../electron/shell/pdf-export.ts');

const tempFolder = useTempFolders();

/** The exporter's temporary page folders in the system's temporary folder. */
const pageFolders = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('copydesk-pdf-'));
let pageFoldersBefore: string[] = [];

/** The page folders made since the test began and still there. */
const pageFoldersLeft = async () => (await pageFolders()).filter((name) => !pageFoldersBefore.includes(name));

beforeEach(async () => {
  electron.dialog.showSaveDialog.mockReset();
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  pageFoldersBefore = await pageFolders();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A story with two pictures in a library, a main window, and an exporter asking over it. */
async function setUp() {
  const root = await tempFolder();
  const pictured = await picturedStory(root);
  const mainWindow = new FakeBrowserWindow({ width: 1200, height: 800 });
  const exportPdf = createPdfExporter(() => mainWindow as never);
  const request = { story: pictured.story, storyFolder: pictured.folder, houseStyle: HOUSE_STYLE, suggestedPath: '/exports/harbour.pdf' };
  const chosenFolder = join(root, 'chosen');
  await mkdir(chosenFolder);
  return { ...pictured, root, mainWindow, exportPdf, request, chosenFolder };
}

/** The person picks `path` in the save dialog. */
function choose(path: string): void {
  electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
}

/** The hidden window(s) the exporter made: every window but the main one. */
const pdfWindows = (mainWindow: FakeBrowserWindow) => FakeBrowserWindow.instances.filter((window) => window !== mainWindow);

/** What the hidden window's session answers for an address, as Chromium would ask it. */
function servedToHiddenWindow(url: string): Promise<Response> {
  const handler = electron.session.fromPartition(PDF_PARTITION).protocol.handlers.get('app');
  if (!handler) throw new Error('The hidden window’s session serves no app: addresses');
  return Promise.resolve(handler(new Request(url)));
}

describe('pdfDialogOptions() and pdfPathFromDialog()', () => {
  it('asks for a PDF file, starting at the suggested path', () => {
    expect(pdfDialogOptions('/home/ana/Documents/Copydesk Exports/harbour.pdf')).toEqual({
      title: 'Export PDF',
      defaultPath: '/home/ana/Documents/Copydesk Exports/harbour.pdf',
      buttonLabel: 'Export',
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('adds ".pdf" to a name typed without an extension, and leaves one with an extension as it is', () => {
    expect(pdfPathFromDialog('/exports/harbour')).toBe('/exports/harbour.pdf');
    expect(pdfPathFromDialog('/exports/harbour.PDF')).toBe('/exports/harbour.PDF');
  });
});

describe('createPdfExporter()', () => {
  it('writes the PDF where the person chose, asking over the focused window from the suggested path', async () => {
    const { exportPdf, request, chosenFolder, mainWindow } = await setUp();
    const focused = new FakeBrowserWindow({ width: 800, height: 600 });
    FakeBrowserWindow.focused = focused;
    const destination = join(chosenFolder, 'harbour-proof.pdf');
    choose(destination);

    await expect(exportPdf(request)).resolves.toBe(destination);

    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(focused, expect.objectContaining({ defaultPath: '/exports/harbour.pdf' }));
    const pdf = await readFile(destination, 'utf8');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(await readdir(chosenFolder)).toEqual(['harbour-proof.pdf']); // no temporary file left beside it
    expect(pdfWindows(mainWindow).filter((window) => window !== focused)).toHaveLength(1);
  });

  it('prints the story as the HTML folder export writes it, its pictures beside the page, backgrounds and page size kept', async () => {
    const { exportPdf, request, chosenFolder, pictures } = await setUp();
    const printed: { html: string; media: { status: number; type: string | null }[]; options: unknown }[] = [];
    vi.spyOn(FakeWebContents.prototype, 'printToPDF').mockImplementation(async function (this: FakeWebContents, options) {
      // The page and its pictures as the hidden window gets them: through app://, from the export's folder.
      const page = this.mainFrame.url;
      const media = await Promise.all(pictures.map((file) => servedToHiddenWindow(new URL(`media/${file}`, page).href)));
      printed.push({
        html: await (await servedToHiddenWindow(page)).text(),
        media: media.map((response) => ({ status: response.status, type: response.headers.get('content-type') })),
        options,
      });
      return Buffer.from('%PDF-1.7 the harbour story');
    });
    choose(join(chosenFolder, 'harbour.pdf'));

    await exportPdf(request);

    expect(printed).toHaveLength(1);
    expect(printed[0]!.options).toEqual({ printBackground: true, preferCSSPageSize: true });
    expect(printed[0]!.html).toContain('>Harbour reopens after the storm</h1>');
    expect(printed[0]!.html).toContain(`src="media/${pictures[0]}"`);
    expect(printed[0]!.media).toEqual([
      { status: 200, type: 'image/png' },
      { status: 200, type: 'image/jpeg' },
    ]);
    expect(await readFile(join(chosenFolder, 'harbour.pdf'), 'utf8')).toBe('%PDF-1.7 the harbour story');
  });

  it('prints from a hidden, script-less, sandboxed window in its own in-memory session, then destroys it and the page', async () => {
    const { exportPdf, request, chosenFolder, mainWindow } = await setUp();
    choose(join(chosenFolder, 'harbour.pdf'));

    await exportPdf(request);

    const [window] = pdfWindows(mainWindow);
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, partition: PDF_PARTITION },
    });
    expect(window!.options.webPreferences.preload).toBeUndefined();
    expect(PDF_PARTITION.startsWith('persist:')).toBe(false);
    expect(window!.isDestroyed()).toBe(true);
    expect(await pageFoldersLeft()).toEqual([]);
    expect(mainWindow.isDestroyed()).toBe(false);
  });

  it('serves the hidden window its page through app:// and never file://, and nothing outside the page’s folder', async () => {
    const { exportPdf, request, chosenFolder, mainWindow } = await setUp();
    const seen: Record<string, number> = {};
    vi.spyOn(FakeWebContents.prototype, 'printToPDF').mockImplementation(async function (this: FakeWebContents) {
      const page = new URL(this.mainFrame.url);
      seen.page = (await servedToHiddenWindow(page.href)).status;
      seen.storyFile = (await servedToHiddenWindow(`app://${page.host}/..%2F..%2Fstory.json`)).status;
      seen.passwords = (await servedToHiddenWindow(`app://${page.host}/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd`)).status;
      seen.otherHost = (await servedToHiddenWindow('app://copydesk/index.html')).status;
      return Buffer.from('%PDF-1.7');
    });
    choose(join(chosenFolder, 'harbour.pdf'));

    await exportPdf(request);

    const [window] = pdfWindows(mainWindow);
    const address = window!.loadURL.mock.calls[0]![0];
    // A fresh, unguessable host per export.
    expect(address).toMatch(/^app:\/\/page-[0-9a-f]{32}\/index\.html$/);
    expect(window!.loadFile).not.toHaveBeenCalled();
    expect(seen).toEqual({ page: 200, storyFile: 404, passwords: 404, otherHost: 404 });
    // Once printed, its address serves nothing.
    expect((await servedToHiddenWindow(address)).status).toBe(404);
  });

  it('keeps the hidden window on its page: no navigation, no new window, no permission, no network', async () => {
    const { exportPdf, request, chosenFolder } = await setUp();
    const seen: Record<string, unknown> = {};
    vi.spyOn(FakeWebContents.prototype, 'printToPDF').mockImplementation(async function (this: FakeWebContents) {
      seen.navigate = this.navigate('will-navigate', 'https://example.com/');
      seen.navigateToFile = this.navigate('will-navigate', 'file:///etc/passwd');
      seen.frame = this.navigate('will-frame-navigate', 'https://example.com/', false);
      seen.redirect = this.navigate('will-redirect', 'https://example.com/');
      seen.newWindow = this.windowOpenHandler?.({ url: 'https://example.com/' });
      return Buffer.from('%PDF-1.7');
    });
    choose(join(chosenFolder, 'harbour.pdf'));

    await exportPdf(request);

    expect(seen).toEqual({ navigate: true, navigateToFile: true, frame: true, redirect: true, newWindow: { action: 'deny' } });
    const session = electron.session.fromPartition(PDF_PARTITION);
    const granted = vi.fn();
    session.permissionRequestHandler?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(session.permissionCheckHandler?.({}, 'media')).toBe(false);
    const answer = (url: string) => {
      let response: { cancel?: boolean } = {};
      session.beforeRequest?.({ url }, (given) => (response = given));
      return response;
    };
    expect(answer('https://example.com/picture.png')).toEqual({ cancel: true });
    expect(answer('copydesk-media://story/picture.png')).toEqual({ cancel: true });
    expect(answer('file:///tmp/copydesk-pdf-x/story/media/a.png')).toEqual({ cancel: true });
    expect(answer('app://page-0123/media/a.png')).toEqual({ cancel: false });
    expect(answer('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    // The app's own session is not the one locked down here.
    expect(session).not.toBe(electron.session.defaultSession);
  });

  it('writes nothing and opens no window when the person cancels', async () => {
    const { exportPdf, request, chosenFolder, mainWindow } = await setUp();
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });

    await expect(exportPdf(request)).resolves.toBeNull();

    expect(pdfWindows(mainWindow)).toEqual([]);
    expect(await readdir(chosenFolder)).toEqual([]);
  });

  it('destroys the window, removes the page and writes nothing when printing fails, saying so', async () => {
    const { exportPdf, request, chosenFolder, mainWindow } = await setUp();
    vi.spyOn(FakeWebContents.prototype, 'printToPDF').mockRejectedValueOnce(new Error('Printing failed'));
    choose(join(chosenFolder, 'harbour.pdf'));

    const error = await exportPdf(request).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as CopydeskError).message).toBe('Copydesk could not make the PDF: Printing failed. Nothing was saved.');
    const [window] = pdfWindows(mainWindow);
    expect(window!.isDestroyed()).toBe(true);
    expect(await pageFoldersLeft()).toEqual([]);
    expect(await readdir(chosenFolder)).toEqual([]);
  });

  it('destroys the window and removes the page when the page cannot be loaded', async () => {
    const { exportPdf, request, chosenFolder, mainWindow } = await setUp();
    // The hidden window's load fails, as Electron's loadURL does when the page cannot be shown.
    electron.app.once('web-contents-created', (_event, contents: FakeWebContents) => {
      FakeBrowserWindow.fromWebContents(contents)!.loadURL.mockRejectedValueOnce(new Error('ERR_FILE_NOT_FOUND'));
    });
    choose(join(chosenFolder, 'harbour.pdf'));

    await expect(exportPdf(request)).rejects.toThrow('Copydesk could not make the PDF: ERR_FILE_NOT_FOUND. Nothing was saved.');
    const [window] = pdfWindows(mainWindow);
    expect(window!.isDestroyed()).toBe(true);
    expect(await pageFoldersLeft()).toEqual([]);
    expect(await readdir(chosenFolder)).toEqual([]);
  });

  it('replaces a file only when the dialog asked about it: a name it got ".pdf" added is never overwritten', async () => {
    const { exportPdf, request, chosenFolder } = await setUp();
    const existing = join(chosenFolder, 'harbour.pdf');
    await writeFile(existing, 'the PDF from yesterday');

    choose(join(chosenFolder, 'harbour'));
    await expect(exportPdf(request)).rejects.toMatchObject({ code: 'already-exists' });
    expect(await readFile(existing, 'utf8')).toBe('the PDF from yesterday');

    choose(existing); // chosen as it is: the dialog asked "Replace?" and the person said yes
    await expect(exportPdf(request)).resolves.toBe(existing);
    expect((await readFile(existing, 'utf8')).startsWith('%PDF-')).toBe(true);
  });

  it('shows a free-standing dialog when there is no window at all', async () => {
    const { request, chosenFolder } = await setUp();
    choose(join(chosenFolder, 'harbour.pdf'));
    await createPdfExporter(() => null)(request);
    expect(electron.dialog.showSaveDialog.mock.calls[0]).toEqual([expect.objectContaining({ title: 'Export PDF' })]);
  });
});
