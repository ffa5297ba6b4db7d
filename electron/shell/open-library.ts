// Opens the story library at the folder the preferences name. If that fails (an unplugged drive, a folder
// the user cannot write), the user may pick another folder instead of being left with an app that quits.

import { dialog, shell } from 'electron';
import { CopydeskError } from '../../shared/errors.ts';
import { LibrarySession } from '../library/library-session.ts';
import type { PreferencesStore } from '../preferences/preferences-store.ts';

/** The library, or null when the user chose to quit. */
export async function openLibrary(preferences: PreferencesStore): Promise<LibrarySession | null> {
  for (;;) {
    const path = preferences.get().libraryPath;
    try {
      const libraries = await LibrarySession.open(path, { libraryOptions: { trash: moveToSystemTrash } });
      preferences.rememberLibrary(libraries.library.root);
      return libraries;
    } catch (error) {
      const { response } = await dialog.showMessageBox({
        type: 'error',
        message: 'Copydesk could not open your story library.',
        detail: `${error instanceof Error ? error.message : String(error)}\n\nYou can choose another folder for your stories, or quit and fix the problem first.`,
        buttons: ['Choose Another Folder…', 'Quit'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      if (response !== 0) return null;
      const picked = await dialog.showOpenDialog({
        title: 'Choose a folder for your stories',
        defaultPath: path,
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = picked.filePaths[0];
      if (picked.canceled || !folder) return null;
      preferences.setLibraryPath(folder);
    }
  }
}

/** Trashed stories go to the system trash, where the user already knows how to get things back. */
export async function moveToSystemTrash(folder: string): Promise<string> {
  try {
    await shell.trashItem(folder);
    return 'the system trash';
  } catch (error) {
    throw new CopydeskError(
      'io',
      `The story could not be moved to the system trash (${error instanceof Error ? error.message : String(error)}). It is still in the library.`,
      { path: folder },
    );
  }
}
