// How long Copydesk takes from starting the browser host to the library painted in Chromium: the host process
// spawned (`node electron/host/bin.mjs --port 0 --library DIR`, as a person runs `npm run web`), its address
// read from what it prints, a page already open in Chromium sent there, and the first frame painted after the
// library's first story row (or, for an empty library, its "No stories yet") is in the DOM.
//
// The page notes that paint on its own clock (performance.timeOrigin + performance.now(), wall-clock based
// like Node's), so the figure runs from the spawn to the paint without Playwright's round trips in it.

import type { Browser } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../../e2e/fixtures/host-process.ts';
import { freshPage } from './harness.ts';
import { installPageHelpers } from './page-helpers.ts';

/** What the library shows first: a story row, or the note for an empty library. */
export type FirstContent = 'story row' | 'empty library';

export interface StartupTiming {
  /** Milliseconds from spawning the host until it printed its address. */
  hostReady: number;
  /** … until the first frame painted after the library's first content. */
  firstPaint: number;
  /** Whether the host rebuilt the interface, or compiled itself, before serving (sources changed): not a normal start. */
  rebuiltInterface: boolean;
}

declare global {
  interface Window {
    copydeskLibraryPaintedAt?: number;
  }
}

/** Runs in the page at the start of the document: the wall-clock time of the paint after the first content. */
function watchTheLibraryPaint(first: FirstContent): void {
  const present = () =>
    first === 'story row'
      ? document.querySelector('ul[aria-label="Stories in the library"] a[href^="#/story/"]') !== null
      : [...document.querySelectorAll('h2')].some((heading) => heading.textContent === 'No stories yet');
  const observer = new MutationObserver(() => {
    if (!present()) return;
    observer.disconnect();
    void window.copydeskBench.afterNextPaint().then((at) => (window.copydeskLibraryPaintedAt = performance.timeOrigin + at));
  });
  observer.observe(document, { childList: true, subtree: true });
}

const wallClock = () => performance.timeOrigin + performance.now();

/** One start of the host on `libraryDir`, shown in a fresh page of `browser`; the host is stopped afterwards. */
export async function timeStartup(
  browser: Browser,
  { libraryDir, configDir, first, timeoutMs }: { libraryDir: string; configDir: string; first: FirstContent; timeoutMs: number },
): Promise<StartupTiming> {
  const page = await freshPage(browser);
  let host: HostProcess | undefined;
  let output = '';
  try {
    await installPageHelpers(page);
    await page.addInitScript(watchTheLibraryPaint, first);
    const spawnedAt = wallClock();
    host = await startHostProcess({ libraryDir, configDir, onOutput: (text) => (output += text) });
    const readyAt = wallClock();
    await page.goto(host.url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(() => window.copydeskLibraryPaintedAt !== undefined, undefined, { timeout: timeoutMs, polling: 100 });
    const paintedAt = await page.evaluate(() => window.copydeskLibraryPaintedAt!);
    return {
      hostReady: readyAt - spawnedAt,
      firstPaint: paintedAt - spawnedAt,
      rebuiltInterface: output.includes('Building the Copydesk interface') || output.includes('Compiling the browser host'),
    };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nThe host printed:\n${output}`);
  } finally {
    await page.context().close();
    await host?.stop();
  }
}
