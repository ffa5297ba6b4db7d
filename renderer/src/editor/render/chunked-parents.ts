// Keeps Slate's child-to-parent map true for the one element whose children are chunked: the body
// (create-story-editor.ts). Slate's chunking records a child's parent only when the child is inserted or
// itself changes. An edit to one paragraph makes the body a new object, so every other paragraph would go on
// naming the old body as its parent; `ReactEditor.findPath` then misses its map for each of them and walks
// the whole document instead — once per paragraph whenever the marks are drawn again, which froze the
// 100k-word story for seconds (BENCHMARKS.md). Slate chunks the editor itself in its own example, whose
// identity never changes, so it never meets this.

import type { Element } from 'slate';
import { NODE_TO_PARENT } from 'slate-react';

/** Called while a chunked element renders, so its children name it (and not an older copy) as their parent. */
export function adoptChunkedChildren(element: Element): void {
  for (const child of element.children) NODE_TO_PARENT.set(child, element);
}
