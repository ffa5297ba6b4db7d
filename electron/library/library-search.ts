// Searching the library: every word of a query must occur in a story's headline, slug or text, whatever the
// case or accents. The text of every story is kept in memory, folded for matching, so a keystroke in the
// search box costs a scan of memory and never a read of the story files.
//
// The texts are read from the story files once, the first time the library is searched (library.json holds
// summaries only: putting whole texts there would make every save rewrite megabytes). From then on the
// library's own events keep them current: a save, create, rename or duplicate hands over the story it wrote,
// and a change found on disk (another program, a sync client) hands over the story it read again.
//
// Results come a page at a time, since a list shows a screenful: the whole ordered result is kept until the
// next search or change, so the next page costs only its snippets.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibrarySort, SearchResults, SearchSnippet, StatusFilter } from '../../shared/bridge/contract.ts';
import { parseStoryFile, type Story, type StorySummary } from '../../shared/story/index.ts';
import { forEachAtMost } from './at-most-at-once.ts';
import { foldForSearch, queryWords, searchableBody } from './library-search-text.ts';
import { STORY_FILE, type StoryLibrary } from './story-library.ts';

export interface LibrarySearchRequest {
  query?: string;
  status?: StatusFilter;
  sort?: LibrarySort;
  offset?: number;
  limit?: number;
}

/** What is kept of one story to search it. */
interface SearchableStory {
  /** Headline, slug and text, folded, one per line: a word cannot run from one into the next. */
  folded: string;
  /** Where the text starts in `folded`. */
  textStart: number;
  /** The text as written, in UTF-8 (half the memory of a string holding curly quotes): snippets come from it. */
  text: Buffer;
}

interface Match {
  summary: StorySummary;
  /** Null in the result of an empty query, which matches every story without looking at its text. */
  story: SearchableStory | null;
}

/** The last search's whole ordered result, for its next pages and for narrowing it as more is typed. */
interface LastSearch {
  generation: number;
  words: string[];
  status: StatusFilter;
  sort: LibrarySort;
  matches: Match[];
}

/**
 * How long a saved story waits before its text is folded for search: folding a 100,000-word story takes about
 * 7 ms, which a save need not wait for, and a burst of saves is folded once. A search comes first if it asks.
 */
const FOLD_DELAY_MS = 250;
/** Story files read at once while the texts are first gathered: enough to keep the disk busy, no more. */
const READS_AT_ONCE = 16;
/** Characters of context kept before and after the matched word in a snippet. */
const SNIPPET_BEFORE = 50;
const SNIPPET_AFTER = 110;
const LATIN1_ONLY = /^[\x00-\xff]*$/;

const searches = new WeakMap<StoryLibrary, LibrarySearch>();

/** The one search of a library (made on first use), however many bridges ask. */
export function searchOf(library: StoryLibrary): LibrarySearch {
  let search = searches.get(library);
  if (!search) {
    search = new LibrarySearch(library);
    searches.set(library, search);
  }
  return search;
}

function searchable(story: Pick<Story, 'headline' | 'slug' | 'subheadline' | 'highlights' | 'body'>): SearchableStory {
  const text = searchableBody(story);
  const head = `${story.headline}\n${story.slug}\n`;
  return { folded: compact(foldForSearch(head + text)), textStart: head.length, text: Buffer.from(text, 'utf8') };
}

/**
 * The same string stored one byte per character where it can be. Lowercasing text that held a curly quote
 * gives two bytes per character even after the quote was straightened: twice the memory, and slower to scan.
 */
function compact(folded: string): string {
  return LATIN1_ONLY.test(folded) ? Buffer.from(folded, 'latin1').toString('latin1') : folded;
}

/** A story not read yet (or unreadable) is still found by its headline and slug. */
function searchableSummary(summary: StorySummary): SearchableStory {
  return searchable({ ...summary, subheadline: '', highlights: [], body: [] });
}

export class LibrarySearch {
  private readonly stories = new Map<string, SearchableStory>();
  /** Stories written or read again whose text is not folded yet; they replace what `stories` holds for them. */
  private readonly unfolded = new Map<string, Story>();
  private foldTimer: ReturnType<typeof setTimeout> | null = null;
  private gathering: Promise<void> | null = null;
  /** Goes up with every change to the library, so a kept result is never served after it went stale. */
  private generation = 0;
  private last: LastSearch | null = null;
  private readonly collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

  constructor(private readonly library: StoryLibrary) {
    library.indexChanges.on('storyIndexed', ({ story }) => this.remember(story));
    library.indexChanges.on('storyUnindexed', ({ id }) => {
      this.stories.delete(id);
      this.unfolded.delete(id);
      this.generation++;
    });
  }

  /** Resolves once every story in the library has been read for search; reads them the first time only. */
  ready(): Promise<void> {
    this.gathering ??= this.gatherAll();
    return this.gathering;
  }

  /**
   * The stories matching `query` (all of them when it is empty) with `status`, in `sort` order: `limit` of
   * them from `offset`, each with a snippet of its text around the first matched word, and how many there
   * are in all. The stories are the index's (library.json): its summaries say status, words and dates.
   */
  async search({ query = '', status = 'all', sort = 'updated', offset = 0, limit = 100 }: LibrarySearchRequest = {}): Promise<SearchResults> {
    const words = queryWords(query);
    const gathered = this.ready();
    if (words.length > 0) await gathered;
    this.foldWaiting();
    const matches = this.matches(words, status, sort);
    const page = matches.slice(offset, offset + limit).map(({ summary, story }) => ({
      ...summary,
      snippet: words.length > 0 && story ? snippetOf(story, words) : null,
    }));
    return { total: matches.length, offset, stories: page };
  }

  private matches(words: string[], status: StatusFilter, sort: LibrarySort): Match[] {
    const last = this.last;
    if (last && last.generation === this.generation && last.status === status && last.sort === sort) {
      if (sameWords(last.words, words)) return last.matches;
      // More typed onto the last query can only drop stories from its result, which is already in order.
      if (last.words.every((before) => words.some((now) => now.includes(before)))) {
        const matches: Match[] = [];
        for (const { summary, story } of last.matches) {
          const text = story ?? this.searchableOf(summary);
          if (matchesAll(text, words)) matches.push({ summary, story: text });
        }
        this.last = { ...last, words, matches };
        return matches;
      }
    }
    const matches: Match[] = [];
    for (const summary of this.library.summaries()) {
      if (status !== 'all' && summary.status !== status) continue;
      // An empty query (the list as it first opens) matches all: no need to fold 10,000 headlines for that.
      if (words.length === 0) {
        matches.push({ summary, story: null });
        continue;
      }
      const story = this.searchableOf(summary);
      if (matchesAll(story, words)) matches.push({ summary, story });
    }
    this.sort(matches, sort);
    this.last = { generation: this.generation, words, status, sort, matches };
    return matches;
  }

  /** What a story is matched by: its text once read, its headline and slug until then. */
  private searchableOf(summary: StorySummary): SearchableStory {
    return this.stories.get(summary.id) ?? searchableSummary(summary);
  }

  /**
   * Keeps a story's text as it was just written or read, to be folded a moment later, off the save's path.
   * Never throws: it runs inside the library's work.
   */
  private remember(story: Story): void {
    this.generation++;
    this.unfolded.set(story.id, story);
    if (this.foldTimer) return;
    this.foldTimer = setTimeout(() => this.foldWaiting(), FOLD_DELAY_MS);
    this.foldTimer.unref?.();
  }

  /** Folds the texts still waiting: before any search, so a result never misses what was just saved. */
  private foldWaiting(): void {
    if (this.foldTimer) clearTimeout(this.foldTimer);
    this.foldTimer = null;
    for (const [id, story] of this.unfolded) {
      try {
        this.stories.set(id, searchable(story));
      } catch {
        this.stories.delete(id);
      }
    }
    this.unfolded.clear();
  }

  private async gatherAll(): Promise<void> {
    const pending = this.library.summaries().filter((summary) => !this.stories.has(summary.id));
    await forEachAtMost(pending, READS_AT_ONCE, async (summary) => {
      const file = join(this.library.root, summary.folder, STORY_FILE);
      try {
        const { story } = parseStoryFile(await readFile(file, 'utf8'), file);
        // A save or an outside change told us of a newer version while this file was being read.
        const newer = this.stories.has(story.id) || this.unfolded.has(story.id);
        if (story.id !== summary.id || newer || !this.isListed(story.id)) return;
        this.stories.set(story.id, searchable(story));
      } catch {
        // Moved, trashed or broken since it was listed: the library's events say what became of it.
      }
    });
    this.generation++;
  }

  private isListed(id: string): boolean {
    try {
      this.library.folderOf(id);
      return true;
    } catch {
      return false;
    }
  }

  /** Newest first by update or creation; or A–Z by headline, untitled stories last. Ties: newest update, then id. */
  private sort(matches: Match[], sort: LibrarySort): void {
    const updated = new Map(matches.map(({ summary }) => [summary, Date.parse(summary.updatedAt)]));
    const newestFirst = (a: StorySummary, b: StorySummary) =>
      updated.get(b)! - updated.get(a)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    if (sort === 'updated') {
      matches.sort((a, b) => newestFirst(a.summary, b.summary));
    } else if (sort === 'created') {
      const created = new Map(matches.map(({ summary }) => [summary, Date.parse(summary.createdAt)]));
      matches.sort((a, b) => created.get(b.summary)! - created.get(a.summary)! || newestFirst(a.summary, b.summary));
    } else {
      const headlines = new Map(matches.map(({ summary }) => [summary, summary.headline.trim()]));
      matches.sort((a, b) => {
        const headlineA = headlines.get(a.summary)!;
        const headlineB = headlines.get(b.summary)!;
        if (headlineA === '' || headlineB === '') {
          return Number(headlineA === '') - Number(headlineB === '') || newestFirst(a.summary, b.summary);
        }
        return this.collator.compare(headlineA, headlineB) || newestFirst(a.summary, b.summary);
      });
    }
  }
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

function matchesAll(story: SearchableStory, words: string[]): boolean {
  for (const word of words) if (!story.folded.includes(word)) return false;
  return true;
}

/**
 * A line of the story's text around the earliest place one of `words` occurs, cut at word boundaries, with
 * every occurrence of every word in it marked. Null when no word occurs in the text (only in headline or slug).
 */
function snippetOf(story: SearchableStory, words: string[]): SearchSnippet | null {
  let first = -1;
  for (const word of words) {
    const at = story.folded.indexOf(word, story.textStart);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  if (first === -1) return null;
  const original = story.text.toString('utf8');
  const at = first - story.textStart;
  let start = Math.max(0, at - SNIPPET_BEFORE);
  let end = Math.min(original.length, at + SNIPPET_AFTER);
  if (start > 0) {
    const space = original.indexOf(' ', start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < original.length) {
    const space = original.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  const lead = start > 0 ? '… ' : '';
  const text = `${lead}${original.slice(start, end).replace(/\s/g, ' ')}${end < original.length ? ' …' : ''}`;
  const folded = story.folded.slice(story.textStart + start, story.textStart + end);
  return { text, highlights: highlightsIn(folded, words, lead.length) };
}

/** Every occurrence of every word in `folded`, shifted by `offset`, merged where they touch or overlap. */
function highlightsIn(folded: string, words: string[], offset: number): SearchSnippet['highlights'] {
  const ranges: { start: number; end: number }[] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      ranges.push({ start: at + offset, end: at + offset + word.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
