// Which part of the story the caret is in — a region, and for the body and the related videos which block —
// published by the editor so that others (the live preview) can follow the writer. Worked out from the
// selection's path alone, so it is cheap enough to run on every change; listeners hear only real moves.

import type { Path } from 'slate';
import { REGION_ORDER, type RegionType } from './document/types.ts';

export type EditingPart =
  | { region: Exclude<RegionType, 'body' | 'related-videos'> }
  /** Body block `index` (the story's body[index]) or related video `index`. */
  | { region: 'body' | 'related-videos'; index: number };

/** The part a point at `path` is in; null for a path outside the regions. */
export function editingPartAt(path: Path): EditingPart | null {
  const region = REGION_ORDER[path[0] ?? -1];
  if (!region) return null;
  if (region === 'body' || region === 'related-videos') return { region, index: path[1] ?? 0 };
  return { region };
}

export function sameEditingPart(a: EditingPart | null, b: EditingPart | null): boolean {
  if (a === null || b === null) return a === b;
  return a.region === b.region && ('index' in a ? a.index : -1) === ('index' in b ? b.index : -1);
}

export interface EditingPartStore {
  get(): EditingPart | null;
  /** Records where the caret is; listeners are told only when that is another part. */
  set(part: EditingPart | null): void;
  subscribe(listener: () => void): () => void;
}

export function createEditingPartStore(): EditingPartStore {
  let current: EditingPart | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(part) {
      if (sameEditingPart(part, current)) return;
      current = part;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
