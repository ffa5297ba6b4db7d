// Scrolls the preview's own window so that an element is in view, moving as little as possible — like
// scrollIntoView({ block: 'nearest' }), but never scrolling the app around the frame as that would.

export interface ScrollOptions {
  /** Room kept between the element and the window's edge. */
  margin?: number;
  behavior?: ScrollBehavior;
}

/** Returns how far the window was scrolled (0 when the element was already in view). */
export function scrollIntoViewNearest(element: Element, { margin = 16, behavior = 'auto' }: ScrollOptions = {}): number {
  const view = element.ownerDocument.defaultView;
  if (!view) return 0;
  const { top, bottom } = element.getBoundingClientRect();
  const height = view.innerHeight;
  let distance = 0;
  if (top < margin) distance = top - margin;
  // Below the fold: bring its end into view, but never push its start out (a tall element shows its top).
  else if (bottom > height - margin) distance = Math.min(bottom - (height - margin), top - margin);
  if (distance !== 0) view.scrollBy({ top: distance, behavior });
  return distance;
}
