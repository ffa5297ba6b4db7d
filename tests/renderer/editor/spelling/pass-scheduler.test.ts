import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLICE_MS } from '../../../../renderer/src/editor/idle-slices.ts';
import { createPassScheduler, TYPING_PAUSE_MS } from '../../../../renderer/src/editor/spelling/pass-scheduler.ts';

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

  it('runs a long pass a slice at a time, keeping the main thread no longer than a slice', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const done: number[] = [];
    const passes = createPassScheduler(function* pass() {
      for (let step = 0; step < 10; step++) {
        clock += 3; // each step takes 3 ms
        done.push(step);
        yield;
      }
      done.push(-1);
    });
    passes.soon();
    await vi.advanceTimersByTimeAsync(50); // the first idle moment (a timer, where there is no requestIdleCallback)
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThanOrEqual(Math.ceil(SLICE_MS / 3));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1]);
  });

  it('stops a long pass under way when typing starts again, and walks from the start after the pause', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const started: number[] = [];
    let finished = 0;
    let passNumber = 0;
    const passes = createPassScheduler(function* pass() {
      started.push(++passNumber);
      for (let step = 0; step < 20; step++) {
        clock += 3;
        yield;
      }
      finished++;
    });
    passes.soon();
    await vi.advanceTimersByTimeAsync(50);
    passes.afterTyping();
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS / 2);
    expect(finished).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(started).toEqual([1, 2]);
    expect(finished).toBe(1);
  });
});
