// Opens a long story in steps: the first of the body's chunks is put on the page with the editor, and the
// others one at a time at idle moments after it. React mounting every paragraph of a 100k-word story at
// once held the main thread for 0.5–0.8 s before the person saw anything (BENCHMARKS.md); one chunk is a
// few milliseconds. Nothing is lost meanwhile: the document, counts, spelling, lint, Find and the preview
// all read Slate's model, not the page. A chunk waiting its turn is an empty box of about its height.
//
// Chunks mounted after the story has opened (an edit makes a new one) are shown at once, and a caret or
// selection that lands in a chunk still waiting (Find, Ctrl+End) shows every chunk straight away.

import { flushSync } from 'react-dom';
import { Editor, Node, type Path } from 'slate';
import { ReactEditor } from 'slate-react';
import { whenIdle, type Cancel } from '../../preview/when-idle.ts';

/** How many chunks (of 50 blocks) are shown with the editor: more than a screen's worth. */
export const CHUNKS_SHOWN_FIRST = 1;
/** A waiting chunk is shown at the latest this long after the last, even if the browser is never idle. */
const NEXT_CHUNK_TIMEOUT_MS = 100;

type Show = () => void;

export class ChunkMounting {
  /** The chunks waiting to be shown, in document order (the order their boxes were put on the page). */
  private readonly waiting: Show[] = [];
  private opened = false;
  private cancelNext: Cancel | null = null;

  /** Whether a chunk rendered now is shown at once: every chunk once the story has opened. */
  get showsAtOnce(): boolean {
    return this.opened;
  }

  /** A chunk's box is on the page, waiting; `show` puts its blocks in it. Returns what forgets it. */
  wait(show: Show): () => void {
    this.waiting.push(show);
    return () => {
      const index = this.waiting.indexOf(show);
      if (index >= 0) this.waiting.splice(index, 1);
    };
  }

  /** The editor's first render is on the page: shows the first chunks now (before it is painted), the rest at idle. */
  storyOpened(): void {
    if (this.opened) return;
    this.opened = true;
    for (const show of this.waiting.splice(0, CHUNKS_SHOWN_FIRST)) show();
    this.scheduleNext();
  }

  /** Shows every waiting chunk now if the editor's selection is in one of them (its text has no place on the page yet). */
  revealSelection(editor: Editor): void {
    if (this.waiting.length === 0 || !editor.selection) return;
    const { anchor, focus } = editor.selection;
    if (hasPlaceOnPage(editor, anchor.path) && hasPlaceOnPage(editor, focus.path)) return;
    this.showAll();
  }

  /** Shows every waiting chunk now. */
  showAll(): void {
    this.cancelNext?.();
    this.cancelNext = null;
    for (const show of this.waiting.splice(0)) show();
  }

  /** The editor left the page (or, in development, React's strict mode tries its effects twice). */
  dispose(): void {
    this.cancelNext?.();
    this.cancelNext = null;
    this.waiting.length = 0;
    this.opened = false;
  }

  private scheduleNext(): void {
    if (this.waiting.length === 0) return;
    this.cancelNext = whenIdle(() => {
      this.cancelNext = null;
      const show = this.waiting.shift();
      // Rendered here and now, so that each chunk is a task of its own.
      if (show) flushSync(show);
      this.scheduleNext();
    }, NEXT_CHUNK_TIMEOUT_MS);
  }
}

/** Whether the node at `path` has been put on the page (a path to nowhere, left over from an edit, counts as yes). */
function hasPlaceOnPage(editor: Editor, path: Path): boolean {
  if (!Node.has(editor, path)) return true;
  try {
    ReactEditor.toDOMNode(editor, Node.get(editor, path));
    return true;
  } catch {
    return false;
  }
}
