// Where the main window opens: the size and place it had last time, moved back onto a screen that still
// exists (a monitor may have been unplugged since), or a sensible default. Pure, so it is tested without
// Electron; main-window.ts feeds it the displays' work areas.

import type { WindowState } from '../../shared/bridge/preferences.ts';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface InitialWindowBounds {
  /** Absent when the window should be centred by the system. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 };
/** The smallest window the preferences schema accepts (and the window allows). */
export const MIN_SIZE = { width: 400, height: 300 };
/** How much of a saved window must still be on a screen for its place to be kept. */
const MIN_VISIBLE = { width: 120, height: 60 };

/**
 * The bounds to open with. `workAreas` are the displays' usable areas (without task bars and docks);
 * `primary` is the primary display's, used when the saved place is on no display any more.
 */
export function initialWindowBounds(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
  primary: Rectangle,
): InitialWindowBounds {
  const maximized = saved?.maximized ?? false;
  const width = saved?.width ?? DEFAULT_SIZE.width;
  const height = saved?.height ?? DEFAULT_SIZE.height;

  if (saved?.x !== undefined && saved.y !== undefined) {
    const wanted = { x: saved.x, y: saved.y, width, height };
    const display = mostOverlapping(wanted, workAreas);
    if (display) return { ...clampInto(wanted, display), maximized };
  }
  const size = fitSize({ width, height }, primary);
  return { ...size, maximized };
}

/** What to remember of a window: its normal (not maximised) bounds, in whole pixels, and whether it is maximised. */
export function windowStateOf(normalBounds: Rectangle, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(MIN_SIZE.width, Math.round(normalBounds.width)),
    height: Math.max(MIN_SIZE.height, Math.round(normalBounds.height)),
    maximized,
  };
}

function mostOverlapping(rect: Rectangle, areas: readonly Rectangle[]): Rectangle | null {
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const area of areas) {
    const overlapWidth = Math.min(rect.x + rect.width, area.x + area.width) - Math.max(rect.x, area.x);
    const overlapHeight = Math.min(rect.y + rect.height, area.y + area.height) - Math.max(rect.y, area.y);
    if (overlapWidth < MIN_VISIBLE.width || overlapHeight < MIN_VISIBLE.height) continue;
    if (overlapWidth * overlapHeight > bestArea) {
      best = area;
      bestArea = overlapWidth * overlapHeight;
    }
  }
  return best;
}

function fitSize(size: { width: number; height: number }, area: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(MIN_SIZE.width, Math.min(size.width, area.width)),
    height: Math.max(MIN_SIZE.height, Math.min(size.height, area.height)),
  };
}

/** Shrinks the window to fit the area if it must, then slides it fully inside. */
function clampInto(rect: Rectangle, area: Rectangle): Rectangle {
  const { width, height } = fitSize(rect, area);
  return {
    x: Math.min(Math.max(rect.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(rect.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}
