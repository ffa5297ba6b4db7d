// Hands the editor's changes to the story session without slowing typing. The first change after a quiet
// spell is handed over at once, so the session knows straight away that there is unsaved work (a change on
// disk then becomes a conflict, never a silent reload); the changes typed after it are read back into the
// story a moment after the last one (200 ms, and at least every second while typing goes on), so the
// session's autosave still runs within about a second of the last keystroke. Anything pending is handed
// over at once when the editor loses focus, the person saves, the story is closed or the page goes away.

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

export const SYNC_DELAY_MS = 200;
export const SYNC_MAX_WAIT_MS = 1000;

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
  const lastHandedOver = useRef(0);

  const handOver = useCallback(() => {
    lastHandedOver.current = Date.now();
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
    if (firstPending.current === null && now - lastHandedOver.current >= SYNC_DELAY_MS) {
      handOver();
      return;
    }
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
