// The whole interface: the library, or one story, chosen by the address's hash.

import { useCallback, useEffect, useState } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { OpenPreferencesContext, PreferencesDialog, usePreferencesShortcut } from '../preferences/index.ts';
import { AppCommands } from '../commands/index.ts';
import { ImportCommands } from '../import/index.ts';
import { OpenLibraryCommands } from '../libraries/index.ts';
import { hasUnsavedStories } from '../state/use-story-session.ts';
import { LibraryView } from '../views/library-view.tsx';
import { StoryView } from '../views/story-view.tsx';
import { useRoute } from './route.ts';

export function App({ bridge }: { bridge: CopydeskBridge }) {
  const route = useRoute();
  useUnsavedWorkWarning();
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const openPreferences = useCallback(() => setPreferencesOpen(true), []);
  usePreferencesShortcut(openPreferences);
  return (
    <>
      <OpenPreferencesContext.Provider value={openPreferences}>
        {route.view === 'story' ? <StoryView key={route.id} bridge={bridge} id={route.id} /> : <LibraryView bridge={bridge} />}
      </OpenPreferencesContext.Provider>
      <PreferencesDialog bridge={bridge} open={preferencesOpen} onOpenChange={setPreferencesOpen} />
      <ImportCommands bridge={bridge} />
      <OpenLibraryCommands bridge={bridge} />
      <AppCommands bridge={bridge} />
    </>
  );
}

/** Closing or reloading the window while text is not on disk asks first. */
function useUnsavedWorkWarning(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedStories()) return;
      event.preventDefault();
      event.returnValue = ''; // older Chromium (and Electron) need it set
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
