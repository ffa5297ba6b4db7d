// When the spell checker (and Find) walk the document: at idle, never on the keystroke — after typing pauses
// for a moment, and at the latest a little later if the browser is never idle.

import type { Cancel } from '../../preview/when-idle.ts';
import { runInSlices } from '../idle-slices.ts';

/** How long typing must pause before the document is walked again. */
export const TYPING_PAUSE_MS = 200;
/** At the latest this long after the pause (or after the pass's last slice), even if the browser is never idle. */
const IDLE_TIMEOUT_MS = 300;

export interface PassScheduler {
  /** At the next idle moment (unless one is already due or under way). */
  soon(): void;
  /** After typing pauses: every keystroke starts the wait again, and stops a pass under way. */
  afterTyping(): void;
  dispose(): void;
}

/**
 * `pass` is the walk: a plain function runs in one go; a generator function runs a slice of at most SLICE_MS
 * at a time (idle-slices.ts), pausing where it yields. A pass under way is stopped by typing and started
 * again after the pause, which costs little when its steps remember what they worked out (the first pass
 * over a 100k-word story tokenises every word; later ones only what changed).
 */
export function createPassScheduler(pass: () => Iterable<unknown> | void): PassScheduler {
  let pause: ReturnType<typeof setTimeout> | null = null;
  let running: Cancel | null = null;
  function* steps() {
    const work = pass();
    if (work) yield* work;
  }
  const runAtIdle = () => {
    running ??= runInSlices(steps(), IDLE_TIMEOUT_MS, () => {
      running = null;
    });
  };
  const dispose = () => {
    if (pause !== null) clearTimeout(pause);
    running?.();
    pause = null;
    running = null;
  };
  return {
    soon: runAtIdle,
    afterTyping() {
      dispose();
      pause = setTimeout(() => {
        pause = null;
        runAtIdle();
      }, TYPING_PAUSE_MS);
    },
    dispose,
  };
}
