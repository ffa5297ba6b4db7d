// Scrolls the preview's own window so that an element is in view, moving as little as possible — like
// scrollIntoView({ block: 'nearest' }), but never scrolling the app around the frame as that would.
//
// The preview follows the caret after every render, which comes after every pause in typing. Reading the
// element's place there and then (getBoundingClientRect) made the browser lay out the page at once — the
// editor's page as well as the frame's, since a frame's layout depends on its parent's: 4–7 ms of the main
// thread each time, in a 100k-word story, while the next key waited. scrollIntoViewNearestSoon asks an
// IntersectionObserver instead, which reports where the element is once the browser lays the page out anyway.

export interface ScrollOptions {
  /** Room kept between the element and the window's edge. */
  margin?: number;
  behavior?: ScrollBehavior;
}

/** How far to scroll a window `height` tall to show an element at `top`…`bottom` (0 when it is in view). */
export function distanceToShow(top: number, bottom: number, height: number, margin = 16): number {
  if (top < margin) return top - margin;
  // Below the fold: bring its end into view, but never push its start out (a tall element shows its top).
  if (bottom > height - margin) return Math.min(bottom - (height - margin), top - margin);
  return 0;
}

/** Returns how far the window was scrolled (0 when the element was already in view). */
export function scrollIntoViewNearest(element: Element, { margin = 16, behavior = 'auto' }: ScrollOptions = {}): number {
  const view = element.ownerDocument.defaultView;
  if (!view) return 0;
  const { top, bottom } = element.getBoundingClientRect();
  const distance = distanceToShow(top, bottom, view.innerHeight, margin);
  if (distance !== 0) view.scrollBy({ top: distance, behavior });
  return distance;
}

type ObserverWindow = Window & { IntersectionObserver?: typeof IntersectionObserver };

/**
 * Scrolls as scrollIntoViewNearest does, measuring the element when the browser next lays the page out
 * rather than forcing a layout now. Answers a function that calls the scroll off if it has not happened yet.
 * Where there is no IntersectionObserver (a test's DOM), it measures and scrolls at once.
 */
export function scrollIntoViewNearestSoon(element: Element, { margin = 16, behavior = 'auto' }: ScrollOptions = {}): () => void {
  const document = element.ownerDocument;
  const view = document.defaultView as ObserverWindow | null;
  if (!view) return () => {};
  const Observer = view.IntersectionObserver;
  if (!Observer) {
    scrollIntoViewNearest(element, { margin, behavior });
    return () => {};
  }
  // The document as the root: the frame's own viewport, whatever the app around the frame shows.
  const observer = new Observer(
    (entries) => {
      observer.disconnect();
      const entry = entries[entries.length - 1];
      if (!entry || !element.isConnected) return;
      const { top, bottom } = entry.boundingClientRect;
      const distance = distanceToShow(top, bottom, entry.rootBounds?.height ?? view.innerHeight, margin);
      if (distance !== 0) view.scrollBy({ top: distance, behavior });
    },
    { root: document },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
