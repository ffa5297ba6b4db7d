// The page's main thread, watched through the Long Tasks API (a 'longtask' entry for every task over 50 ms):
// waiting until the work that follows opening a story has died down, and scrolling the story end to end
// while noting every long task and the longest gap between two frames.

import type { Page } from '@playwright/test';

export interface Quiet {
  /** performance.now() when the last long task seen ended (0 if none): the main thread is quiet since. */
  lastLongTaskEnd: number;
  /** Whether `capMs` ran out before `quietMs` passed without a long task. */
  timedOut: boolean;
}

/**
 * Waits until `quietMs` have passed without a long task (counting those since the document started), at
 * most `capMs`: so a scroll measures scrolling, not the spelling or counts that run once after opening.
 */
export function waitForQuietMainThread(page: Page, { quietMs, capMs }: { quietMs: number; capMs: number }): Promise<Quiet> {
  return page.evaluate(
    async ({ quietMs, capMs }) => {
      let lastLongTaskEnd = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) lastLongTaskEnd = Math.max(lastLongTaskEnd, entry.startTime + entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: true });
      const started = performance.now();
      const quietSince = () => Math.max(lastLongTaskEnd, started);
      while (performance.now() - quietSince() < quietMs && performance.now() - started < capMs) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      observer.disconnect();
      return { lastLongTaskEnd, timedOut: performance.now() - quietSince() < quietMs };
    },
    { quietMs, capMs },
  );
}

export interface ScrollRun {
  /** Durations of the tasks over 50 ms while scrolling, in milliseconds. */
  longTasks: number[];
  /** The longest time between two frames while scrolling. */
  longestFrameGap: number;
  /** Steps of one screen each, and the pixels scrolled. */
  steps: number;
  distance: number;
  milliseconds: number;
}

/**
 * Scrolls the story from its top to its bottom one screen per frame (as fast as paging through it with the
 * Page Down key held), with a long-task observer registered before the first step.
 */
export function scrollEndToEnd(page: Page): Promise<ScrollRun> {
  return page.evaluate(async () => {
    const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const scroller = window.copydeskBench.storyScroller();
    scroller.scrollTop = 0;
    await nextFrame();
    await nextFrame();
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    let lastFrame = await nextFrame();
    let longestFrameGap = 0;
    let steps = 0;
    // The story's height may change as it scrolls (content-visibility estimates sizes until shown): read it each step.
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1 && steps < 100_000) {
      scroller.scrollTop += scroller.clientHeight;
      steps++;
      const frame = await nextFrame();
      longestFrameGap = Math.max(longestFrameGap, frame - lastFrame);
      lastFrame = frame;
    }
    const milliseconds = performance.now() - started;
    // Long-task entries are delivered after the task: give the last one time to arrive.
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 250));
    longTasks.push(...observer.takeRecords().map((entry) => entry.duration));
    observer.disconnect();
    return { longTasks, longestFrameGap, steps, distance: scroller.scrollTop, milliseconds };
  });
}
