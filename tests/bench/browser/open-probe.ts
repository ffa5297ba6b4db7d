// How long a story takes to open: from the start of the navigation to its address (the page's time origin)
// until the editor is in the DOM and takes typing, and a frame has been painted after it — and, beside it,
// until the story's last words are in the DOM and painted (the same moment while the editor renders the
// whole story at once). Watched from inside the page by a MutationObserver installed before Copydesk's
// first script runs.

import type { Page } from '@playwright/test';
import { installPageHelpers } from './page-helpers.ts';

export interface OpenTiming {
  /** Milliseconds from navigation start until the editor took typing and a frame was painted after it. */
  editablePainted: number;
  /** … until the story's last words were in the DOM and a frame was painted after them. */
  completePainted: number;
}

interface OpenMarks {
  editable: number | null;
  editablePainted: number | null;
  complete: number | null;
  completePainted: number | null;
}

declare global {
  interface Window {
    copydeskOpenMarks?: OpenMarks;
  }
}

/** Runs in the page at the start of the document: notes when the editor, then the story's end, appear. */
function watchTheStoryOpen(lastText: string): void {
  const marks: OpenMarks = { editable: null, editablePainted: null, complete: null, completePainted: null };
  window.copydeskOpenMarks = marks;
  const check = () => {
    const helpers = window.copydeskBench;
    if (marks.editable === null && helpers.editableEditor()) {
      marks.editable = performance.now();
      void helpers.afterNextPaint().then((at) => (marks.editablePainted = at));
    }
    if (marks.editable !== null && marks.complete === null && helpers.bodyEndsWith(lastText)) {
      marks.complete = performance.now();
      void helpers.afterNextPaint().then((at) => (marks.completePainted = at));
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Opens `url` in `page` (a fresh page, so nothing is cached) and answers when the story became editable and
 * complete on screen, or null if it did not within `timeoutMs`.
 */
export async function openAndTimePaint(page: Page, url: string, lastText: string, timeoutMs: number): Promise<OpenTiming | null> {
  await installPageHelpers(page);
  await page.addInitScript(watchTheStoryOpen, lastText);
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const finished = await page
    .waitForFunction(() => window.copydeskOpenMarks?.completePainted != null, undefined, { timeout: timeoutMs, polling: 100 })
    .then(() => true)
    .catch(() => false);
  if (!finished) return null;
  const marks = await page.evaluate(() => window.copydeskOpenMarks!);
  return { editablePainted: marks.editablePainted!, completePainted: marks.completePainted! };
}
