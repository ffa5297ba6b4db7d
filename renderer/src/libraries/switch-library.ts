// Changing the window's library: what is open is saved first, then the Node side opens the other library,
// and the window starts afresh in it (a reload), so nothing of the old library — a story session, a search,
// the templates — lingers. A story that cannot be saved stops the switch: its edits exist only here.

import type { CopydeskBridge, LibraryInfo } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { LIBRARY_HREF, storyHref } from '../app/route.ts';
import { saveAllOpenStories } from '../state/use-story-session.ts';

const OPENED_NOTE_KEY = 'copydesk.libraryOpened';

/** Where the window goes once the library is open: its list, or one of its stories. */
export interface SwitchTarget {
  path: string;
  storyId?: string;
}

/** What the library view says after the switch: "Opened the library “Courts desk”: 12 stories." */
export interface LibraryOpenedNote {
  path: string;
  storyCount: number;
}

/** The window's way to start afresh; tests replace it. */
export interface WindowReload {
  setHash(href: string): void;
  reload(): void;
}

const browserWindow: WindowReload = {
  // replaceState, not location.hash: a hashchange would show the old library's view for a moment first.
  setHash: (href) => window.history.replaceState(null, '', href),
  reload: () => window.location.reload(),
};

export async function switchLibrary(
  bridge: CopydeskBridge,
  target: SwitchTarget,
  page: WindowReload = browserWindow,
): Promise<LibraryInfo> {
  const unsaved = await saveAllOpenStories();
  if (unsaved.length > 0) {
    throw new CopydeskError(
      'io',
      `${unsaved.map((headline) => `“${headline}”`).join(', ')} could not be saved, so the library was not changed. Open the story to see why.`,
    );
  }
  const info = await bridge.library.open({ path: target.path });
  rememberOpenedNote({ path: info.path, storyCount: info.storyCount });
  page.setHash(target.storyId ? storyHref(target.storyId) : LIBRARY_HREF);
  page.reload();
  return info;
}

function rememberOpenedNote(note: LibraryOpenedNote): void {
  try {
    window.sessionStorage.setItem(OPENED_NOTE_KEY, JSON.stringify(note));
  } catch {
    // storage switched off: the library's path in the top bar still shows where the window is
  }
}

/** The note left by a switch, once: reading it takes it away. */
export function takeLibraryOpenedNote(): LibraryOpenedNote | null {
  try {
    const raw = window.sessionStorage.getItem(OPENED_NOTE_KEY);
    window.sessionStorage.removeItem(OPENED_NOTE_KEY);
    if (!raw) return null;
    const note = JSON.parse(raw) as Partial<LibraryOpenedNote>;
    return typeof note.path === 'string' && typeof note.storyCount === 'number' ? { path: note.path, storyCount: note.storyCount } : null;
  } catch {
    return null;
  }
}
