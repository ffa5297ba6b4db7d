// Every text node of the editor, rendered so that the decoration store can draw it again on its own when its
// marks change (decoration-store.ts). Slate calls `renderText` while it renders a text node — a plain call,
// not a component of its own — so the hooks here belong to that text node's component. Rendering it again
// makes Slate ask `decorate` for this node again (its decoration selector runs on every render), and nothing
// else in the document renders.

import { useLayoutEffect, useReducer } from 'react';
import type { RenderTextProps } from 'slate-react';
import { useDecorationStore } from './decoration-context.ts';

export function MarkedText({ attributes, children, text }: RenderTextProps) {
  const store = useDecorationStore();
  const [, redraw] = useReducer((count: number) => count + 1, 0);
  useLayoutEffect(() => store?.show(text, redraw), [store, text]);
  return <span {...attributes}>{children}</span>;
}
