// Brings the caret into view after the editor moved it by itself (Ctrl+End): the browser scrolls for its own
// moves, and Slate's scroll after a change of selection does not reach a place far down a long story. Far
// off, the body's chunks are boxes of a guessed height (render/chunk.tsx); as the scroll brings them near they
// are laid out at their real height and the caret moves again, so the caret is looked at again each frame,
// and scrolled to again, until it has stayed in view for a few frames (half a second at most).

import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';

const MOST_FRAMES = 30;
const STEADY_FRAMES = 3;

function caretElement(editor: Editor): Element | null {
  const { selection } = editor;
  if (!selection) return null;
  try {
    const node = ReactEditor.toDOMPoint(editor, selection.focus)[0];
    return node instanceof Element ? node : node.parentElement;
  } catch {
    return null; // the text went away before the frame
  }
}

function inView(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return top >= 0 && bottom <= window.innerHeight;
}

export function revealCaret(editor: Editor): void {
  if (typeof requestAnimationFrame !== 'function') return;
  let frames = 0;
  let steady = 0;
  const step = () => {
    const element = caretElement(editor);
    if (!element) return;
    if (inView(element)) steady++;
    else {
      steady = 0;
      element.scrollIntoView({ block: 'center' }); // clear of the toolbar above and the counts below
    }
    if (steady < STEADY_FRAMES && ++frames < MOST_FRAMES) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
