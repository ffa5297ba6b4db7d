// Hands the editor's changes to the story session without slowing typing. The session is told at once,
// cheaply, that there are changes not handed over yet (so nothing says "Saved", and a change on disk becomes
// a conflict, never a silent reload); the changes are read back into the story a moment after the last one
// (80 ms, and at least every second while typing goes on), never in the keystroke itself, so the preview
// shows a pause in typing at once and the session's autosave runs within about a second of the last
// keystroke. Reading a long story back is cheap: only the blocks typed in are read again. Anything pending
// is handed over at once when the editor loses focus, the person saves, the story is closed or the page
// goes away.

import { useCallback, useEffect, useRef } from 'react';
import type { Editor } from 'slate';
import type { Story } from '../../../../shared/story/schema.ts';
import { storyWithEdits } from './story-with-edits.ts';

export type StoryEdit = (change: (story: Story) => Story) => void;

export interface StorySync {
  /** A change was made: hand it over soon. */
  changed(): void;
  /** Hand over what is pending now. */
  flush(): void;
}

export const SYNC_DELAY_MS = 80;
/**
 * While typing never pauses, changes are still handed over this often: the recovery journal (which follows
 * the session) then holds everything typed up to about a second before a crash, the hand-over's wait and the
 * journal's write together.
 */
export const SYNC_MAX_WAIT_MS = 600;

/**
 * `onPending` is told, at once and cheaply, that there are changes not yet handed over, so that nothing says
 * "Saved" in the moment between a keystroke and its hand-over.
 */
export function useStorySync(editor: Editor, onEdit: StoryEdit, onPending: () => void = () => {}): StorySync {
  const onEditRef = useRef(onEdit);
  onEditRef.current = onEdit;
  const onPendingRef = useRef(onPending);
  onPendingRef.current = onPending;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstPending = useRef<number | null>(null);

  const handOver = useCallback(() => {
    const document = editor.children;
    onEditRef.current((current) => storyWithEdits(current, document));
  }, [editor]);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (firstPending.current === null) return;
    firstPending.current = null;
    handOver();
  }, [handOver]);

  const changed = useCallback(() => {
    const now = Date.now();
    if (firstPending.current === null) onPendingRef.current();
    firstPending.current ??= now;
    if (timer.current !== null) clearTimeout(timer.current);
    const waited = now - firstPending.current;
    timer.current = setTimeout(flush, Math.max(0, Math.min(SYNC_DELAY_MS, SYNC_MAX_WAIT_MS - waited)));
  }, [flush]);

  useEffect(() => {
    // Capture, so this runs before the app asks whether anything is unsaved.
    window.addEventListener('beforeunload', flush, { capture: true });
    window.addEventListener('pagehide', flush, { capture: true });
    return () => {
      window.removeEventListener('beforeunload', flush, { capture: true });
      window.removeEventListener('pagehide', flush, { capture: true });
      flush();
    };
  }, [flush]);

  return { changed, flush };
}
