// When the spell checker walks the document: at idle, never on the keystroke — after typing pauses for a
// moment, and at the latest a little later if the browser is never idle.

import { whenIdle, type Cancel } from '../../preview/when-idle.ts';

/** How long typing must pause before the document is walked again. */
export const TYPING_PAUSE_MS = 200;
/** At the latest this long after the pause, even if the browser is never idle. */
const IDLE_TIMEOUT_MS = 300;

export interface PassScheduler {
  /** At the next idle moment (unless one is already due). */
  soon(): void;
  /** After typing pauses: every keystroke starts the wait again. */
  afterTyping(): void;
  dispose(): void;
}

/** The longest one slice of a pass's preparation keeps the main thread, so a keystroke never waits long. */
export const SLICE_MS = 8;

/**
 * `run` is the pass. `prepare`, if given, is work the pass needs done first, in small steps (a generator
 * that yields between them): it runs at idle a slice of at most SLICE_MS at a time, and `run` follows when
 * it is done. A new pass due before then starts the preparation again, which costs little when its steps
 * remember what they worked out (the first pass over a 100k-word story tokenises every word; later ones
 * only what changed).
 */
export function createPassScheduler(run: () => void, prepare?: () => Iterator<unknown>): PassScheduler {
  let pause: ReturnType<typeof setTimeout> | null = null;
  let idle: Cancel | null = null;
  const sliced = (steps: Iterator<unknown>) => () => {
    idle = null;
    const until = performance.now() + SLICE_MS;
    while (performance.now() < until) {
      if (steps.next().done) {
        run();
        return;
      }
    }
    idle = whenIdle(sliced(steps), IDLE_TIMEOUT_MS);
  };
  const runAtIdle = () => {
    idle ??= whenIdle(
      prepare
        ? sliced(prepare())
        : () => {
            idle = null;
            run();
          },
      IDLE_TIMEOUT_MS,
    );
  };
  const dispose = () => {
    if (pause !== null) clearTimeout(pause);
    idle?.();
    pause = null;
    idle = null;
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
