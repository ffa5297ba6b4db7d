import { describe, expect, it } from 'vitest';
import { visibleRows } from '../../../renderer/src/library/windowed-rows.ts';

describe('visibleRows()', () => {
  it('renders the rows on screen and a few either side', () => {
    // Rows of 100 px; the list starts 2,000 px above the top of an 800 px window: rows 20 to 27 show.
    expect(visibleRows({ listTop: -2000, viewportHeight: 800, rowHeight: 100, total: 10_000, overscan: 3 })).toEqual({
      start: 17,
      end: 31,
    });
  });

  it('starts at the first row while the list is lower on the page', () => {
    expect(visibleRows({ listTop: 300, viewportHeight: 800, rowHeight: 100, total: 10_000, overscan: 2 })).toEqual({
      start: 0,
      end: 7,
    });
  });

  it('never goes past the last row', () => {
    expect(visibleRows({ listTop: -9_950, viewportHeight: 800, rowHeight: 100, total: 100, overscan: 8 })).toEqual({
      start: 91,
      end: 100,
    });
  });

  it('renders nothing for an empty list or one scrolled far out of sight', () => {
    expect(visibleRows({ listTop: 0, viewportHeight: 800, rowHeight: 100, total: 0 })).toEqual({ start: 0, end: 0 });
    expect(visibleRows({ listTop: 5_000, viewportHeight: 800, rowHeight: 100, total: 50, overscan: 2 })).toEqual({ start: 0, end: 0 });
  });
});
