// Work too long for one task — a pass over every word of a long story, thousands of marks drawn again —
// done at idle a slice at a time, so that a keystroke or a scrolling frame never waits behind it for long.

import { whenIdle, type Cancel } from '../preview/when-idle.ts';

/** The longest one slice keeps the main thread. */
export const SLICE_MS = 8;

/** Yielded by the work to end the slice now (it has handed React as much to render as one task should hold). */
export const END_OF_SLICE = Symbol('end of slice');

/**
 * Steps through `work` at idle moments (at the latest `timeoutMs` after each is asked for), for at most
 * SLICE_MS at a time: a step is what the work does between two yields. `done` runs when the work ends;
 * the returned function stops it wherever it is.
 */
export function runInSlices(work: Iterator<unknown>, timeoutMs: number, done?: () => void): Cancel {
  let cancelNext: Cancel | null = null;
  const slice = () => {
    cancelNext = null;
    const until = performance.now() + SLICE_MS;
    do {
      const step = work.next();
      if (step.done) {
        done?.();
        return;
      }
      if (step.value === END_OF_SLICE) break;
    } while (performance.now() < until);
    cancelNext = whenIdle(slice, timeoutMs);
  };
  cancelNext = whenIdle(slice, timeoutMs);
  return () => {
    cancelNext?.();
    cancelNext = null;
  };
}
