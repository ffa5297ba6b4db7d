// Keystroke latency as issue 7 defines it — keydown until the editor's DOM has changed and layout has been
// flushed — measured inside the page, for any contenteditable editor (Copydesk's, or a peer's):
//
//   - a keydown listener (capture, on window: before any editor sees the key) notes the key's time;
//   - a MutationObserver on the editor's root sees the keystroke change the editor's DOM, and posts a message
//     (a MessageChannel task) that runs as soon as the work that made the change has finished;
//   - that message forces layout (reads offsetHeight) and notes the time: the keystroke's latency ends there,
//     at the last such moment before the next animation frame.
//
// Two choices here are deliberate, and both make the figure what a person typing would feel:
//   - The end is where the task that changed the DOM finishes, not the observer's first callback. For a plain
//     letter Slate and ProseMirror both let the browser insert the character itself and run their own update
//     afterwards (Slate re-renders with React, ProseMirror re-reads the DOM), in the same task: the first
//     mutation is the browser's, before any editor code has run, and nothing can be painted until the task
//     that follows it is over. Counting from the first callback would report the browser's insertion alone.
//   - The start is the key event's timestamp (when the browser received the key), not performance.now() in
//     the listener: a key that arrives while the page is busy (an idle-time pass that ran long) waits for the
//     main thread, and that wait is part of its latency. Normally the two differ by a millisecond or so.
// Work an editor puts off past the frame (idle-time decorations, say) is, correctly, not on the keystroke's
// path, unless a later key has to wait for it.
//
// Keys are typed for real (Playwright's keyboard: CDP key events, which the browser turns into keydown,
// beforeinput, the native insertion and input), one at a time and spaced apart, so each is measured alone.
//
// The API, for any browser suite:
//   await placeCaretIn(paragraph)   — scroll it into view and click into it
//   const { p50, p95, samples } = await measureKeystrokeLatency(page, editorRoot, { keystrokes: 80, budgetMs: 40_000 })
// (main-thread.ts's waitForQuietMainThread first lets the work that follows opening a story die down.)

import type { Locator, Page } from '@playwright/test';
import { percentile } from '../lib/stats.ts';

export interface KeystrokeLatency {
  /** Milliseconds per measured keystroke, in typing order. */
  samples: number[];
  p50: number;
  p95: number;
  /**
   * Keystrokes not in `samples`: no change of theirs was seen to settle before the next key, or within the
   * wait after the last one (an editor that changed nothing, or one still busy 30 s later).
   */
  missed: number;
}

export interface TypingOptions {
  /** Keystrokes measured. */
  keystrokes: number;
  /** Keystrokes typed first and not measured: the JIT, the editor's lazily built state. */
  warmup?: number;
  /** The pause after each key's events have been handled before the next key (ms). */
  intervalMs?: number;
  /** What is typed, cycled: letters and spaces, which no editor rewrites (no quotes, dashes or digits). */
  text?: string;
  /**
   * Start no key after this long (ms), warm-up included, measuring fewer keystrokes (the result's `samples`
   * say how many): an editor that takes seconds per key must not hold the benchmark for an hour. The
   * warm-up stops at a quarter of the budget; MIN_MEASURED keys are measured whatever the budget (two, so
   * that a slow editor's figures show a stall, which usually comes with every other key, as well as a key).
   */
  budgetMs?: number;
}

const MIN_MEASURED = 2;

const DEFAULT_TEXT = 'the council met again on thursday and the mayor said little about the harbour ';

/**
 * Functions handed to page.evaluate are sent as their source text. tsx compiles this file with esbuild's
 * keepNames, which wraps named inner functions in a `__name(…)` helper the page does not have: give it one
 * (freshPage's init script does too; this covers any other page).
 */
async function allowNamedFunctions(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (target) => target');
}

/** Scrolls `target` (an element of the editor's text) into view and clicks into it, putting the caret there. */
export async function placeCaretIn(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await target.click();
  // Editors read the selection a moment after it moves (Slate throttles selectionchange).
  await target.page().waitForTimeout(250);
}

/** The probe's state in the page, under this name while a measurement runs. */
const PROBE = '__copydeskKeystrokeProbe';

interface ProbeResult {
  samples: number[];
  missed: number;
}

/** Starts measuring keystrokes on the editor whose root element is `root` (the contenteditable). */
async function installProbe(root: Locator): Promise<void> {
  await root.evaluate((element, name) => {
    interface Pending {
      /** Which keystroke: a message or frame arriving after the next key has gone down is not this one's. */
      number: number;
      start: number;
      settled: number | null;
      messageSent: boolean;
      frameRequested: boolean;
    }
    const samples: number[] = [];
    let missed = 0;
    let count = 0;
    let pending: Pending | null = null;
    const channel = new MessageChannel();

    const finish = (number: number) => {
      if (pending?.number !== number) return;
      if (pending.settled !== null) samples.push(pending.settled - pending.start);
      else missed++;
      pending = null;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat) return;
      if (pending) finish(pending.number); // the previous key never reached a frame: count it as it stands
      pending = { number: ++count, start: Math.min(event.timeStamp, performance.now()), settled: null, messageSent: false, frameRequested: false };
    };
    // The DOM changed: once the task that changed it is over, flush layout and note the time.
    const observer = new MutationObserver(() => {
      if (!pending || pending.messageSent) return;
      pending.messageSent = true;
      channel.port2.postMessage(pending.number);
    });
    channel.port1.onmessage = (message: MessageEvent<number>) => {
      if (pending?.number !== message.data) return;
      void document.body.offsetHeight; // flushes style and layout for the whole document
      pending.settled = performance.now();
      pending.messageSent = false; // a change in a later task, before the frame, extends the keystroke
      if (!pending.frameRequested) {
        pending.frameRequested = true;
        const number = pending.number;
        requestAnimationFrame(() => finish(number));
      }
    };
    observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
    window.addEventListener('keydown', onKeyDown, true);
    (window as unknown as Record<string, unknown>)[name] = {
      /** A key is down whose change has not reached a frame yet. */
      busy: () => pending !== null,
      stop(): ProbeResult {
        observer.disconnect();
        window.removeEventListener('keydown', onKeyDown, true);
        channel.port1.close();
        if (pending) finish(pending.number);
        return { samples, missed };
      },
    };
  }, PROBE);
}

/** Waits (up to `timeoutMs`) for the last key's frame, then stops the probe and answers what it measured. */
async function removeProbe(page: Page, timeoutMs = 30_000): Promise<ProbeResult> {
  return page.evaluate(
    async ({ name, timeoutMs }) => {
      const probe = (window as unknown as Record<string, { stop(): ProbeResult; busy(): boolean } | undefined>)[name];
      if (!probe) return { samples: [], missed: 0 };
      const until = performance.now() + timeoutMs;
      while (probe.busy() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      delete (window as unknown as Record<string, unknown>)[name];
      return probe.stop();
    },
    { name: PROBE, timeoutMs },
  );
}

/**
 * Types `count` characters of `text` (from `offset`, cycling), one key at a time, pausing after each;
 * stops early at `deadline` (performance.now()) once `atLeast` keys are typed. Answers how many it typed.
 */
async function typeSpaced(
  page: Page,
  { text, offset, count, intervalMs, deadline, atLeast }: { text: string; offset: number; count: number; intervalMs: number; deadline: number; atLeast: number },
): Promise<number> {
  let typed = 0;
  while (typed < count && (typed < atLeast || performance.now() < deadline)) {
    // Resolves once the browser has handled the key's events; the pause then lets the editor finish.
    await page.keyboard.type(text[(offset + typed) % text.length]!);
    typed++;
    await page.waitForTimeout(intervalMs);
  }
  return typed;
}

/**
 * Types into the editor whose contenteditable root is `root`, where the caret already is (placeCaretIn),
 * and answers each keystroke's latency: `warmup` keys first, unmeasured, then `keystrokes` measured.
 */
export async function measureKeystrokeLatency(page: Page, root: Locator, options: TypingOptions): Promise<KeystrokeLatency> {
  const { keystrokes, warmup = 10, intervalMs = 70, text = DEFAULT_TEXT, budgetMs = Number.POSITIVE_INFINITY } = options;
  const started = performance.now();
  await allowNamedFunctions(page);
  const warmed = await typeSpaced(page, { text, offset: 0, count: warmup, intervalMs, deadline: started + budgetMs / 4, atLeast: 0 });
  await installProbe(root);
  let result: ProbeResult;
  try {
    await typeSpaced(page, {
      text,
      offset: warmed,
      count: keystrokes,
      intervalMs,
      deadline: started + budgetMs,
      atLeast: Math.min(MIN_MEASURED, keystrokes),
    });
  } finally {
    result = await removeProbe(page);
  }
  return {
    samples: result.samples,
    p50: percentile(result.samples, 0.5),
    p95: percentile(result.samples, 0.95),
    missed: result.missed,
  };
}
