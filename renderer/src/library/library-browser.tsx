// The library's list of stories with its search, status filter and order. The list comes from the Node side
// (`library:search`) a page at a time, so it stays instant with thousands of stories. The search, filter and
// order are kept while the window is open: back from a story, the list is as it was left.

import { useEffect, useRef, useState } from 'react';
import type { CopydeskBridge, LibrarySort, StatusFilter } from '../../../shared/bridge/contract.ts';
import { useNow } from '../app/use-now.ts';
import { Banner } from '../components/banner.tsx';
import { SearchBox, SortChoice, StatusChoice } from './library-controls.tsx';
import { remember, rememberedQuery } from './remembered-query.ts';
import { sameQuery, type LibraryQuery } from './search-session.ts';
import { StoryResults } from './story-results.tsx';
import { useLibrarySearch } from './use-library-search.ts';
import './library.css';

const counts = new Intl.NumberFormat();

/** "1,000 stories", "333 ready stories", "1 story matches “zurich”", "12 draft stories match “harbour”". */
export function resultCountText({ query, status }: Pick<LibraryQuery, 'query' | 'status'>, total: number): string {
  const kind = `${status === 'all' ? '' : `${status} `}${total === 1 ? 'story' : 'stories'}`;
  const words = query.trim();
  if (!words) return `${counts.format(total)} ${kind}`;
  return `${counts.format(total)} ${kind} ${total === 1 ? 'matches' : 'match'} “${words}”`;
}

export function LibraryBrowser({ bridge, libraryPath }: { bridge: CopydeskBridge; libraryPath: string | null }) {
  const [initial] = useState(rememberedQuery);
  const [query, setQuery] = useState(initial.query);
  const [status, setStatus] = useState<StatusFilter>(initial.status);
  const [sort, setSort] = useState<LibrarySort>(initial.sort);
  const search = useLibrarySearch(bridge, { query, status, sort });
  const { shown, total } = search;
  const now = useNow();
  const searchBoxRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  useEffect(() => remember({ query, status, sort }), [query, status, sort]);

  // A new search shows its best results: back to the top of the list if it had been scrolled away.
  const lastShown = useRef(shown);
  useEffect(() => {
    const before = lastShown.current;
    lastShown.current = shown;
    if (!before || !shown || sameQuery(before, shown)) return;
    const top = resultsRef.current?.getBoundingClientRect().top ?? 0;
    if (top < 0) window.scrollTo({ top: 0 });
  }, [shown]);

  const clearSearch = () => {
    setQuery('');
    searchBoxRef.current?.focus();
  };
  const focusFirstResult = () => resultsRef.current?.querySelector<HTMLElement>('[data-index="0"] a')?.focus();
  const searchedWords = shown?.query.trim() ?? '';
  const emptyLibrary = shown !== null && total === 0 && !searchedWords && shown.status === 'all';

  return (
    <div className="library-browser">
      {emptyLibrary ? null : (
        <div className="library-controls">
          <SearchBox value={query} onChange={setQuery} onLeaveDown={focusFirstResult} inputRef={searchBoxRef} />
          <div className="library-filters">
            <StatusChoice value={status} onChange={setStatus} />
            <SortChoice value={sort} onChange={setSort} />
          </div>
        </div>
      )}

      {search.error ? (
        <Banner
          tone="error"
          title="Copydesk could not search the library."
          actions={
            <button type="button" className="button" onClick={search.retry}>
              Try again
            </button>
          }
        >
          <p>{search.error.message}</p>
        </Banner>
      ) : null}

      <p className="library-count" aria-live="polite">
        {shown && !emptyLibrary ? resultCountText(shown, total) : ''}
      </p>

      <div ref={resultsRef}>
        {shown === null && !search.error ? (
          <p className="loading" aria-busy="true">
            Loading stories…
          </p>
        ) : null}

        {emptyLibrary ? (
          <div className="empty-library">
            <h2>No stories yet</h2>
            <p>
              Press <strong>New story</strong> to start one. Each story is saved as its own folder
              {libraryPath ? (
                <>
                  {' '}
                  in <span className="mono">{libraryPath}</span>
                </>
              ) : null}
              , so you can copy, mail or back it up like any other folder.
            </p>
          </div>
        ) : null}

        {shown && total === 0 && !emptyLibrary ? (
          <NoResults
            words={searchedWords}
            status={shown.status}
            onClearSearch={clearSearch}
            onShowAllStatuses={() => setStatus('all')}
          />
        ) : null}

        {shown && total > 0 ? (
          <StoryResults
            session={search.session}
            total={total}
            revision={search.revision}
            withSnippets={searchedWords !== ''}
            searching={search.searching}
            now={now}
            onLeaveUp={() => searchBoxRef.current?.focus()}
          />
        ) : null}
      </div>
    </div>
  );
}

function NoResults({
  words,
  status,
  onClearSearch,
  onShowAllStatuses,
}: {
  words: string;
  status: StatusFilter;
  onClearSearch: () => void;
  onShowAllStatuses: () => void;
}) {
  const among = status === 'all' ? '' : ` among ${status} stories`;
  return (
    <div className="empty-library no-results">
      <h2>{words ? `No stories match “${words}”${among}` : `No ${status} stories`}</h2>
      {words ? <p>Every word must appear in a story’s headline, slug or text. Try fewer or other words.</p> : null}
      <div className="no-results-actions">
        {words ? (
          <button type="button" className="button" onClick={onClearSearch}>
            Clear search
          </button>
        ) : null}
        {status !== 'all' ? (
          <button type="button" className="button" onClick={onShowAllStatuses}>
            Show all statuses
          </button>
        ) : null}
      </div>
    </div>
  );
}
