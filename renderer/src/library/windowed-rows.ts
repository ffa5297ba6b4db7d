// Only the rows of a long list that are on screen (and a few either side) are put in the page: a list of
// ten thousand stories costs what a screenful does. Rows have one fixed height, so where each one sits is
// arithmetic; the list scrolls with the page, under the sticky top bar.

import { useEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  /** The first row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** Rows rendered beyond each edge of the screen, so scrolling and Tab never meet a missing row. */
export const OVERSCAN_ROWS = 8;

/**
 * The rows of a list whose top edge is `listTop` pixels below the top of a viewport `viewportHeight` tall
 * that are visible, widened by `overscan` rows each side.
 */
export function visibleRows({
  listTop,
  viewportHeight,
  rowHeight,
  total,
  overscan = OVERSCAN_ROWS,
}: {
  listTop: number;
  viewportHeight: number;
  rowHeight: number;
  total: number;
  overscan?: number;
}): RowWindow {
  const first = Math.floor(-listTop / rowHeight);
  const last = Math.ceil((viewportHeight - listTop) / rowHeight);
  const start = Math.min(total, Math.max(0, first - overscan));
  const end = Math.max(start, Math.min(total, last + overscan));
  return { start, end };
}

/** The rows of the list in `listRef` to render, kept up to date as the window scrolls or resizes. */
export function useVisibleRows(listRef: RefObject<HTMLElement | null>, rowHeight: number, total: number): RowWindow {
  const [rows, setRows] = useState<RowWindow>(() =>
    visibleRows({ listTop: 0, viewportHeight: window.innerHeight, rowHeight, total }),
  );
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const list = listRef.current;
      const listTop = list ? list.getBoundingClientRect().top : 0;
      const next = visibleRows({ listTop, viewportHeight: window.innerHeight, rowHeight, total });
      setRows((current) => (current.start === next.start && current.end === next.end ? current : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [listRef, rowHeight, total]);
  return rows;
}
