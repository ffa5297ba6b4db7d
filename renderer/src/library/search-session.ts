// The library list's results, a page at a time: which search they answer, how many there are, and the pages
// loaded so far. A new search keeps the old results on screen until its own have come, so the list never
// empties while typing; an answer that comes back after a newer search was asked for is dropped.

import type { FoundStory, LibrarySort, SearchResults, StatusFilter } from '../../../shared/bridge/contract.ts';
import type { CopydeskError } from '../../../shared/errors.ts';
import { reviveError } from '../bridge/http-bridge.ts';

export interface LibraryQuery {
  query: string;
  status: StatusFilter;
  sort: LibrarySort;
}

export type SearchFunction = (args: LibraryQuery & { offset: number; limit: number }) => Promise<SearchResults>;

/** Results a list asks for at a time: more than a screenful, few enough to come back at once. */
export const PAGE_SIZE = 100;

export interface SearchState {
  /** The search the results answer; null until the first answer. */
  shown: LibraryQuery | null;
  total: number;
  /** True while a newer search than `shown` is on its way. */
  searching: boolean;
  /** Why the last search failed, until the next one succeeds. */
  error: CopydeskError | null;
  /** Goes up whenever what the rows show changed, a page arriving included. */
  revision: number;
}

interface ResultSet {
  query: LibraryQuery;
  total: number;
  pages: Map<number, FoundStory[]>;
  /** Pages asked for and not yet back. */
  loading: Set<number>;
}

export function sameQuery(a: LibraryQuery | null, b: LibraryQuery | null): boolean {
  return a !== null && b !== null && a.query === b.query && a.status === b.status && a.sort === b.sort;
}

export class SearchSession {
  private results: ResultSet | null = null;
  /** Counts searches asked for: only the latest may replace the results. */
  private latest = 0;
  private searching = false;
  private error: CopydeskError | null = null;
  private wanted = { start: 0, end: PAGE_SIZE };
  private state: SearchState = { shown: null, total: 0, searching: false, error: null, revision: 0 };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly searchLibrary: SearchFunction) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A new object whenever anything shown changed (for React's useSyncExternalStore). */
  getState = (): SearchState => this.state;

  /** The story at a place in the results, or undefined while its page is still coming. */
  storyAt(index: number): FoundStory | undefined {
    return this.results?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /**
   * Runs `query`. The answer replaces the results only when it is complete for the rows being looked at, so
   * a refresh of the same search (the library changed) does not blank them either.
   */
  run(query: LibraryQuery): void {
    const ticket = ++this.latest;
    const keepPlace = sameQuery(this.results?.query ?? null, query);
    const pages = new Set([0, ...(keepPlace ? pagesIn(this.wanted) : [])]);
    this.searching = true;
    this.publish();
    void Promise.all([...pages].map(async (page) => [page, await this.fetch(query, page)] as const)).then(
      (answers) => {
        if (ticket !== this.latest) return;
        const total = answers[0]![1].total;
        this.results = { query, total, pages: new Map(answers.map(([page, answer]) => [page, answer.stories])), loading: new Set() };
        this.searching = false;
        this.error = null;
        this.publish();
        this.loadWanted();
      },
      (error: unknown) => {
        if (ticket !== this.latest) return;
        this.searching = false;
        this.error = reviveError(error);
        this.publish();
      },
    );
  }

  /** The rows [start, end) are on screen (or nearly): loads the pages holding them. */
  want(start: number, end: number): void {
    this.wanted = { start, end };
    this.loadWanted();
  }

  private loadWanted(): void {
    const results = this.results;
    if (!results) return;
    for (const page of pagesIn(this.wanted)) {
      if (page * PAGE_SIZE >= results.total || results.pages.has(page) || results.loading.has(page)) continue;
      results.loading.add(page);
      this.fetch(results.query, page).then(
        (answer) => {
          results.loading.delete(page);
          if (this.results !== results) return;
          // The library changed between pages: this page belongs to another list, so the list is asked again.
          if (answer.total !== results.total) {
            if (!this.searching) this.run(results.query);
            return;
          }
          results.pages.set(page, answer.stories);
          this.publish();
        },
        () => results.loading.delete(page),
      );
    }
  }

  private fetch(query: LibraryQuery, page: number): Promise<SearchResults> {
    return this.searchLibrary({ ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
  }

  private publish(): void {
    this.state = {
      shown: this.results?.query ?? null,
      total: this.results?.total ?? 0,
      searching: this.searching,
      error: this.error,
      revision: this.state.revision + 1,
    };
    for (const listener of this.listeners) listener();
  }
}

function pagesIn({ start, end }: { start: number; end: number }): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE < Math.max(end, start + 1); page++) pages.push(page);
  return pages;
}
