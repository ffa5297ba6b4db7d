import { describe, expect, it } from 'vitest';
import type { FoundStory, SearchResults } from '../../../shared/bridge/contract.ts';
import { PAGE_SIZE, SearchSession, type LibraryQuery, type SearchFunction } from '../../../renderer/src/library/search-session.ts';

function found(headline: string, index: number): FoundStory {
  return {
    id: `01jq${String(index).padStart(22, '0')}`,
    folder: `2026-story-${index}`,
    slug: `story-${index}`,
    headline,
    status: 'draft',
    wordCount: 10,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    snippet: null,
  };
}

/** A search whose answers come back only when the test says so, each from a list of headlines for the query. */
function controlledSearch(answer: (query: LibraryQuery) => string[]) {
  const calls: { args: Parameters<SearchFunction>[0]; release: () => void; fail: (error: unknown) => void }[] = [];
  const search: SearchFunction = (args) =>
    new Promise<SearchResults>((resolve, reject) => {
      const all = answer(args).map(found);
      calls.push({
        args,
        release: () => resolve({ total: all.length, offset: args.offset, stories: all.slice(args.offset, args.offset + args.limit) }),
        fail: reject,
      });
    });
  return { search, calls };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const query = (text: string): LibraryQuery => ({ query: text, status: 'all', sort: 'updated' });

describe('SearchSession', () => {
  it('shows an answer once it comes, with the total and the stories of the first page', async () => {
    const { search, calls } = controlledSearch(() => ['Harbour closes', 'Harbour reopens']);
    const session = new SearchSession(search);
    session.run(query('harbour'));
    expect(session.getState()).toMatchObject({ shown: null, searching: true });
    calls[0]!.release();
    await flush();
    expect(session.getState()).toMatchObject({ shown: query('harbour'), total: 2, searching: false });
    expect(session.storyAt(1)?.headline).toBe('Harbour reopens');
  });

  it('keeps the old results on screen while a new search is on its way', async () => {
    const { search, calls } = controlledSearch(({ query: text }) => (text ? ['Harbour closes'] : ['Harbour closes', 'Budget']));
    const session = new SearchSession(search);
    session.run(query(''));
    calls[0]!.release();
    await flush();
    session.run(query('harbour'));
    expect(session.getState()).toMatchObject({ shown: query(''), total: 2, searching: true });
    expect(session.storyAt(1)?.headline).toBe('Budget');
    calls[1]!.release();
    await flush();
    expect(session.getState()).toMatchObject({ shown: query('harbour'), total: 1, searching: false });
  });

  it('drops an answer that comes back after a newer search was asked for', async () => {
    const { search, calls } = controlledSearch(({ query: text }) => [`Answer to ${text}`]);
    const session = new SearchSession(search);
    session.run(query('har'));
    session.run(query('harbour'));
    calls[1]!.release();
    await flush();
    calls[0]!.release();
    await flush();
    expect(session.getState().shown).toEqual(query('harbour'));
    expect(session.storyAt(0)?.headline).toBe('Answer to harbour');
  });

  it('asks for the pages of the rows on screen, once each', async () => {
    const headlines = Array.from({ length: 1000 }, (_, index) => `Story ${index}`);
    const { search, calls } = controlledSearch(() => headlines);
    const session = new SearchSession(search);
    session.run(query(''));
    calls[0]!.release();
    await flush();
    session.want(PAGE_SIZE * 5 - 4, PAGE_SIZE * 5 + 10);
    session.want(PAGE_SIZE * 5 - 2, PAGE_SIZE * 5 + 12);
    expect(calls.slice(1).map((call) => call.args.offset)).toEqual([PAGE_SIZE * 4, PAGE_SIZE * 5]);
    expect(session.storyAt(PAGE_SIZE * 5)).toBeUndefined();
    calls[2]!.release();
    await flush();
    expect(session.storyAt(PAGE_SIZE * 5)?.headline).toBe(`Story ${PAGE_SIZE * 5}`);
  });

  it('asks for the same search again without losing the place being looked at', async () => {
    const headlines = Array.from({ length: 1000 }, (_, index) => `Story ${index}`);
    const { search, calls } = controlledSearch(() => headlines);
    const session = new SearchSession(search);
    session.run(query(''));
    calls[0]!.release();
    await flush();
    session.want(PAGE_SIZE * 3, PAGE_SIZE * 3 + 10);
    calls[1]!.release();
    await flush();
    headlines[PAGE_SIZE * 3] = 'Changed on disk';
    session.run(query(''));
    const refresh = calls.slice(2);
    expect(refresh.map((call) => call.args.offset)).toEqual([0, PAGE_SIZE * 3]);
    refresh[0]!.release();
    await flush();
    expect(session.storyAt(PAGE_SIZE * 3)?.headline).toBe(`Story ${PAGE_SIZE * 3}`); // not swapped in halves
    refresh[1]!.release();
    await flush();
    expect(session.storyAt(PAGE_SIZE * 3)?.headline).toBe('Changed on disk');
  });

  it('says why a search failed and keeps what it showed', async () => {
    const { search, calls } = controlledSearch(() => ['Harbour closes']);
    const session = new SearchSession(search);
    session.run(query(''));
    calls[0]!.release();
    await flush();
    session.run(query('harbour'));
    calls[1]!.fail({ code: 'io', message: 'The library folder is gone.' });
    await flush();
    expect(session.getState()).toMatchObject({ shown: query(''), searching: false });
    expect(session.getState().error?.message).toBe('The library folder is gone.');
  });
});
