import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SPELLING_BATCH } from '../../../../shared/bridge/contract.ts';
import { SpellingVerdicts } from '../../../../renderer/src/editor/spelling/spelling-verdicts.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('SpellingVerdicts', () => {
  it('asks about each word once, in batches the bridge accepts, and remembers the answers', async () => {
    const batches: number[] = [];
    const verdicts = new SpellingVerdicts(async (words) => {
      batches.push(words.length);
      return words.filter((word) => word.startsWith('x'));
    });
    const words = Array.from({ length: MAX_SPELLING_BATCH + 10 }, (_, index) => (index % 2 ? `word${index}` : `xword${index}`));
    verdicts.ask(words);
    verdicts.ask(words); // still being asked: not sent again
    await settle();
    expect(batches).toEqual([MAX_SPELLING_BATCH, 10]);
    expect(verdicts.get('xword0')).toBe(false);
    expect(verdicts.get('word1')).toBe(true);
    expect(verdicts.get('never-asked')).toBeUndefined();
    verdicts.ask(words);
    await settle();
    expect(batches).toHaveLength(2);
  });

  it('tells its listeners which words came back misspelt', async () => {
    const verdicts = new SpellingVerdicts(async () => ['recieve']);
    const heard: (readonly string[])[] = [];
    verdicts.subscribe(({ misspelt }) => heard.push(misspelt));
    verdicts.ask(['recieve', 'court']);
    await settle();
    expect(heard).toEqual([['recieve']]);
  });

  it('knows whether any answered word is misspelt, until that word is forgotten', async () => {
    const verdicts = new SpellingVerdicts(async (words) => words.filter((word) => word === 'recieve'));
    expect(verdicts.anyMisspelt()).toBe(false);
    verdicts.ask(['court', 'harbour']);
    await settle();
    expect(verdicts.anyMisspelt()).toBe(false);
    verdicts.ask(['recieve']);
    await settle();
    expect(verdicts.anyMisspelt()).toBe(true);
    verdicts.forget((word) => word === 'recieve');
    expect(verdicts.anyMisspelt()).toBe(false);
  });

  it('asks again about forgotten words, and after a failure only a while later', async () => {
    vi.useFakeTimers();
    let fail = true;
    let calls = 0;
    const verdicts = new SpellingVerdicts(async (words) => {
      calls++;
      if (fail) throw new Error('the dictionary did not load');
      return words;
    });
    verdicts.ask(['recieve']);
    await vi.advanceTimersByTimeAsync(0);
    verdicts.ask(['recieve']);
    expect(calls).toBe(1);
    fail = false;
    await vi.advanceTimersByTimeAsync(15_000);
    verdicts.ask(['recieve']);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(2);
    expect(verdicts.get('recieve')).toBe(false);
    verdicts.forget((word) => word === 'recieve');
    expect(verdicts.get('recieve')).toBeUndefined();
  });
});

describe('SpellingVerdicts.warmUp()', () => {
  it('asks an empty question once, so the dictionary is loaded before the first word', async () => {
    const asked: string[][] = [];
    const verdicts = new SpellingVerdicts(async (words) => {
      asked.push(words);
      return [];
    });
    verdicts.warmUp();
    verdicts.warmUp();
    await settle();
    expect(asked).toEqual([[]]);
  });
});
