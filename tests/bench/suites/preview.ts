// Issue 7, target 4: with the live preview open on the 100k-word story, an edit shows in the preview within
// 150 ms of the last keystroke, and the preview adds no input delay: keystroke latency in the middle of the
// story with the preview open and closed, in the same page, in alternating rounds (closed, open, closed,
// open …) so that drift in a noisy machine falls on both alike. Four pairs of rounds: with one or two, the
// ratio of two medians of 30–60 keys moved between runs by more than the 10% the target allows.

import type { Page } from '@playwright/test';
import type { Figure, Suite, SuiteContext } from '../lib/figures.ts';
import { median, percentile } from '../lib/stats.ts';
import { bodyParagraph, freshPage, hostWithStories, launchBenchBrowser, openStory, storyEditor } from '../browser/harness.ts';
import { measureKeystrokeLatency, placeCaretIn, type KeystrokeLatency, type TypingOptions } from '../browser/keystroke-latency.ts';
import { waitForQuietMainThread } from '../browser/main-thread.ts';
import { benchStory, wordsLabel } from '../browser/story-fixtures.ts';
import { paragraphAt, typingNote, typingOptions } from './typing.ts';

const PREVIEW_FRAME = 'iframe[title="Preview"]';
const ACTION_TIMEOUT_MS = 120_000;
const QUIET = { quietMs: 1_000, capMs: 30_000 };
/** How long a burst's edit may take to reach the preview before it counts as not shown (at this value). */
const SHOW_TIMEOUT_MS = 20_000;
const BURST_KEYS = 6;

interface PreviewPlan {
  bursts: number;
  /** No burst is started after this long (one is always typed): a burst in a slow editor can take minutes. */
  burstsBudgetMs: number;
  /** Each typing round: half the typing suite's keys, half its budget. */
  round: TypingOptions;
  /** Pairs of rounds (closed, then open). */
  pairs: number;
  /**
   * Pairs after the first only while the rounds and the bursts so far took less than this: in an editor that
   * takes seconds per key they would add minutes and change nothing in the verdict.
   */
  morePairsWithinMs: number;
}

function plan(quick: boolean): PreviewPlan {
  const typing = typingOptions(quick);
  return {
    bursts: quick ? 3 : 12,
    burstsBudgetMs: quick ? 10_000 : 45_000,
    pairs: quick ? 2 : 4,
    morePairsWithinMs: quick ? 30_000 : 150_000,
    round: { ...typing, keystrokes: Math.ceil(typing.keystrokes / 2), budgetMs: (typing.budgetMs ?? 0) / 2 },
  };
}

/** Shows or hides the preview with the story bar's "Preview" button, and waits until it is so. */
async function setPreview(page: Page, open: boolean): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Preview', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== String(open)) await toggle.click();
  await page.waitForFunction(
    ({ selector, open }) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector);
      return open ? Boolean(frame?.contentDocument?.querySelector('[data-part="body"]')) : frame === null;
    },
    { selector: PREVIEW_FRAME, open },
  );
  await waitForQuietMainThread(page, QUIET);
}

/** The watch's state in the page, under this name while a burst is typed. */
const WATCH = '__copydeskPreviewWatch';

/**
 * Starts watching for `token` in the preview frame's document: notes each keydown's time until it shows, and
 * the moment the text is there (layout flushed). The frame is patched in place, so a MutationObserver on its
 * document sees the edit arrive; a cheap poll notices if the frame ever loads a new document instead.
 */
async function watchPreviewFor(page: Page, token: string): Promise<void> {
  await page.evaluate(
    ({ token, selector, name }) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector)!;
      const state = { lastKey: Number.NaN, shown: Number.NaN };
      const check = () => {
        const body = frame.contentDocument?.body;
        if (!Number.isNaN(state.shown) || !body?.textContent?.includes(token)) return;
        void body.offsetHeight;
        state.shown = performance.now();
      };
      const observer = new MutationObserver(check);
      let watched: Document | null = null;
      const follow = () => {
        if (frame.contentDocument === watched) return;
        watched = frame.contentDocument;
        observer.disconnect();
        if (watched) observer.observe(watched, { subtree: true, childList: true, characterData: true });
        check();
      };
      follow();
      const poll = setInterval(follow, 50);
      const onKey = (event: KeyboardEvent) => {
        if (Number.isNaN(state.shown)) state.lastKey = Math.min(event.timeStamp, performance.now());
      };
      window.addEventListener('keydown', onKey, true);
      (window as unknown as Record<string, unknown>)[name] = {
        state,
        stop() {
          observer.disconnect();
          clearInterval(poll);
          window.removeEventListener('keydown', onKey, true);
        },
      };
    },
    { token, selector: PREVIEW_FRAME, name: WATCH },
  );
}

/** Waits (up to SHOW_TIMEOUT_MS) for the watched text; answers the milliseconds from the last keydown, or null. */
async function previewDelay(page: Page): Promise<number | null> {
  return page.evaluate(
    async ({ name, timeoutMs }) => {
      const watch = (window as unknown as Record<string, { state: { lastKey: number; shown: number }; stop(): void }>)[name]!;
      const until = performance.now() + timeoutMs;
      while (Number.isNaN(watch.state.shown) && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
      watch.stop();
      delete (window as unknown as Record<string, unknown>)[name];
      return Number.isNaN(watch.state.shown) ? null : watch.state.shown - watch.state.lastKey;
    },
    { name: WATCH, timeoutMs: SHOW_TIMEOUT_MS },
  );
}

/** Letters found nowhere in the story (nor made by typing next to its words): "zqxajv", "zqxbjv"… */
function burstToken(index: number): string {
  return `zqx${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}v`.slice(0, BURST_KEYS);
}

/** Types short bursts into the caret's paragraph; answers, per burst, the time from its last keystroke until the preview shows it. */
async function measurePreviewUpdates(page: Page, { bursts, burstsBudgetMs, round }: PreviewPlan, progress: SuiteContext['progress']) {
  const intervalMs = round.intervalMs ?? 70;
  const deadline = performance.now() + burstsBudgetMs;
  const delays: number[] = [];
  let notShown = 0;
  for (let index = 0; index < bursts && (index === 0 || performance.now() < deadline); index++) {
    const token = burstToken(index);
    await watchPreviewFor(page, token);
    for (const key of token) {
      await page.keyboard.type(key);
      await page.waitForTimeout(intervalMs);
    }
    const delay = await previewDelay(page);
    if (delay === null) notShown++;
    delays.push(delay ?? SHOW_TIMEOUT_MS);
    // Let the session's hand-over and autosave of this burst finish before the next.
    await page.waitForTimeout(1_000);
  }
  progress(`preview shows an edit: median ${median(delays).toFixed(0)} ms over ${delays.length} bursts${notShown ? `, ${notShown} not shown within ${SHOW_TIMEOUT_MS / 1000} s` : ''}`);
  return { delays, notShown };
}

const pooled = (rounds: KeystrokeLatency[]): KeystrokeLatency => {
  const samples = rounds.flatMap((round) => round.samples);
  return { samples, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), missed: rounds.reduce((sum, round) => sum + round.missed, 0) };
};

export const previewSuite: Suite = {
  name: 'preview',
  description: 'The live preview on the 100k-word story: an edit shown within 150 ms, and typing latency with it open vs closed (Chromium)',
  async run(context) {
    const generated = benchStory(context.quick);
    const previewPlan = plan(context.quick);
    const { round } = previewPlan;
    const storyHost = await hostWithStories(`${context.scratch}/copydesk`, [generated]);
    const browser = await launchBenchBrowser();
    try {
      const page = await freshPage(browser);
      page.setDefaultTimeout(ACTION_TIMEOUT_MS);
      await openStory(page, storyHost);
      await waitForQuietMainThread(page, QUIET);
      const paragraph = bodyParagraph(page, paragraphAt('middle', generated.paragraphs));
      const typeRound = async (open: boolean) => {
        await setPreview(page, open);
        await placeCaretIn(paragraph); // the button took the focus
        const latency = await measureKeystrokeLatency(page, storyEditor(page), round);
        context.progress(`typing with the preview ${open ? 'open' : 'closed'}: p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms (${latency.samples.length} keys)`);
        return latency;
      };

      const started = performance.now();
      const closed = [await typeRound(false)];
      const open = [await typeRound(true)];
      const updates = await measurePreviewUpdates(page, previewPlan, context.progress);
      while (closed.length < previewPlan.pairs) {
        if (performance.now() - started >= previewPlan.morePairsWithinMs) {
          context.progress(`the editor is too slow for more pairs of rounds in the time budget: ${closed.length} it is`);
          break;
        }
        closed.push(await typeRound(false));
        open.push(await typeRound(true));
      }
      return previewFigures({ closed: pooled(closed), open: pooled(open), rounds: closed.length, updates, plan: previewPlan, words: generated.words });
    } finally {
      await browser.close();
      await storyHost.host.stop();
    }
  },
};

function previewFigures({
  closed,
  open,
  rounds,
  updates,
  plan: { bursts, burstsBudgetMs, round },
  words,
}: {
  closed: KeystrokeLatency;
  open: KeystrokeLatency;
  /** Rounds of each kind, closed and open. */
  rounds: number;
  updates: { delays: number[]; notShown: number };
  plan: PreviewPlan;
  words: number;
}): Figure[] {
  const story = wordsLabel(words);
  const pooledTyping: TypingOptions = { ...round, keystrokes: round.keystrokes * rounds };
  const cut = updates.delays.length < bursts ? ` (${updates.delays.length} of ${bursts}: budget of ${burstsBudgetMs / 1000} s reached)` : '';
  const notShown = updates.notShown ? `; ${updates.notShown} not shown within ${SHOW_TIMEOUT_MS / 1000} s, counted as ${SHOW_TIMEOUT_MS / 1000} s` : '';
  return [
    {
      id: 'preview.update.median',
      label: `Preview shows an edit, from the last keystroke (${story} story)`,
      value: median(updates.delays),
      unit: 'ms',
      target: { atMost: 150 },
      note:
        `median of ${updates.delays.length} bursts${cut} of ${BURST_KEYS} letters ${round.intervalMs} ms apart in the middle of the story: last keydown → ` +
        `the typed text in the preview frame's document, layout flushed${notShown}`,
    },
    ...(['p50', 'p95'] as const).map(
      (statistic): Figure => ({
        id: `preview.typing-open.${statistic}`,
        label: `Typing latency with the preview open, middle of the ${story} story, ${statistic}`,
        value: open[statistic],
        unit: 'ms',
        peers: [{ name: 'preview closed', value: closed[statistic], unit: 'ms' }],
        note: `open: ${typingNote(open, pooledTyping, words)}; ${rounds} round${rounds === 1 ? '' : 's'} each, alternating closed and open`,
      }),
    ),
    {
      id: 'preview.typing-ratio.p50',
      label: 'Typing latency, preview open ÷ closed (p50)',
      value: open.p50 / closed.p50,
      unit: '×',
      target: { atMost: 1.1 },
      note: 'the preview must add no input delay: at most 1.1× allows for the noise of two measurements on a shared machine',
    },
    {
      id: 'preview.typing-ratio.p95',
      label: 'Typing latency, preview open ÷ closed (p95)',
      value: open.p95 / closed.p95,
      unit: '×',
      note: 'where idle-time preview work landing on a keystroke would show first; no target, as a p95 of this many keys is noisy',
    },
  ];
}
