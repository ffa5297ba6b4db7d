// What the browser probes need inside Copydesk's page, installed before its first script runs: whether the
// story body ends with a given text, the first frame painted after now, the element the story scrolls in.
// The probes measure with the page's own clock (performance.now(), from the start of the navigation), so
// nothing of Playwright's round trips ends up in a figure.

import type { Page } from '@playwright/test';

export interface BenchPageHelpers {
  /**
   * Whether one of the last blocks of the story's body holds `text`: the end of the story opened, or of what
   * was pasted, is in the editor's DOM. Looks only at the body's last few blocks, so it stays cheap enough
   * to run on every DOM change.
   */
  bodyEndsWith(text: string): boolean;
  /** The story editor, once it is in the DOM and takes typing. */
  editableEditor(): HTMLElement | null;
  /**
   * Resolves with performance.now() once a frame has been painted after the call: the first
   * requestAnimationFrame runs before the next paint, the second one after it.
   */
  afterNextPaint(): Promise<number>;
  /** The element whose scrolling moves the story (the window's scrolling element if no inner one does). */
  storyScroller(): Element;
}

declare global {
  interface Window {
    copydeskBench: BenchPageHelpers;
  }
}

/** Runs in the page, at the start of every document. */
function install(): void {
  const bodyOf = () => document.querySelector('[data-slate-editor="true"] [aria-label="Body"]');
  window.copydeskBench = {
    bodyEndsWith(text) {
      const blocks = bodyOf()?.querySelectorAll('[data-slate-node="element"]');
      if (!blocks) return false;
      for (let index = blocks.length - 1; index >= Math.max(0, blocks.length - 12); index--) {
        if (blocks[index]!.textContent?.includes(text)) return true;
      }
      return false;
    },
    editableEditor() {
      const editor = document.querySelector<HTMLElement>('[data-slate-editor="true"][contenteditable="true"]');
      return editor?.querySelector('[aria-label="Body"] [data-slate-node="element"]') ? editor : null;
    },
    afterNextPaint() {
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
    },
    storyScroller() {
      for (let element = bodyOf()?.parentElement; element; element = element.parentElement) {
        const { overflowY } = getComputedStyle(element);
        if ((overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight) return element;
      }
      return document.scrollingElement ?? document.documentElement;
    },
  };
}

/** Installs the helpers in every document the page loads from now on. */
export async function installPageHelpers(page: Page): Promise<void> {
  await page.addInitScript(install);
}

/**
 * A paragraph's tail, spaces collapsed as the paste cleaner collapses them: what to look for in the DOM. The
 * end of a generated paragraph is as good as the whole to tell it apart, and cheaper to compare.
 */
export function tailOf(text: string, length = 40): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed.slice(-length);
}
