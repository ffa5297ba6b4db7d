import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, initialWindowBounds, windowStateOf } from '../../../electron/shell/window-state.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('initialWindowBounds()', () => {
  it('opens a first window at the default size, centred by the system', () => {
    expect(initialWindowBounds(null, [laptop], laptop)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('puts the window back where it was when that place is still on a screen', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900, maximized: false };
    expect(initialWindowBounds(saved, [laptop, monitorOnTheRight], laptop)).toEqual(saved);
  });

  it('centres the window on the primary screen when its monitor has been unplugged', () => {
    const saved = { x: 1600, y: 100, width: 2400, height: 1300, maximized: true };
    expect(initialWindowBounds(saved, [laptop], laptop)).toEqual({ width: 1440, height: 860, maximized: true });
  });

  it('slides a window hanging off the edge of a screen fully back onto it', () => {
    const saved = { x: 1300, y: -40, width: 800, height: 600, maximized: false };
    expect(initialWindowBounds(saved, [laptop], laptop)).toEqual({ x: 640, y: 0, width: 800, height: 600, maximized: false });
  });

  it('shrinks a window larger than the screen it lands on', () => {
    const saved = { x: 10, y: 10, width: 3000, height: 2000, maximized: false };
    expect(initialWindowBounds(saved, [laptop], laptop)).toEqual({ x: 0, y: 0, width: 1440, height: 860, maximized: false });
  });

  it('keeps a window on the screen it mostly covers when it straddles two', () => {
    const saved = { x: 1000, y: 100, width: 1000, height: 700, maximized: false };
    // 440 px on the laptop, 560 px on the monitor: it belongs to the monitor, and slides fully onto it.
    expect(initialWindowBounds(saved, [laptop, monitorOnTheRight], laptop)).toEqual({ x: 1440, y: 100, width: 1000, height: 700, maximized: false });
  });

  it('keeps a window on a monitor left of the primary one, whose coordinates are negative', () => {
    const monitorOnTheLeft = { x: -1920, y: 0, width: 1920, height: 1080 };
    const saved = { x: -1800, y: 40, width: 1200, height: 800, maximized: false };
    expect(initialWindowBounds(saved, [monitorOnTheLeft, laptop], laptop)).toEqual(saved);
  });

  it('opens a remembered size without a place at that size, centred by the system, fitted to the primary screen', () => {
    expect(initialWindowBounds({ width: 1000, height: 2000, maximized: false }, [laptop], laptop)).toEqual({
      width: 1000,
      height: 860,
      maximized: false,
    });
  });

  it('does not count a sliver of a few pixels as being on the screen', () => {
    const saved = { x: 1430, y: 100, width: 800, height: 600, maximized: false };
    expect(initialWindowBounds(saved, [laptop], laptop)).toEqual({ width: 800, height: 600, maximized: false });
  });
});

describe('windowStateOf()', () => {
  it('remembers whole pixels and never less than the smallest window the preferences accept', () => {
    expect(windowStateOf({ x: 10.4, y: 20.6, width: 300.2, height: 200, }, true)).toEqual({
      x: 10,
      y: 21,
      width: 400,
      height: 300,
      maximized: true,
    });
  });
});
