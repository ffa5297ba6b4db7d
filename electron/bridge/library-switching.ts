// The bridge's part in changing libraries: File ▸ Open Library… and Open Recent. Which libraries and stories
// were opened lately is kept in the preferences, so the desktop menu, the "Open" dialog and the next start
// all see the same list.

import { basename } from 'node:path';
import type { LibraryInfo, OpenedStory, RecentItems } from '../../shared/bridge/contract.ts';
import type { Preferences } from '../../shared/bridge/preferences.ts';
import { CopydeskError } from '../../shared/errors.ts';
import type { Story } from '../../shared/story/schema.ts';
import type { LibrarySession } from '../library/library-session.ts';
import type { StoryLibrary } from '../library/story-library.ts';
import type { PreferencesStore } from '../preferences/preferences-store.ts';

/** A library's name in a menu: its folder's name ("Stories"), or the whole path for a drive's root. */
export function libraryName(path: string): string {
  return basename(path) || path;
}

/** Open Recent as of now: the open library first, and no story the open library no longer has. */
export function recentItems(
  preferences: Pick<Preferences, 'recentLibraries' | 'recentStories'>,
  open: StoryLibrary,
  canChooseFolder = false,
): RecentItems {
  const openStories = new Map(open.summaries().map((summary) => [summary.id, summary]));
  const libraries = [open.root, ...preferences.recentLibraries.filter((path) => path !== open.root)].map((path) => ({
    path,
    name: libraryName(path),
    current: path === open.root,
  }));
  const stories = preferences.recentStories.flatMap((story) => {
    if (story.libraryPath !== open.root) return [{ ...story, libraryName: libraryName(story.libraryPath) }];
    const summary = openStories.get(story.id);
    // Its headline as it is now, which may have changed since it was last opened.
    return summary ? [{ ...story, headline: summary.headline, libraryName: libraryName(story.libraryPath) }] : [];
  });
  return { libraries, stories, canChooseFolder };
}

export interface LibrarySwitching {
  openLibrary(path: string): Promise<LibraryInfo>;
  chooseFolder(): Promise<{ supported: boolean; path: string | null }>;
  recent(): RecentItems;
  forgetRecent(): RecentItems;
  /** Opening a story puts it at the top of Open Recent, and makes it the one reopened at the next start. */
  rememberOpened(opened: OpenedStory): void;
  /** A saved story's headline is the one Open Recent shows, even once its library is no longer open. */
  noteSaved(story: Story): void;
}

export function createLibrarySwitching({
  libraries,
  preferences,
  chooseLibraryFolder,
}: {
  libraries: LibrarySession;
  preferences: PreferencesStore;
  chooseLibraryFolder?: (currentPath: string) => Promise<string | null>;
}): LibrarySwitching {
  /** Folders the person picked in the desktop app's folder picker while it runs. */
  const chosenFolders = new Set<string>();
  const mayOpen = (path: string) =>
    !chooseLibraryFolder || chosenFolders.has(path) || preferences.get().recentLibraries.includes(path) || path === libraries.library.root;

  return {
    async openLibrary(path) {
      if (!mayOpen(path)) {
        throw new CopydeskError(
          'unauthorized',
          `${path} was not chosen in the Open Library dialog, so it was not opened. Choose it with File ▸ Open Library….`,
          { path },
        );
      }
      const library = await libraries.switchTo(path);
      preferences.setLibraryPath(library.root);
      preferences.rememberLibrary(library.root);
      preferences.setLastOpenedStory(null);
      return library.info();
    },
    async chooseFolder() {
      if (!chooseLibraryFolder) return { supported: false, path: null };
      const path = await chooseLibraryFolder(libraries.library.root);
      if (path) chosenFolders.add(path);
      return { supported: true, path };
    },
    recent: () => recentItems(preferences.get(), libraries.library, chooseLibraryFolder !== undefined),
    forgetRecent() {
      preferences.forgetRecent();
      return recentItems(preferences.get(), libraries.library, chooseLibraryFolder !== undefined);
    },
    rememberOpened(opened) {
      const libraryPath = libraries.library.root;
      preferences.setLastOpenedStory(opened.story.id);
      preferences.rememberLibrary(libraryPath);
      preferences.rememberStory({ id: opened.story.id, headline: opened.story.headline.slice(0, 1000), libraryPath });
    },
    noteSaved(story) {
      preferences.retitleRecentStory({ id: story.id, headline: story.headline.slice(0, 1000), libraryPath: libraries.library.root });
    },
  };
}
