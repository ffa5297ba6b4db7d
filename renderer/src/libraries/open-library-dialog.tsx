// File ▸ Open Library… and Open Recent in the interface. In the desktop app Open Library… goes straight to the
// system's folder picker, and Open Recent is a submenu the menu fills in; a recent item chosen there arrives
// here as a command with its story or folder. The browser host has neither a folder picker nor that menu,
// so there the same commands open the "Open" dialog: the recent stories, the recent libraries, and a field
// for a library's folder. The library view's "Open…" button opens that dialog in both.

import * as Dialog from '@radix-ui/react-dialog';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { CopydeskBridge, RecentItems } from '../../../shared/bridge/contract.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { useReadOnOpen } from '../components/use-read-on-open.ts';
import { reportCommandFailure } from '../commands/command-failure.tsx';
import { useCommandHandler } from '../commands/command-registry.ts';
import { openStoryHeadline } from '../state/use-story-session.ts';
import { closeOpenDialog, openOpenDialog, useOpenDialogIsOpen } from './open-dialog-state.ts';
import { switchLibrary, type SwitchTarget } from './switch-library.ts';
import '../export/export.css'; // the app's dialog look (.dialog, .dialog-backdrop, .dialog-actions)
import './libraries.css';

/** Carries out Open Library… and Open Recent, and shows the "Open" dialog. Mounted once, in every view. */
export function OpenLibraryCommands({ bridge }: { bridge: CopydeskBridge }) {
  const open = useOpenDialogIsOpen();

  const switchTo = useCallback(
    async (target: SwitchTarget) => {
      try {
        await switchLibrary(bridge, target);
      } catch (error) {
        reportCommandFailure('The library could not be opened.', error);
      }
    },
    [bridge],
  );

  useCommandHandler('open-library', (request) => {
    if (request.path) return void switchTo({ path: request.path });
    void chooseFolderOrAsk(bridge, switchTo);
  });
  useCommandHandler('open-recent', (request) => {
    if (request.story) return void openRecentStory(bridge, request.story, switchTo);
    openOpenDialog();
  });

  return <OpenDialog bridge={bridge} open={open} onSwitch={switchTo} />;
}

/** The desktop app's folder picker; the "Open" dialog where there is none (the browser host). */
async function chooseFolderOrAsk(bridge: CopydeskBridge, switchTo: (target: SwitchTarget) => Promise<void>): Promise<void> {
  try {
    const chosen = await bridge.library.chooseFolder({});
    if (!chosen.supported) return openOpenDialog();
    if (chosen.path) await switchTo({ path: chosen.path });
  } catch (error) {
    reportCommandFailure('The folder picker could not be shown.', error);
  }
}

/** A recent story: in the open library it simply opens; in another, that library is opened with it. */
async function openRecentStory(
  bridge: CopydeskBridge,
  story: { id: string; libraryPath: string },
  switchTo: (target: SwitchTarget) => Promise<void>,
): Promise<void> {
  try {
    const { path } = await bridge.library.info({});
    if (path === story.libraryPath) {
      window.location.hash = `#/story/${story.id}`;
      return;
    }
    await switchTo({ path: story.libraryPath, storyId: story.id });
  } catch (error) {
    reportCommandFailure('The story could not be opened.', error);
  }
}

function OpenDialog({
  bridge,
  open,
  onSwitch,
}: {
  bridge: CopydeskBridge;
  open: boolean;
  onSwitch: (target: SwitchTarget) => Promise<void>;
}) {
  const readRecent = useCallback(() => bridge.library.recent({}), [bridge]);
  const [listing, setRecent] = useReadOnOpen(open, readRecent);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const folderFieldId = useId();

  useEffect(() => {
    if (!open) return;
    setFailure(null);
    setBusy(false);
  }, [open]);

  /** Switches, keeping the dialog open with the reason when it cannot. */
  const go = async (target: SwitchTarget) => {
    setBusy(true);
    setFailure(null);
    try {
      await switchLibrary(bridge, target);
    } catch (error) {
      setFailure(reviveError(error).message);
      setBusy(false);
    }
  };

  const openStory = (story: RecentItems['stories'][number]) => {
    if (listing.phase === 'ready' && listing.value.libraries.find((library) => library.current)?.path === story.libraryPath) {
      closeOpenDialog();
      window.location.hash = `#/story/${story.id}`;
      return;
    }
    void go({ path: story.libraryPath, storyId: story.id });
  };

  const chooseFolder = async () => {
    setFailure(null);
    try {
      const chosen = await bridge.library.chooseFolder({});
      if (chosen.path) await go({ path: chosen.path });
    } catch (error) {
      setFailure(reviveError(error).message);
    }
  };

  const submitFolder = (event: FormEvent) => {
    event.preventDefault();
    const path = folder.trim();
    if (!path) return setFailure('Type the full path of the library’s folder.');
    void go({ path });
  };

  const forget = async () => {
    try {
      setRecent(await bridge.library.forgetRecent({}));
    } catch (error) {
      setFailure(reviveError(error).message);
    }
  };

  const canChooseFolder = listing.phase === 'ready' && listing.value.canChooseFolder;
  const otherLibraries = listing.phase === 'ready' ? listing.value.libraries.filter((library) => !library.current) : [];
  const currentLibrary = listing.phase === 'ready' ? listing.value.libraries.find((library) => library.current) : undefined;

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next || busy ? undefined : closeOpenDialog())}>
      <Dialog.Portal>
        {/* Not Dialog.Overlay: its scroll lock injects a <style> element, which the app's CSP refuses. */}
        <div className="dialog-backdrop" aria-hidden="true" />
        <Dialog.Content className="dialog open-dialog" aria-busy={busy}>
          <Dialog.Title className="dialog-title">Open</Dialog.Title>
          <Dialog.Description className="dialog-description">
            {currentLibrary ? (
              <>
                The open library is <strong>{currentLibrary.name}</strong> <span className="open-path">({currentLibrary.path})</span>.
                Whatever you have open is saved before another library opens.
              </>
            ) : (
              'A recent story, or another library.'
            )}
          </Dialog.Description>

          {listing.phase === 'loading' ? (
            <p className="muted" aria-busy="true">
              Reading the recent stories…
            </p>
          ) : null}
          {listing.phase === 'failed' ? (
            <p className="open-error" role="alert">
              The recent stories could not be read: {listing.message}
            </p>
          ) : null}

          {listing.phase === 'ready' ? (
            <>
              <section aria-labelledby={`${folderFieldId}-stories`}>
                <h2 className="open-heading" id={`${folderFieldId}-stories`}>
                  Recent stories
                </h2>
                {listing.value.stories.length === 0 ? (
                  <p className="muted">No story has been opened yet.</p>
                ) : (
                  <ul className="open-list" aria-label="Recent stories">
                    {listing.value.stories.map((story) => (
                      <li key={`${story.libraryPath}\n${story.id}`}>
                        <button type="button" className="list-choice open-choice" disabled={busy} onClick={() => openStory(story)}>
                          <span className="open-choice-name">{headlineOf(story)}</span>
                          <span className="open-choice-detail">{story.libraryName}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </section>

              <section aria-labelledby={`${folderFieldId}-libraries`}>
                <h2 className="open-heading" id={`${folderFieldId}-libraries`}>
                  Other libraries
                </h2>
                {otherLibraries.length === 0 ? (
                  <p className="muted">No other library has been opened yet.</p>
                ) : (
                  <ul className="open-list" aria-label="Recent libraries">
                    {otherLibraries.map((library) => (
                      <li key={library.path}>
                        <button type="button" className="list-choice open-choice" disabled={busy} onClick={() => void go({ path: library.path })}>
                          <span className="open-choice-name">{library.name}</span>
                          <span className="open-choice-detail open-path">{library.path}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          ) : null}

          {listing.phase !== 'ready' ? null : canChooseFolder ? (
            <p>
              <button type="button" className="button" disabled={busy} onClick={() => void chooseFolder()}>
                Choose Folder…
              </button>
            </p>
          ) : (
            <form className="open-folder-form" onSubmit={submitFolder}>
              <label htmlFor={folderFieldId}>Library folder</label>
              <div className="open-folder-row">
                <input
                  id={folderFieldId}
                  className="input"
                  value={folder}
                  onChange={(event) => setFolder(event.target.value)}
                  placeholder="/Users/you/Documents/Court stories"
                  spellCheck={false}
                  autoComplete="off"
                  disabled={busy}
                />
                <button type="submit" className="button" disabled={busy}>
                  Open Library
                </button>
              </div>
              <p className="muted open-hint">The folder must exist. An empty folder becomes a new, empty library.</p>
            </form>
          )}

          {failure ? (
            <p className="open-error" role="alert">
              {failure}
            </p>
          ) : null}

          <div className="dialog-actions">
            <button
              type="button"
              className="link-button"
              disabled={busy || listing.phase !== 'ready' || (listing.value.stories.length === 0 && otherLibraries.length === 0)}
              onClick={() => void forget()}
            >
              Clear recent
            </button>
            <Dialog.Close asChild>
              <button type="button" className="button" disabled={busy}>
                Cancel
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** A recent story's headline: as typed in this window if it is open here, which may be ahead of its last save. */
function headlineOf(story: RecentItems['stories'][number]): string {
  const typed = openStoryHeadline(story.id);
  return (typed ?? story.headline).trim() || 'Untitled story';
}

/** The library view's way into the dialog. */
export function OpenButton() {
  return (
    <button type="button" className="button" onClick={() => openOpenDialog()}>
      Open…
    </button>
  );
}
