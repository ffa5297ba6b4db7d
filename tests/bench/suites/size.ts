// Issue 7, target 8: the renderer's JavaScript needed for the first paint ≤ 700 kB gzipped (the rest loaded
// when needed), and the JS heap with the 100k-word story open ≤ 300 MB. Sizes are read from the build
// (out/renderer, rebuilt first if the sources are newer, as the browser host does); the heap is Chromium's,
// after a full garbage collection, once the work that follows opening has died down.

import type { Browser } from '@playwright/test';
import { ensureRendererBuilt, RENDERER_BUILD } from '../../../electron/host/renderer-build.ts';
import type { Figure, Suite, SuiteContext } from '../lib/figures.ts';
import { median } from '../lib/stats.ts';
import { freshPage, hostWithStories, launchBenchBrowser, type StoryHost } from '../browser/harness.ts';
import { jsHeapUsedAfterGc } from '../browser/heap.ts';
import { waitForQuietMainThread } from '../browser/main-thread.ts';
import { openAndTimePaint } from '../browser/open-probe.ts';
import { installPageHelpers, tailOf } from '../browser/page-helpers.ts';
import { measureRendererBundle, type BundleFile } from '../browser/renderer-bundle.ts';
import { benchStory, lastBodyText, wordsLabel } from '../browser/story-fixtures.ts';
import type { GeneratedStory } from '../story/generate-story.ts';

/** Decimal units, as the "kB" and "MB" read. */
const KB = 1000;
const MB = 1000 * 1000;
const OPEN_TIMEOUT_MS = 30_000;

export const sizeSuite: Suite = {
  name: 'size',
  description: "The renderer's JavaScript for the first paint, gzipped; the JS heap with the 100k-word story open (Chromium)",
  async run(context) {
    await ensureRendererBuilt((line) => context.progress(line));
    const figures = await bundleFigures();
    const story = benchStory(context.quick);
    const storyHost = await hostWithStories(context.scratch, [story]);
    const browser = await launchBenchBrowser();
    try {
      figures.push(await heapFigure(browser, storyHost, story, context));
    } finally {
      await browser.close();
      await storyHost.host.stop();
    }
    return figures;
  },
};

const sum = (files: readonly BundleFile[], key: 'bytes' | 'gzipped') => files.reduce((total, file) => total + file[key], 0);

async function bundleFigures(): Promise<Figure[]> {
  const { upFront, chunks } = await measureRendererBundle(RENDERER_BUILD);
  const largest = [...chunks].sort((a, b) => b.gzipped - a.gzipped)[0];
  return [
    {
      id: 'size.firstPaintJs',
      label: "Renderer's JavaScript for the first paint, gzipped",
      value: sum(upFront, 'gzipped') / KB,
      unit: 'kB',
      target: { atMost: 700 },
      note: `${upFront.length} file(s) index.html loads or preloads (${upFront.map((file) => file.file).join(', ')}), gzip level 9; ${(sum(upFront, 'bytes') / KB).toFixed(0)} kB before gzip`,
    },
    {
      id: 'size.allJs',
      label: "Renderer's JavaScript, all chunks, gzipped",
      value: sum(chunks, 'gzipped') / KB,
      unit: 'kB',
      note: `${chunks.length} chunk(s), ${(sum(chunks, 'bytes') / KB).toFixed(0)} kB before gzip`,
    },
    {
      id: 'size.largestChunk',
      label: "Renderer's largest JavaScript chunk, gzipped",
      value: (largest?.gzipped ?? Number.NaN) / KB,
      unit: 'kB',
      note: largest ? `${largest.file}, ${(largest.bytes / KB).toFixed(0)} kB before gzip` : 'no chunks',
    },
  ];
}

/** The heap with the story open, in fresh pages; beside it, the library page's heap as a baseline. */
async function heapFigure(browser: Browser, storyHost: StoryHost, story: GeneratedStory, context: SuiteContext): Promise<Figure> {
  const runs = context.quick ? 1 : 3;
  const lastText = tailOf(lastBodyText(story.story));
  const heaps: number[] = [];
  for (let index = 0; index < runs; index++) {
    const page = await freshPage(browser);
    try {
      const opened = await openAndTimePaint(page, storyHost.storyUrl, lastText, OPEN_TIMEOUT_MS);
      if (!opened) throw new Error(`the ${wordsLabel(story.words)} story did not open within ${OPEN_TIMEOUT_MS / 1000} s`);
      await waitForQuietMainThread(page, { quietMs: 1000, capMs: 20_000 });
      heaps.push(await jsHeapUsedAfterGc(page));
      context.progress(`heap ${index + 1}/${runs} with the story open: ${(heaps.at(-1)! / MB).toFixed(1)} MB`);
    } finally {
      await page.context().close();
    }
  }
  const libraryHeap = await libraryPageHeap(browser, storyHost.url);
  return {
    id: 'size.heapWithStory',
    label: `JS heap with the ${wordsLabel(story.words)} story open`,
    value: median(heaps) / MB,
    unit: 'MB',
    target: { atMost: 300 },
    note: `median of ${runs} fresh pages, used size after a full GC once opening settled; the library page alone: ${(libraryHeap / MB).toFixed(1)} MB`,
  };
}

async function libraryPageHeap(browser: Browser, url: string): Promise<number> {
  const page = await freshPage(browser);
  try {
    await installPageHelpers(page);
    await page.goto(url);
    await page.getByRole('button', { name: 'New story' }).waitFor();
    await waitForQuietMainThread(page, { quietMs: 1000, capMs: 10_000 });
    return await jsHeapUsedAfterGc(page);
  } finally {
    await page.context().close();
  }
}
