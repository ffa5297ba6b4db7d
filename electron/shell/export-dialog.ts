// The native save dialog behind export:chooseDestination, attached to the focused window. For an HTML
// folder it is a save dialog too: the name chosen is the folder Copydesk creates (an open dialog could only
// pick a folder that already exists).

import { extname } from 'node:path';
import { BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/render/export-format.ts';

export function exportDialogOptions(format: ExportFormat, suggestedPath: string): SaveDialogOptions {
  const info = EXPORT_FORMATS[format];
  const common: SaveDialogOptions = {
    title: `Export as ${info.label}`,
    defaultPath: suggestedPath,
    buttonLabel: 'Export',
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  if (info.extension === null) {
    return {
      ...common,
      message: 'Copydesk creates a folder by this name, with index.html and the media inside it.',
      nameFieldLabel: 'Folder name:',
    };
  }
  return { ...common, filters: [{ name: info.label, extensions: [info.extension] }] };
}

/** The path chosen, with the format's extension added when the name typed has none (Linux adds none). */
export function exportPathFromDialog(format: ExportFormat, chosen: string): string {
  const extension = EXPORT_FORMATS[format].extension;
  return extension && extname(chosen) === '' ? `${chosen}.${extension}` : chosen;
}

/** A chooser for createBridgeHandlers: asks over the focused window (else the main window), null on cancel. */
export function createExportDestinationChooser(getMainWindow: () => BrowserWindow | null) {
  return async (format: ExportFormat, suggestedPath: string): Promise<string | null> => {
    const options = exportDialogOptions(format, suggestedPath);
    const focused = BrowserWindow.getFocusedWindow() ?? getMainWindow();
    const owner = focused && !focused.isDestroyed() ? focused : null;
    const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    return exportPathFromDialog(format, filePath);
  };
}
