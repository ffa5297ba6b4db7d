// How long a paste takes to show: from dispatching the paste (as Chromium delivers one: a paste event, then
// unless a handler took it the beforeinput "insertFromPaste" Slate reads the clipboard from — the way
// tests/e2e/fixtures/clipboard-and-drop.ts pastes) until the last pasted paragraph is in the editor's DOM
// and a frame has been painted after it. Timed inside the page, into a new story's empty body.

import type { Page } from '@playwright/test';
import { installPageHelpers } from './page-helpers.ts';

export interface PasteTiming {
  /** Milliseconds from the paste until its last paragraph was in the DOM. */
  inDom: number;
  /** … and a frame had been painted after it. */
  painted: number;
}

/**
 * Opens the library at `url`, makes a new story with its "New story" button, and puts the caret in the
 * story's empty body, ready for a paste.
 */
export async function newStoryReadyForPaste(page: Page, url: string): Promise<void> {
  await installPageHelpers(page);
  await page.goto(url);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.waitForFunction(() => window.copydeskBench.editableEditor() !== null);
  await page.getByLabel('Body', { exact: true }).locator('p').click();
}

/**
 * Pastes `clipboard` ({ 'text/plain': …, 'text/html': … }) where the caret is and answers how long until the
 * body ended with `lastText` on screen; throws if it did not within `timeoutMs`.
 */
export function timePaste(page: Page, clipboard: Record<string, string>, lastText: string, timeoutMs: number): Promise<PasteTiming> {
  return page.evaluate(
    async ({ clipboard, lastText, timeoutMs }) => {
      const helpers = window.copydeskBench;
      const editor = helpers.editableEditor();
      if (!editor) throw new Error('No story editor to paste into.');
      const data = new DataTransfer();
      for (const [type, value] of Object.entries(clipboard)) data.setData(type, value);
      const target = getSelection()?.anchorNode?.parentElement ?? editor;

      let started = 0;
      let shownAt = 0;
      const shown = new Promise<void>((resolve, reject) => {
        const stop = () => {
          observer.disconnect();
          clearTimeout(timer);
        };
        const check = () => {
          if (shownAt !== 0 || !helpers.bodyEndsWith(lastText)) return;
          shownAt = performance.now();
          stop();
          resolve();
        };
        const observer = new MutationObserver(check);
        observer.observe(editor, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => {
          stop();
          reject(new Error(`The pasted text was not shown within ${timeoutMs / 1000} s.`));
        }, timeoutMs);
        started = performance.now();
        const pasteEvent = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        if (target.dispatchEvent(pasteEvent)) {
          target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
        }
        check(); // the editor may have rendered it before the events returned
      });
      await shown;
      const painted = await helpers.afterNextPaint();
      return { inDom: shownAt - started, painted: painted - started };
    },
    { clipboard, lastText, timeoutMs },
  );
}
