// The page's JavaScript heap as Chromium's DevTools reads it: a full garbage collection first (so only what
// is still referenced counts), then the heap's used size.

import type { Page } from '@playwright/test';

export async function jsHeapUsedAfterGc(page: Page): Promise<number> {
  const devtools = await page.context().newCDPSession(page);
  try {
    await devtools.send('HeapProfiler.collectGarbage');
    const { usedSize } = await devtools.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await devtools.detach();
  }
}
