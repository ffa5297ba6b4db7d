// The native folder picker behind File ▸ Open Library… (library:chooseFolder), attached to the focused window.
// A folder may be created from it: a new library starts as an empty folder.

import { dirname } from 'node:path';
import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';

export function libraryFolderDialogOptions(currentLibrary: string): OpenDialogOptions {
  return {
    title: 'Open Library',
    message: 'Choose the folder that holds your stories, or a new folder to start a library in.',
    buttonLabel: 'Open Library',
    // Beside the open library, where other libraries most likely are.
    defaultPath: dirname(currentLibrary),
    properties: ['openDirectory', 'createDirectory'],
  };
}

/** A chooser for createBridgeHandlers: the folder chosen, or null when the person cancels. */
export function createLibraryFolderChooser(getMainWindow: () => BrowserWindow | null) {
  return async (currentLibrary: string): Promise<string | null> => {
    const options = libraryFolderDialogOptions(currentLibrary);
    const focused = BrowserWindow.getFocusedWindow() ?? getMainWindow();
    const owner = focused && !focused.isDestroyed() ? focused : null;
    const { canceled, filePaths } = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const folder = filePaths[0];
    return canceled || !folder ? null : folder;
  };
}
