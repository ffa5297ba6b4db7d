// The library's search, status filter and order, kept for the window's session: back from a story (or after
// a reload) the list is as it was left. What comes back from storage is checked, never trusted.

import { LibrarySort, MAX_SEARCH_LENGTH, StatusFilter } from '../../../shared/bridge/contract.ts';
import type { LibraryQuery } from './search-session.ts';

const REMEMBERED_KEY = 'copydesk.librarySearch';

/** What was last searched in this window (kept for its session), so coming back finds the list as it was left. */
export function rememberedQuery(): LibraryQuery {
  const saved = readRemembered();
  return {
    query: typeof saved?.query === 'string' ? saved.query.slice(0, MAX_SEARCH_LENGTH) : '',
    status: StatusFilter.safeParse(saved?.status).data ?? 'all',
    sort: LibrarySort.safeParse(saved?.sort).data ?? 'updated',
  };
}

function readRemembered(): Partial<Record<keyof LibraryQuery, unknown>> | null {
  try {
    return JSON.parse(window.sessionStorage.getItem(REMEMBERED_KEY) ?? 'null') as Partial<Record<keyof LibraryQuery, unknown>> | null;
  } catch {
    return null; // storage switched off or holding something else: start afresh
  }
}

export function remember(query: LibraryQuery): void {
  try {
    window.sessionStorage.setItem(REMEMBERED_KEY, JSON.stringify(query));
  } catch {
    // storage switched off: the list simply starts afresh next time
  }
}
