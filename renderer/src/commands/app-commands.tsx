// The commands that work in every view, and the command machinery itself: the key dispatcher and the menu's
// commands (command-dispatcher.ts), the theme on the page, New Story, View ▸ Dark Mode, the "Keyboard
// shortcuts" sheet and the notice of a command that failed. The app mounts this once.

import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { navigate, storyHref } from '../app/route.ts';
import { preferencesStoreFor } from '../preferences/preferences-store.ts';
import { toggleDarkMode, useThemeOnPage } from '../preferences/theme.ts';
import { adoptOpenedStory } from '../state/use-story-session.ts';
import { CommandFailureNotice, reportCommandFailure } from './command-failure.tsx';
import { useCommandHandler } from './command-registry.ts';
import { useCommandDispatcher } from './command-dispatcher.ts';
import { ShortcutSheet } from './shortcut-sheet.tsx';
import './commands.css';

export function AppCommands({ bridge }: { bridge: CopydeskBridge }) {
  useCommandDispatcher(bridge);
  const theme = useThemeOnPage(bridge);
  useCommandHandler('new-story', () => void createAndOpenStory(bridge));
  useCommandHandler('toggle-dark-mode', () => {
    toggleDarkMode(preferencesStoreFor(bridge), theme).catch((error: unknown) =>
      reportCommandFailure('Dark mode could not be switched.', error),
    );
  });
  return (
    <>
      <ShortcutSheet />
      <CommandFailureNotice />
    </>
  );
}

let creating = false;

/** File ▸ New Story: a new, empty story in the library, opened. One at a time, however often the key is pressed. */
export async function createAndOpenStory(bridge: CopydeskBridge): Promise<void> {
  if (creating) return;
  creating = true;
  try {
    const opened = await bridge.story.create({});
    adoptOpenedStory(bridge, opened);
    navigate(storyHref(opened.story.id));
  } catch (error) {
    reportCommandFailure('The new story could not be created.', error);
  } finally {
    creating = false;
  }
}
