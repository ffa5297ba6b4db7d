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

export function createPassScheduler(run: () => void): PassScheduler {
  let pause: ReturnType<typeof setTimeout> | null = null;
  let idle: Cancel | null = null;
  const runAtIdle = () => {
    idle ??= whenIdle(() => {
      idle = null;
      run();
    }, IDLE_TIMEOUT_MS);
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
