import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
});
