import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { END_OF_SLICE, runInSlices, SLICE_MS } from '../../../renderer/src/editor/idle-slices.ts';

let clock = 0;

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Work of `steps` steps of `ms` each, noting which slice (task) each step ran in. */
function* work(steps: number, ms: number, log: number[], slice: { number: number }, endSliceEvery = 0) {
  for (let step = 1; step <= steps; step++) {
    clock += ms;
    log.push(slice.number);
    yield endSliceEvery > 0 && step % endSliceEvery === 0 ? END_OF_SLICE : undefined;
  }
}

describe('runInSlices()', () => {
  it('keeps the main thread at most a slice at a time, and says when the work is done', async () => {
    const log: number[] = [];
    const slice = { number: 0 };
    const done = vi.fn();
    runInSlices(work(12, 3, log, slice), 100, done);
    for (let task = 1; task <= 10 && !done.mock.calls.length; task++) {
      slice.number = task;
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(done).toHaveBeenCalledTimes(1);
    const stepsPerSlice = [...new Set(log)].map((number) => log.filter((n) => n === number).length);
    expect(Math.max(...stepsPerSlice)).toBe(Math.ceil(SLICE_MS / 3));
    expect(log).toHaveLength(12);
  });

  it('ends a slice early where the work asks, however little time it took', async () => {
    const log: number[] = [];
    const slice = { number: 0 };
    runInSlices(work(9, 0, log, slice, 3), 100);
    for (let task = 1; task <= 5; task++) {
      slice.number = task;
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(log).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3]);
  });

  it('stops the work where it is when cancelled', async () => {
    const log: number[] = [];
    const done = vi.fn();
    const cancel = runInSlices(work(12, 3, log, { number: 1 }), 100, done);
    await vi.advanceTimersByTimeAsync(50);
    cancel();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(log.length).toBeLessThan(12);
    expect(done).not.toHaveBeenCalled();
  });
});
