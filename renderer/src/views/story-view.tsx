// One story: the top bar (back to the library, the save status), the banners a save can raise, and the form.

import { useEffect } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { bodyText } from '../../../shared/story/plain-text.ts';
import { countWords, readingMinutes } from '../../../shared/text/word-count.ts';
import { LIBRARY_HREF } from '../app/route.ts';
import { Banner } from '../components/banner.tsx';
import { SaveStatusView } from '../components/save-status.tsx';
import type { StorySession } from '../state/story-session.ts';
import { useStorySession } from '../state/use-story-session.ts';
import { StoryForm } from './story-form.tsx';

export function StoryView({ bridge, id }: { bridge: CopydeskBridge; id: string }) {
  const { session, state } = useStorySession(bridge, id);
  useSaveShortcut(session);

  const headline = state.story?.headline.trim() || 'Untitled story';
  useEffect(() => {
    document.title = `${headline} — Copydesk`;
  }, [headline]);

  const failedSave = state.save.kind === 'failed' ? state.save.error : null;
  // A save refused for a field's value (the slug, a byline name) is shown at that field, not as a disk problem.
  const invalid = failedSave && (failedSave.code === 'invalid-story' || failedSave.code === 'invalid-argument') ? failedSave : null;
  const words = state.story ? countWords(bodyText(state.story)) : 0;

  return (
    <div className="app">
      <header className="topbar">
        <a className="back-link" href={LIBRARY_HREF}>
          <span aria-hidden="true">←</span> Library
        </a>
        <p className="topbar-title" title={state.path || undefined}>
          {headline}
        </p>
        <SaveStatusView status={state.save} onSaveNow={() => void session.saveNow()} />
      </header>

      <main className="story-page">
        {state.save.kind === 'conflict' ? (
          <Banner
            tone="warning"
            title="This story was changed on disk since you opened it."
            actions={
              <>
                <button type="button" className="button" disabled={state.busy} onClick={() => void session.reloadFromDisk()}>
                  Reload from disk
                </button>
                <button type="button" className="button" disabled={state.busy} onClick={() => void session.keepMine()}>
                  Keep mine
                </button>
              </>
            }
          >
            <p>
              Another program or another Copydesk window saved it, so your changes were not written over it. “Reload
              from disk” shows that version and drops your changes; “Keep mine” saves your version over it.
            </p>
          </Banner>
        ) : null}

        {failedSave && !invalid ? (
          <Banner tone="error" title="Your latest changes are not saved yet.">
            <p>{failedSave.message}</p>
            <p>
              Your text is still here.{' '}
              {state.save.kind === 'failed' && state.save.retryAt !== null
                ? 'Copydesk keeps trying by itself; press Ctrl+S (⌘S on a Mac) to try now.'
                : 'Press Ctrl+S (⌘S on a Mac) to try again.'}
            </p>
          </Banner>
        ) : null}

        {state.notice ? (
          <p className="notice" role="note">
            {state.notice}
          </p>
        ) : null}

        {state.migratedFrom !== null ? (
          <p className="notice" role="note">
            This story was written by an older Copydesk (file format {state.migratedFrom}); it will be saved in the current
            format.
          </p>
        ) : null}

        {state.phase === 'loading' ? (
          <p className="loading" aria-busy="true">
            Opening the story…
          </p>
        ) : null}

        {state.phase === 'failed' && state.loadError ? (
          <Banner
            tone="error"
            title="This story could not be opened."
            actions={
              <>
                <button type="button" className="button" onClick={() => void session.load()}>
                  Try again
                </button>
                <a className="button" href={LIBRARY_HREF}>
                  Back to the library
                </a>
              </>
            }
          >
            <p>{state.loadError.message}</p>
          </Banner>
        ) : null}

        {state.phase === 'ready' && state.story ? (
          <>
            <StoryForm
              key={state.generation}
              story={state.story}
              onEdit={(change) => session.edit(change)}
              invalidField={invalid ? (invalid.details.field ?? '').replace(/^story\./, '') : null}
              invalidMessage={invalid?.message ?? null}
            />
            <p className="story-footer">
              <span>
                {words} {words === 1 ? 'word' : 'words'}
                {words > 0 ? ` · ${readingMinutes(words)} min read` : ''}
              </span>
              <span className="story-path" title="The story’s folder">
                {state.path}
              </span>
            </p>
          </>
        ) : null}
      </main>
    </div>
  );
}

/** Ctrl+S (⌘S on a Mac) saves at once, and never opens the browser's "save page" dialog. */
function useSaveShortcut(session: StorySession): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void session.saveNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}
