import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPassScheduler, SLICE_MS, TYPING_PAUSE_MS } from '../../../../renderer/src/editor/spelling/pass-scheduler.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createPassScheduler()', () => {
  it('walks only once typing has paused, however many keys came before', async () => {
    const run = vi.fn();
    const passes = createPassScheduler(run);
    for (let key = 0; key < 10; key++) {
      passes.afterTyping();
      await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS / 2);
    }
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS + 400);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs once for several requests at the next idle moment, and not at all once disposed', async () => {
    const run = vi.fn();
    const passes = createPassScheduler(run);
    passes.soon();
    passes.soon();
    await vi.advanceTimersByTimeAsync(400);
    expect(run).toHaveBeenCalledTimes(1);
    passes.soon();
    passes.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does a pass’s preparation a slice at a time, keeping the main thread no longer than a slice, then the pass', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const done: number[] = [];
    const run = vi.fn(() => done.push(-1));
    const passes = createPassScheduler(run, function* prepare() {
      for (let step = 0; step < 10; step++) {
        clock += 3; // each step takes 3 ms
        done.push(step);
        yield;
      }
    });
    passes.soon();
    await vi.advanceTimersByTimeAsync(50); // the first idle moment (a timer, where there is no requestIdleCallback)
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThanOrEqual(Math.ceil(SLICE_MS / 3));
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1]);
  });
});
