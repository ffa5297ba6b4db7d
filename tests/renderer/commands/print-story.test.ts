// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { printDocument } from '../../../renderer/src/commands/print-story.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

/**
 * Catches the print frame's print() as the frame's window is asked for it, before the call is made; notes the
 * frame's document (jsdom does not lay a srcdoc out, so the document is the frame's srcdoc; the end-to-end
 * test checks what Chromium prints).
 */
function watchPrints() {
  const printed: string[] = [];
  const original = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
  const spy = vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockImplementation(function (this: HTMLIFrameElement) {
    const frameWindow = original.get!.call(this) as Window | null;
    const frame = this;
    if (frameWindow) frameWindow.print = () => void printed.push(frame.srcdoc);
    return frameWindow;
  });
  return { printed, restore: () => spy.mockRestore() };
}

describe('printDocument()', () => {
  it('prints the document from a frame that may print but can run no script', async () => {
    const { printed, restore } = watchPrints();
    try {
      await printDocument('<!DOCTYPE html><html><body><h1>Harbour storm</h1></body></html>');
      const frame = document.querySelector('iframe')!;
      expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
      expect(frame.getAttribute('aria-hidden')).toBe('true');
      expect(printed).toEqual(['<!DOCTYPE html><html><body><h1>Harbour storm</h1></body></html>']);
    } finally {
      restore();
    }
  });

  it('takes away the frame of an earlier print, keeping one at most', async () => {
    const { restore } = watchPrints();
    try {
      await printDocument('<p>First</p>');
      await printDocument('<p>Second</p>');
      const frames = document.querySelectorAll('iframe');
      expect(frames).toHaveLength(1);
      expect(frames[0]!.srcdoc).toBe('<p>Second</p>');
    } finally {
      restore();
    }
  });
});
