// The editor's document, sent to the lint worker as what changed since the last one it was sent: typing in
// one paragraph of a 100k-word story sends that paragraph, not the story (serialising all of it cost the page
// 20–40 ms a pass). Slate never changes a node in place, so "changed" is "a different object": the root's
// regions are compared one by one, and a changed body as the run of blocks between its unchanged start and
// its unchanged end.

import type { Descendant } from 'slate';

export type DocumentPatch =
  /** The whole document: the first time, or when the regions themselves changed. */
  | { kind: 'whole'; document: Descendant[] }
  /** Root child `index` replaced. */
  | { kind: 'node'; index: number; node: Descendant }
  /** Root child `index` keeps its other properties; `deleteCount` of its children from `start` become `items`. */
  | { kind: 'children'; index: number; start: number; deleteCount: number; items: Descendant[] };

/** What turns `previous` into `next`; empty when they are the same document. */
export function documentPatches(previous: readonly Descendant[] | null, next: readonly Descendant[]): DocumentPatch[] {
  if (previous === next) return [];
  if (!previous || previous.length !== next.length) return [{ kind: 'whole', document: [...next] }];
  const patches: DocumentPatch[] = [];
  next.forEach((node, index) => {
    const before = previous[index]!;
    if (before === node) return;
    const children = childrenPatch(before, node);
    patches.push(children ? { kind: 'children', index, ...children } : { kind: 'node', index, node });
  });
  return patches;
}

/** The changed run of an element's children, when only its children changed (the body, as typed in). */
function childrenPatch(before: Descendant, after: Descendant): { start: number; deleteCount: number; items: Descendant[] } | null {
  if (!('children' in before) || !('children' in after) || !sameOwnProperties(before, after)) return null;
  const old = before.children as readonly Descendant[];
  const now = after.children as readonly Descendant[];
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) start++;
  let end = 0;
  while (end < old.length - start && end < now.length - start && old[old.length - 1 - end] === now[now.length - 1 - end]) end++;
  return { start, deleteCount: old.length - start - end, items: now.slice(start, now.length - end) };
}

function sameOwnProperties(a: object, b: object): boolean {
  const keys = Object.keys(a).filter((key) => key !== 'children');
  if (keys.length !== Object.keys(b).length - 1) return false;
  return keys.every((key) => JSON.stringify((a as Record<string, unknown>)[key]) === JSON.stringify((b as Record<string, unknown>)[key]));
}

/** `document` with the patches applied (a new array; the patched elements are new objects). */
export function applyDocumentPatches(document: readonly Descendant[], patches: readonly DocumentPatch[]): Descendant[] {
  let result = [...document];
  for (const patch of patches) {
    if (patch.kind === 'whole') result = [...patch.document];
    else if (patch.kind === 'node') result[patch.index] = patch.node;
    else {
      const element = result[patch.index] as Descendant & { children: Descendant[] };
      const children = [...element.children];
      children.splice(patch.start, patch.deleteCount, ...patch.items);
      result[patch.index] = { ...element, children } as Descendant;
    }
  }
  return result;
}
