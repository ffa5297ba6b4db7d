// The library: every story in the folder — searched, filtered and sorted by renderer/src/library — and the
// ways to start a new one.

import { useCallback, useEffect, useState } from 'react';
import type { CopydeskBridge, LibraryInfo } from '../../../shared/bridge/contract.ts';
import type { CopydeskError } from '../../../shared/errors.ts';
import { navigate, storyHref } from '../app/route.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { Banner } from '../components/banner.tsx';
import { ImportBanner, ImportButton } from '../import/index.ts';
import { LibraryBrowser } from '../library/library-browser.tsx';
import { LibraryOpenedNotice, OpenButton } from '../libraries/index.ts';
import { NewFromTemplateButton, NewFromTemplateDialog } from '../templates/index.ts';
import { onStorySaved } from '../state/story-session.ts';
import { adoptOpenedStory, openStoryHeadline, useUnsavedStoryIds } from '../state/use-story-session.ts';
import { PreferencesButton } from '../preferences/index.ts';

type Listing =
  | { phase: 'loading' }
  | { phase: 'ready'; info: LibraryInfo }
  | { phase: 'failed'; error: CopydeskError };

const REBUILT_NOTE_KEY = 'copydesk.rebuiltNoteDismissed';

/** A note dismissed once stays dismissed for this window's session. */
function readFlag(key: string): boolean {
  try {
    return window.sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string): void {
  try {
    window.sessionStorage.setItem(key, '1');
  } catch {
    // storage switched off: the note simply comes back next time
  }
}

export function LibraryView({ bridge }: { bridge: CopydeskBridge }) {
  const [listing, setListing] = useState<Listing>({ phase: 'loading' });
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<CopydeskError | null>(null);
  const unsaved = useUnsavedStoryIds();
  const [rebuiltNoteDismissed, setRebuiltNoteDismissed] = useState(() => readFlag(REBUILT_NOTE_KEY));
  const dismissRebuiltNote = () => {
    writeFlag(REBUILT_NOTE_KEY);
    setRebuiltNoteDismissed(true);
  };

  const load = useCallback(async () => {
    try {
      setListing({ phase: 'ready', info: await bridge.library.info({}) });
    } catch (error) {
      setListing({ phase: 'failed', error: reviveError(error) });
    }
  }, [bridge]);

  useEffect(() => {
    document.title = 'Library — Copydesk';
    void load();
    const stopLibrary = bridge.on('onLibraryChanged', () => void load());
    const stopSaved = onStorySaved(() => void load());
    return () => {
      stopLibrary();
      stopSaved();
    };
  }, [bridge, load]);

  const createStory = async () => {
    setCreating(true);
    setCreateError(null);
    try {
      const opened = await bridge.story.create({});
      adoptOpenedStory(bridge, opened);
      navigate(storyHref(opened.story.id));
    } catch (error) {
      setCreateError(reviveError(error));
      setCreating(false);
    }
  };

  return (
    <div className="app">
      <header className="topbar">
        <p className="brand">Copydesk</p>
        {listing.phase === 'ready' ? (
          <p className="library-path" title="The library folder">
            {listing.info.path}
          </p>
        ) : null}
        <PreferencesButton />
      </header>

      <main className="library-page" aria-labelledby="library-heading">
        <div className="library-head">
          <h1 id="library-heading">Stories</h1>
          <div className="library-actions">
            <OpenButton />
            <ImportButton bridge={bridge} />
            <NewFromTemplateButton />
            <button type="button" className="button button-primary" onClick={() => void createStory()} disabled={creating}>
              New story
            </button>
          </div>
        </div>

        <LibraryOpenedNotice />
        <ImportBanner />
        <NewFromTemplateDialog bridge={bridge} />

        {createError ? (
          <Banner tone="error" title="The new story could not be created.">
            <p>{createError.message}</p>
          </Banner>
        ) : null}

        {listing.phase === 'failed' ? (
          <Banner
            tone="error"
            title="Copydesk could not read the library."
            actions={
              <button type="button" className="button" onClick={() => void load()}>
                Try again
              </button>
            }
          >
            <p>{listing.error.message}</p>
          </Banner>
        ) : null}

        {unsaved.length > 0 ? (
          <Banner tone="warning" title="Some changes are not saved yet.">
            <p>
              Copydesk is still trying to save{' '}
              {unsaved.map((id, index) => (
                <span key={id}>
                  {index > 0 ? ', ' : ''}
                  <a href={storyHref(id)}>{openStoryHeadline(id)?.trim() || 'Untitled story'}</a>
                </span>
              ))}
              . Open the story to see why.
            </p>
          </Banner>
        ) : null}

        {listing.phase === 'ready' && listing.info.rebuiltIndex && listing.info.storyCount > 0 && !rebuiltNoteDismissed ? (
          <div className="notice notice-dismissible" role="note">
            <p>
              The library’s index (library.json) was missing or damaged, so Copydesk rebuilt it from the story folders.
              No story was changed.
            </p>
            <button type="button" className="button button-small" onClick={dismissRebuiltNote}>
              Dismiss
            </button>
          </div>
        ) : null}

        {listing.phase === 'failed' ? null : (
          <LibraryBrowser bridge={bridge} libraryPath={listing.phase === 'ready' ? listing.info.path : null} />
        )}
      </main>
    </div>
  );
}
