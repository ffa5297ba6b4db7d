// @vitest-environment jsdom
// The preview waits for a pause in typing before it renders.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterTypingPause, PREVIEW_PAUSE_MS } from '../../../renderer/src/preview/after-typing-pause.ts';

const key = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal('requestIdleCallback', undefined); // whenIdle then waits a moment with setTimeout
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterTypingPause', () => {
  it('runs while typing goes on only once the keys stop for the pause, then at the next idle moment', () => {
    const task = vi.fn();
    key();
    afterTypingPause(task);
    // A key every 90 ms: never a pause of 110 ms.
    for (let index = 0; index < 10; index++) {
      vi.advanceTimersByTime(90);
      key();
    }
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PREVIEW_PAUSE_MS + 60);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs soon when nobody is typing, and never once cancelled', () => {
    vi.advanceTimersByTime(1_000);
    const task = vi.fn();
    afterTypingPause(task);
    vi.advanceTimersByTime(60);
    expect(task).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    afterTypingPause(cancelled)();
    vi.advanceTimersByTime(1_000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
