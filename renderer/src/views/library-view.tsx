// The library: every story in the folder, newest first, and the way to start a new one.

import { useCallback, useEffect, useState } from 'react';
import type { CopydeskBridge, LibraryInfo } from '../../../shared/bridge/contract.ts';
import type { CopydeskError } from '../../../shared/errors.ts';
import type { StorySummary } from '../../../shared/story/summary.ts';
import { navigate, storyHref } from '../app/route.ts';
import { useNow } from '../app/use-now.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { Banner } from '../components/banner.tsx';
import { formatAbsolute, formatRelative } from '../format/time.ts';
import { ImportBanner, ImportButton } from '../import/index.ts';
import { onStorySaved } from '../state/story-session.ts';
import { adoptOpenedStory, openStoryHeadline, useUnsavedStoryIds } from '../state/use-story-session.ts';
import { STATUS_LABELS } from './story-form.tsx';
import { PreferencesButton } from '../preferences/index.ts';

type Listing =
  | { phase: 'loading' }
  | { phase: 'ready'; info: LibraryInfo; stories: StorySummary[] }
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
  const now = useNow();

  const load = useCallback(async () => {
    try {
      const [info, stories] = await Promise.all([bridge.library.info({}), bridge.library.list({})]);
      setListing({ phase: 'ready', info, stories });
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
            <ImportButton bridge={bridge} />
            <button type="button" className="button button-primary" onClick={() => void createStory()} disabled={creating}>
              New story
            </button>
          </div>
        </div>

        <ImportBanner />

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

        {listing.phase === 'ready' && listing.info.rebuiltIndex && listing.stories.length > 0 && !rebuiltNoteDismissed ? (
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

        {listing.phase === 'loading' ? (
          <p className="loading" aria-busy="true">
            Loading stories…
          </p>
        ) : null}

        {listing.phase === 'ready' && listing.stories.length === 0 ? (
          <div className="empty-library">
            <h2>No stories yet</h2>
            <p>
              Press <strong>New story</strong> to start one. Each story is saved as its own folder in{' '}
              <span className="mono">{listing.info.path}</span>, so you can copy, mail or back it up like any other
              folder.
            </p>
          </div>
        ) : null}

        {listing.phase === 'ready' && listing.stories.length > 0 ? (
          <ul className="story-list" aria-label="Stories in the library">
            {listing.stories.map((story) => (
              <li key={story.id}>
                <a className="story-row" href={storyHref(story.id)}>
                  <span className={`story-row-headline${story.headline.trim() ? '' : ' untitled'}`}>
                    {story.headline.trim() || 'Untitled story'}
                  </span>
                  <span className="story-row-meta">
                    <span className={`status-badge status-${story.status}`}>{STATUS_LABELS[story.status]}</span>
                    <span>
                      Updated{' '}
                      <time dateTime={story.updatedAt} title={formatAbsolute(story.updatedAt)}>
                        {formatRelative(story.updatedAt, now)}
                      </time>
                    </span>
                    <span>
                      {story.wordCount} {story.wordCount === 1 ? 'word' : 'words'}
                    </span>
                    {story.slug ? <span className="mono">{story.slug}</span> : null}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </main>
    </div>
  );
}
