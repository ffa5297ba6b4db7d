import { describe, expect, it, vi } from 'vitest';
import { scrollIntoViewNearest } from '../../../renderer/src/preview/scroll-into-view.ts';

/** An element at `top`…`bottom` in a window `height` tall. */
function placed(top: number, bottom: number, height = 600) {
  const scrollBy = vi.fn();
  const element = {
    ownerDocument: { defaultView: { innerHeight: height, scrollBy } },
    getBoundingClientRect: () => ({ top, bottom }),
  } as unknown as Element;
  return { element, scrollBy };
}

describe('scrollIntoViewNearest()', () => {
  it('does not scroll when the element is already in view', () => {
    const { element, scrollBy } = placed(100, 200);
    expect(scrollIntoViewNearest(element)).toBe(0);
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('scrolls up just far enough to show an element above the view', () => {
    const { element, scrollBy } = placed(-300, -200);
    expect(scrollIntoViewNearest(element, { margin: 16 })).toBe(-316);
    expect(scrollBy).toHaveBeenCalledWith({ top: -316, behavior: 'auto' });
  });

  it('scrolls down just far enough to show an element below the view', () => {
    const { element, scrollBy } = placed(900, 1000);
    expect(scrollIntoViewNearest(element, { margin: 16, behavior: 'smooth' })).toBe(416);
    expect(scrollBy).toHaveBeenCalledWith({ top: 416, behavior: 'smooth' });
  });

  it('shows the start of an element taller than the view', () => {
    const { element } = placed(700, 2000);
    expect(scrollIntoViewNearest(element, { margin: 16 })).toBe(684);
  });
});
