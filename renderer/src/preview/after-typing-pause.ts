// Waits for a pause in typing before the preview renders. The editor hands typing over 80 ms after a key
// (use-story-sync.ts), so someone typing 8–10 keys a second hands over after every key, and the preview
// rendered after every key too: in a 100k-word story each render costs the page's main thread about 15 ms
// (its script, then laying out and painting the frame's 3,000 blocks), and a key that came meanwhile waited
// for it — typing with the preview open was 1.2–1.3 times slower at the median. Rendering once no key has
// come for PREVIEW_PAUSE_MS leaves steady typing alone, and still shows an edit well within 150 ms of the
// last keystroke.

import { whenIdle, type Cancel } from './when-idle.ts';

export const PREVIEW_PAUSE_MS = 110;

/** When the last key went down or the last input began, anywhere in this window (performance.now()). */
let lastInputAt = Number.NEGATIVE_INFINITY;
let listening = false;

function noteInput(): void {
  lastInputAt = performance.now();
}

/** Starts hearing keys; the module does so as it loads, so that the first render knows of the typing before it. */
function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  // Capture and passive: heard before anything else, and never in the way of the key.
  window.addEventListener('keydown', noteInput, { capture: true, passive: true });
  window.addEventListener('beforeinput', noteInput, { capture: true, passive: true });
}

listen();

/**
 * Runs `task` once no key has gone down for `pauseMs`, when the browser is next idle. Answers the cancel.
 * Typing that goes on past the pause pushes the task back again.
 */
export function afterTypingPause(task: () => void, pauseMs = PREVIEW_PAUSE_MS): Cancel {
  listen();
  let cancelled = false;
  let cancelStep: Cancel = () => {};
  const step = () => {
    if (cancelled) return;
    const wait = lastInputAt + pauseMs - performance.now();
    if (wait > 0) {
      const timer = setTimeout(step, wait);
      cancelStep = () => clearTimeout(timer);
      return;
    }
    cancelStep = whenIdle(() => {
      // A key may have come while the browser was busy: its pause starts again.
      if (performance.now() - lastInputAt < pauseMs) step();
      else if (!cancelled) task();
    });
  };
  step();
  return () => {
    cancelled = true;
    cancelStep();
  };
}
