import { describe, expect, it, vi } from 'vitest';
import { scrollIntoViewNearest, scrollIntoViewNearestSoon } from '../../../renderer/src/preview/scroll-into-view.ts';

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

/** An IntersectionObserver that reports when the test says the browser has laid the page out. */
class LaidOutLater {
  static made: LaidOutLater[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(
    private readonly report: (entries: { boundingClientRect: { top: number; bottom: number }; rootBounds: { height: number } | null }[]) => void,
    readonly options: { root?: unknown },
  ) {
    LaidOutLater.made.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  layOut(top: number, bottom: number, height: number) {
    if (!this.disconnected) this.report([{ boundingClientRect: { top, bottom }, rootBounds: { height } }]);
  }
}

describe('scrollIntoViewNearestSoon()', () => {
  function inFrame() {
    LaidOutLater.made = [];
    const scrollBy = vi.fn();
    const document = { defaultView: { innerHeight: 600, scrollBy, IntersectionObserver: LaidOutLater } };
    const getBoundingClientRect = vi.fn();
    const element = { ownerDocument: document, isConnected: true, getBoundingClientRect } as unknown as Element;
    return { element, document, scrollBy, getBoundingClientRect };
  }

  it('never reads the layout itself: it scrolls when the browser reports where the element is, against the frame', () => {
    const { element, document, scrollBy, getBoundingClientRect } = inFrame();
    scrollIntoViewNearestSoon(element, { margin: 16, behavior: 'smooth' });
    expect(scrollBy).not.toHaveBeenCalled();
    expect(getBoundingClientRect).not.toHaveBeenCalled();
    const [observer] = LaidOutLater.made;
    expect(observer!.options.root).toBe(document); // the frame's own viewport
    expect(observer!.observed).toEqual([element]);

    observer!.layOut(900, 1000, 600);
    expect(scrollBy).toHaveBeenCalledWith({ top: 416, behavior: 'smooth' });
    expect(observer!.disconnected).toBe(true);
  });

  it('does nothing for an element already in view, and nothing once called off', () => {
    const first = inFrame();
    scrollIntoViewNearestSoon(first.element);
    LaidOutLater.made[0]!.layOut(100, 200, 600);
    expect(first.scrollBy).not.toHaveBeenCalled();

    const second = inFrame();
    const callOff = scrollIntoViewNearestSoon(second.element);
    callOff();
    LaidOutLater.made[0]!.layOut(900, 1000, 600);
    expect(second.scrollBy).not.toHaveBeenCalled();
  });
});
