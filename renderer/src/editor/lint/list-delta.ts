// A list sent again with only what changed: the lint worker answers every pass with the problems and marks it
// found, and a pass after a keystroke finds nearly the same list as the pass before (in a 100k-word story,
// 1,800 problems and about 1 MB of JSON, of which one problem's offsets moved). The worker keeps each entry's
// JSON from its last answer and sends the entries kept at the start and the end as counts, and only the
// middle as JSON; the page rebuilds the list from its last copy, keeping the very same objects for the kept
// entries. An edit touches one place in story order, so one middle span covers it.

export interface ListDelta {
  /** Entries kept from the start of the last list. */
  keepHead: number;
  /** Entries kept from the end of the last list. */
  keepTail: number;
  /** The JSON of the entries between them, as an array. */
  middle: string;
}

/** The delta from `previous` to `next`, both lists of each entry's JSON. */
export function listDelta(previous: readonly string[], next: readonly string[]): ListDelta {
  const most = Math.min(previous.length, next.length);
  let keepHead = 0;
  while (keepHead < most && previous[keepHead] === next[keepHead]) keepHead++;
  let keepTail = 0;
  while (keepTail < most - keepHead && previous[previous.length - 1 - keepTail] === next[next.length - 1 - keepTail]) keepTail++;
  return { keepHead, keepTail, middle: `[${next.slice(keepHead, next.length - keepTail).join(',')}]` };
}

/** True when the delta keeps the last list whole, adding nothing. */
export function keepsEverything(delta: ListDelta, previousLength: number): boolean {
  return delta.keepHead + delta.keepTail === previousLength && delta.middle === '[]';
}

/** The list `delta` describes, built on `previous` (the list it was worked out from); the same array when nothing changed. */
export function applyListDelta<T>(previous: readonly T[], delta: ListDelta): readonly T[] {
  if (delta.keepHead + delta.keepTail > previous.length) {
    throw new Error(`A list delta keeps ${delta.keepHead + delta.keepTail} entries of a list of ${previous.length}.`);
  }
  if (keepsEverything(delta, previous.length)) return previous;
  const middle = JSON.parse(delta.middle) as T[];
  return [...previous.slice(0, delta.keepHead), ...middle, ...previous.slice(previous.length - delta.keepTail)];
}
