// The library list's search as React sees it: the box's words wait for a pause in typing (about 100 ms),
// a change of status or order applies at once, and the results are asked for again whenever the library
// changes (a save here, a story created, trashed or changed on disk).

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { onStorySaved } from '../state/story-session.ts';
import { SearchSession, type LibraryQuery, type SearchState } from './search-session.ts';

/** How long typing must pause before the words are searched. */
export const SEARCH_PAUSE_MS = 100;

/** The value, `delayMs` after it last changed; at once when `immediate` says so. */
export function useSettledValue<T>(value: T, delayMs: number, immediate: (value: T) => boolean = () => false): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    if (immediate(value)) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
    // `immediate` is a rule, not data: a new function each render must not restart the pause.
  }, [value, settled, delayMs]);
  return settled;
}

export interface LibrarySearch extends SearchState {
  session: SearchSession;
  /** Runs the shown search again (after an error). */
  retry(): void;
}

export function useLibrarySearch(bridge: CopydeskBridge, { query, status, sort }: LibraryQuery): LibrarySearch {
  const session = useMemo(() => new SearchSession((args) => bridge.library.search(args)), [bridge]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  // Clearing the box is not typing: the whole list comes back at once.
  const settledQuery = useSettledValue(query, SEARCH_PAUSE_MS, (value) => value.trim() === '');
  const asked = useRef<LibraryQuery>({ query: settledQuery, status, sort });

  useEffect(() => {
    asked.current = { query: settledQuery, status, sort };
    session.run(asked.current);
  }, [session, settledQuery, status, sort]);

  useEffect(() => {
    const refresh = () => session.run(asked.current);
    const stopLibrary = bridge.on('onLibraryChanged', refresh);
    const stopSaved = onStorySaved(refresh);
    return () => {
      stopLibrary();
      stopSaved();
    };
  }, [bridge, session]);

  return { ...state, session, retry: () => session.run(asked.current) };
}
