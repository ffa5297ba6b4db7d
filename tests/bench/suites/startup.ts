// Issue 7, target 7 (the browser side): with a library of 10,000 stories, the browser host's start to the
// first paint of the library in Chromium ≤ 1.5 s; the same with an empty library beside it. A start is the
// host process spawned on the library (its index already built, as on any start after the first) until the
// first story row is painted in a page of an already running Chromium. The very first start, which builds
// the library's index from the folders, is reported once, without a target.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { ensureRendererBuilt } from '../../../electron/host/renderer-build.ts';
import type { Figure, Suite, SuiteContext } from '../lib/figures.ts';
import { median } from '../lib/stats.ts';
import { launchBenchBrowser } from '../browser/harness.ts';
import { timeStartup, type FirstContent, type StartupTiming } from '../browser/startup-probe.ts';
import { writeStoryShelf } from './node/story-shelf.ts';

const START_TIMEOUT_MS = 60_000;
/** Starts after which the host rebuilt the interface (someone changed its sources meanwhile) are measured again, this often at most. */
const RETRIES = 3;

interface Plan {
  stories: number;
  runs: number;
}

const FULL: Plan = { stories: 10_000, runs: 7 };
const QUICK: Plan = { stories: 300, runs: 2 };

export const startupSuite: Suite = {
  name: 'startup',
  description: 'The browser host from process start to the first paint of the library in Chromium: 10,000 stories, and none',
  async run(context) {
    const plan = context.quick ? QUICK : FULL;
    // A build now, if the sources changed, rather than inside a measured start.
    await ensureRendererBuilt((line) => context.progress(line));
    const full = join(context.scratch, 'library-full');
    const empty = join(context.scratch, 'library-empty');
    await mkdir(empty, { recursive: true });
    context.progress(`writing a library of ${plan.stories.toLocaleString('en')} stories…`);
    await writeStoryShelf(full, plan.stories, context.progress);
    const browser = await launchBenchBrowser();
    try {
      const configDir = join(context.scratch, 'config');
      const firstStart = await startOnce(browser, context, { libraryDir: full, configDir, first: 'story row' }, 'first start (builds the index)');
      const withStories = await measureStarts(browser, context, { libraryDir: full, configDir, first: 'story row' }, plan.runs);
      const withNone = await measureStarts(browser, context, { libraryDir: empty, configDir, first: 'empty library' }, plan.runs);
      const count = plan.stories.toLocaleString('en');
      return [
        startupFigure('startup.library', `Browser host start → library of ${count} painted`, withStories, 1500),
        startupFigure('startup.emptyLibrary', 'Browser host start → empty library painted', withNone),
        {
          id: 'startup.firstStart',
          label: `Browser host first start on ${count} stories (index built) → painted`,
          value: firstStart.firstPaint,
          unit: 'ms',
          note: `one run: the library had no library.json yet; the host printed its address at ${firstStart.hostReady.toFixed(0)} ms`,
        },
      ];
    } finally {
      await browser.close();
    }
  },
};

type StartOptions = { libraryDir: string; configDir: string; first: FirstContent };

/** One start; again if the host had to rebuild the interface first, which is not what a start costs. */
async function startOnce(browser: Browser, context: SuiteContext, options: StartOptions, what: string): Promise<StartupTiming> {
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    const timing = await timeStartup(browser, { ...options, timeoutMs: START_TIMEOUT_MS });
    if (!timing.rebuiltInterface) {
      context.progress(`${what}: address at ${timing.hostReady.toFixed(0)} ms, painted at ${timing.firstPaint.toFixed(0)} ms`);
      return timing;
    }
    context.progress(`${what}: the host rebuilt the interface first (its sources changed); measuring again`);
  }
  throw new Error(`the host rebuilt the interface on ${RETRIES + 1} starts in a row: the renderer's sources keep changing`);
}

/** One unmeasured start (tsx's compile cache, the disk), then `runs` measured ones. */
async function measureStarts(browser: Browser, context: SuiteContext, options: StartOptions, runs: number): Promise<StartupTiming[]> {
  const label = options.first === 'story row' ? 'with stories' : 'empty';
  await startOnce(browser, context, options, `${label}, warm-up`);
  const timings: StartupTiming[] = [];
  for (let index = 0; index < runs; index++) timings.push(await startOnce(browser, context, options, `${label} ${index + 1}/${runs}`));
  return timings;
}

function startupFigure(id: string, label: string, timings: readonly StartupTiming[], atMost?: number): Figure {
  return {
    id,
    label,
    value: median(timings.map((timing) => timing.firstPaint)),
    unit: 'ms',
    ...(atMost === undefined ? {} : { target: { atMost } }),
    note:
      `median of ${timings.length} starts: spawn of node electron/host/bin.mjs → a frame painted after the first story row (“No stories yet” when empty) in a fresh page of a running Chromium; ` +
      `the host printed its address at ${median(timings.map((timing) => timing.hostReady)).toFixed(0)} ms (median)`,
  };
}
