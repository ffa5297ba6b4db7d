// File ▸ Export PDF… in the desktop app, behind export:pdf: the person chooses where in a native save dialog,
// the story is written as the HTML folder export writes it (index.html with its pictures beside it) into a
// temporary folder, a hidden window prints that page to PDF, and the bytes go where the person chose. The
// PDF is therefore the export's page, pictures and all, not a picture of the editor.
//
// The hidden window shows nothing it did not get from that folder: the page is served to it at
// app://<random host>/ from that folder alone (not file://, which would reach the whole disk), no script runs
// in it, it may not navigate or open windows, and its session (in memory, its own) grants no permission and
// reaches no network. The global guard of electron/shell/security.ts watches it too; it does not stand in
// the way of its loadURL, since navigation events are not emitted for navigations the app starts itself.

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { BrowserWindow, dialog, session as electronSession, type SaveDialogOptions, type Session, type WebContents } from 'electron';
import { CopydeskError } from '../../shared/errors.ts';
import type { PdfExportRequest } from '../bridge/handlers.ts';
import { writeExportFile } from '../export/export-writes.ts';
import { exportStory } from '../export/export-story.ts';
import { INDEX_FILE } from '../export/html-folder-export.ts';
import { serveAppFile } from './app-protocol.ts';
import { APP_SCHEME } from './app-url.ts';
import { denyAllPermissions } from './security.ts';

/** The hidden window's session: in memory (no "persist:"), shared by no other window. */
export const PDF_PARTITION = 'copydesk-pdf';

/** Where the page to print is written; a fresh folder per export, removed afterwards. */
const TEMP_PREFIX = 'copydesk-pdf-';

/**
 * The folder of each page being printed, by the host it is served under: a fresh random one per export, so
 * two exports at once never see each other's page and an old address serves nothing.
 */
const pagesBeingPrinted = new Map<string, string>();

export function pdfDialogOptions(suggestedPath: string): SaveDialogOptions {
  return {
    title: 'Export PDF',
    defaultPath: suggestedPath,
    buttonLabel: 'Export',
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
}

/** The path chosen, with ".pdf" added when the name typed has no extension (Linux adds none). */
export function pdfPathFromDialog(chosen: string): string {
  return extname(chosen) === '' ? `${chosen}.pdf` : chosen;
}

/**
 * The story printed to PDF: its HTML folder export, in a temporary folder, loaded in a hidden window and
 * printed with its backgrounds and its own page size. The window and the folder are gone when this answers.
 */
export async function renderStoryPdf({ story, storyFolder, houseStyle }: Omit<PdfExportRequest, 'suggestedPath'>): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), TEMP_PREFIX)).catch((error: unknown) => {
    throw pdfFailure(error);
  });
  let window: BrowserWindow | null = null;
  const host = `page-${randomBytes(16).toString('hex')}`;
  try {
    const page = join(folder, 'story');
    // Forced: like Print, the PDF is a proof of the story as it stands; a missing picture is left out.
    await exportStory({ story, storyFolder, format: 'html-folder', destination: page, houseStyle, force: true });
    preparePrintingSession(electronSession.fromPartition(PDF_PARTITION));
    pagesBeingPrinted.set(host, page);
    window = new BrowserWindow({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        // Chromium's spell checker would fetch dictionaries over the network; nothing is typed here.
        spellcheck: false,
        partition: PDF_PARTITION,
      },
    });
    keepOnItsPage(window.webContents);
    await window.loadURL(`${APP_SCHEME}://${host}/${INDEX_FILE}`);
    return await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    throw pdfFailure(error);
  } finally {
    pagesBeingPrinted.delete(host);
    if (window && !window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true }).catch(() => {});
  }
}

/** Locks the hidden window's session down and serves the pages being printed in it; once per session. */
function preparePrintingSession(session: Session): void {
  if (session.protocol.isProtocolHandled(APP_SCHEME)) return;
  lockDownSession(session);
  session.protocol.handle(APP_SCHEME, (request) => {
    const host = URL.canParse(request.url) ? new URL(request.url).hostname : '';
    const folder = pagesBeingPrinted.get(host);
    if (!folder) return new Response('No such page.', { status: 404 });
    return serveAppFile({ folder, host, headers: { 'X-Content-Type-Options': 'nosniff' } }, request);
  });
}

/**
 * The export:pdf service for createBridgeHandlers: asks where over the focused window (else the main one),
 * then renders and writes the PDF. Answers the path written, or null when the person cancels.
 */
export function createPdfExporter(getMainWindow: () => BrowserWindow | null) {
  return async (request: PdfExportRequest): Promise<string | null> => {
    const options = pdfDialogOptions(request.suggestedPath);
    const focused = BrowserWindow.getFocusedWindow() ?? getMainWindow();
    const owner = focused && !focused.isDestroyed() ? focused : null;
    const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    const path = pdfPathFromDialog(filePath);
    const pdf = await renderStoryPdf(request);
    // The dialog asked before replacing the name it returned; a name we added ".pdf" to was never asked about.
    await writeExportFile(path, pdf, path === filePath);
    return path;
  };
}

/** No permission, and no request but for the page's own files (app:) and inlined pictures (data:). */
function lockDownSession(session: Session): void {
  denyAllPermissions(session);
  session.webRequest.onBeforeRequest((details, callback) => {
    const protocol = URL.canParse(details.url) ? new URL(details.url).protocol : '';
    callback({ cancel: protocol !== `${APP_SCHEME}:` && protocol !== 'data:' });
  });
}

/** The page it was given, and nothing else: every navigation the page could start is refused, as are new windows. */
function keepOnItsPage(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function pdfFailure(error: unknown): CopydeskError {
  if (error instanceof CopydeskError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new CopydeskError('internal', `Copydesk could not make the PDF: ${reason}. Nothing was saved.`);
}
