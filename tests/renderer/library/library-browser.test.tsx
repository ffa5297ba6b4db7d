// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput, CopydeskBridge, FoundStory, SearchResults } from '../../../shared/bridge/contract.ts';
import type { StoryStatus } from '../../../shared/story/schema.ts';
import { LibraryBrowser } from '../../../renderer/src/library/library-browser.tsx';

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});

interface Entry {
  headline: string;
  status?: StoryStatus;
  wordCount?: number;
  slug?: string;
  /** The story's text; a match in it gives a snippet holding the whole text. */
  text?: string;
}

function story(entry: Entry, index: number): FoundStory {
  return {
    id: `01jq${String(index).padStart(22, '0')}`,
    folder: `2026-story-${index}`,
    slug: entry.slug ?? `story-${index}`,
    headline: entry.headline,
    status: entry.status ?? 'draft',
    wordCount: entry.wordCount ?? 100,
    createdAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    snippet: null,
  };
}

/**
 * The Node side's search, small: words (lowercased) must all occur in headline, slug or text; the order and
 * the pages as the real one gives them. What the real search does with accents is tested in tests/electron.
 */
function fakeBridge(entries: Entry[]) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const search = vi.fn(async ({ query = '', status = 'all', sort = 'updated', offset = 0, limit = 100 }: ChannelInput<'library:search'>): Promise<SearchResults> => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const found = entries
      .map((entry, index) => ({ entry, summary: story(entry, index) }))
      .filter(({ summary }) => status === 'all' || summary.status === status)
      .filter(({ entry, summary }) =>
        words.every((word) => `${summary.headline}\n${summary.slug}\n${entry.text ?? ''}`.toLowerCase().includes(word)),
      )
      .map(({ entry, summary }) => {
        const at = words.length ? (entry.text ?? '').toLowerCase().indexOf(words[0]!) : -1;
        const snippet = at === -1 ? null : { text: entry.text!, highlights: [{ start: at, end: at + words[0]!.length }] };
        return { ...summary, snippet };
      })
      .sort((a, b) =>
        sort === 'headline' ? a.headline.localeCompare(b.headline) : b.updatedAt.localeCompare(a.updatedAt),
      );
    return { total: found.length, offset, stories: found.slice(offset, offset + limit) };
  });
  const bridge = {
    library: { search },
    on: (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  } as unknown as CopydeskBridge;
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
  return { bridge, search, emit };
}

function rows(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Stories in the library' })).queryAllByRole('listitem');
}

/** The parts of a row's line under the headline: status, updated, words, slug. */
function metaOf(row: HTMLElement): (string | null)[] {
  return Array.from(row.querySelectorAll('.story-row-meta > span'), (part) => part.textContent);
}

function headlines(): string[] {
  return rows().map((row) => row.querySelector('.story-row-headline')?.textContent ?? '');
}

describe('LibraryBrowser', () => {
  it('shows each story’s headline (or “Untitled story”), status, words, slug and when it was updated', async () => {
    const { bridge } = fakeBridge([
      { headline: 'Storm closes the harbour', status: 'ready', wordCount: 1234, slug: 'storm-harbour' },
      { headline: '  ', wordCount: 1 },
    ]);
    render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    const [untitled, storm] = await waitFor(() => {
      expect(rows()).toHaveLength(2);
      return rows();
    });
    expect(headlines()).toEqual(['Untitled story', 'Storm closes the harbour']);
    expect(metaOf(untitled!)).toEqual(['Draft', expect.stringMatching(/^Updated \w+/), '1 word', 'story-1']);
    expect(metaOf(storm!)).toEqual(['Ready', expect.stringMatching(/^Updated \w+/), '1,234 words', 'storm-harbour']);
    expect(within(storm!).getByRole('link')?.getAttribute('href')).toBe('#/story/01jq0000000000000000000000');
    expect(screen.getByText('2 stories')).toBeTruthy();
  });

  it('narrows the list a moment after typing stops, keeping the old list until then', async () => {
    const { bridge, search } = fakeBridge([{ headline: 'Harbour closes' }, { headline: 'Budget approved' }]);
    render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search stories' }), { target: { value: 'harb' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search stories' }), { target: { value: 'harbour' } });
    expect(rows()).toHaveLength(2);
    await waitFor(() => expect(headlines()).toEqual(['Harbour closes']));
    // One search for the settled words, not one per keystroke.
    expect(search.mock.calls.map(([args]) => args.query)).toEqual(['', 'harbour']);
    expect(screen.getByText('1 story matches “harbour”')).toBeTruthy();
  });

  it('shows the words around a match in the text, the matched word marked', async () => {
    const { bridge } = fakeBridge([{ headline: 'Harbour', text: 'Boats stayed in port on Tuesday.' }]);
    render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search stories' }), { target: { value: 'tuesday' } });
    const mark = await screen.findByText('Tuesday', { selector: 'mark' });
    expect(mark.parentElement?.textContent).toMatch('Boats stayed in port on Tuesday.');
  });

  it('filters by status and sorts by headline', async () => {
    const { bridge } = fakeBridge([
      { headline: 'Bravo', status: 'ready' },
      { headline: 'Alpha', status: 'ready' },
      { headline: 'Charlie', status: 'draft' },
    ]);
    render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    await waitFor(() => expect(headlines()).toEqual(['Charlie', 'Alpha', 'Bravo']));
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Status' })).getByRole('radio', { name: 'Ready' }));
    await waitFor(() => expect(headlines()).toEqual(['Alpha', 'Bravo']));
    expect(screen.getByText('2 ready stories')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'headline' } });
    await waitFor(() => expect(headlines()).toEqual(['Alpha', 'Bravo']));
    fireEvent.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(headlines()).toEqual(['Alpha', 'Bravo', 'Charlie']));
  });

  it('says when nothing matches, and clears the search from there', async () => {
    const { bridge } = fakeBridge([{ headline: 'Harbour closes' }]);
    render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    const box = screen.getByRole('searchbox', { name: 'Search stories' });
    fireEvent.change(box, { target: { value: 'pelican' } });
    expect(await screen.findByRole('heading', { name: 'No stories match “pelican”' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(headlines()).toEqual(['Harbour closes']));
    expect((box as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(box);
  });

  it('says when a library has no stories at all, and offers no search', async () => {
    const { bridge } = fakeBridge([]);
    render(<LibraryBrowser bridge={bridge} libraryPath="/home/me/Copydesk" />);
    expect(await screen.findByRole('heading', { name: 'No stories yet' })).toBeTruthy();
    expect(screen.getByText('/home/me/Copydesk')).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('puts only the rows on screen into the page, however long the list', async () => {
    const { bridge } = fakeBridge(Array.from({ length: 5000 }, (_, index) => ({ headline: `Story ${index}` })));
    render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(rows().length).toBeLessThan(40);
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('5000');
    expect(screen.getByText('5,000 stories')).toBeTruthy();
  });

  it('asks again when the library changes', async () => {
    const entries: Entry[] = [{ headline: 'Harbour closes' }];
    const { bridge, emit } = fakeBridge(entries);
    render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    await waitFor(() => expect(headlines()).toEqual(['Harbour closes']));
    entries.push({ headline: 'Added on disk' });
    act(() => emit('onLibraryChanged', { reason: 'added on disk' }));
    await waitFor(() => expect(headlines()).toEqual(['Added on disk', 'Harbour closes']));
  });

  it('moves from the search box into the results with Arrow Down, and back with Arrow Up', async () => {
    const { bridge } = fakeBridge([{ headline: 'Second' }, { headline: 'First' }]);
    render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const box = screen.getByRole('searchbox', { name: 'Search stories' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const [first, second] = rows().map((row) => within(row).getByRole('link'));
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: 'ArrowUp' });
    fireEvent.keyDown(first!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
  });

  it('keeps the search for when the library is shown again', async () => {
    const { bridge } = fakeBridge([{ headline: 'Harbour closes' }, { headline: 'Budget' }]);
    const first = render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search stories' }), { target: { value: 'harbour' } });
    await waitFor(() => expect(headlines()).toEqual(['Harbour closes']));
    first.unmount();
    render(<LibraryBrowser bridge={bridge} libraryPath="/library" />);
    expect((screen.getByRole('searchbox', { name: 'Search stories' }) as HTMLInputElement).value).toBe('harbour');
    await waitFor(() => expect(headlines()).toEqual(['Harbour closes']));
  });
});
