// The toolbar's "Insert photo": the file dialog (several files at once), then the pictures go into the body
// after the block the cursor is in. Videos chosen here become video blocks.

import { useState, type ReactNode } from 'react';
import { useSlateStatic } from 'slate-react';
import { MEDIA_ACCEPT, pickFiles } from '../../media/pick-files.ts';
import { selectionNow } from './selection-now.ts';
import { insertPhotos } from './insert-media.ts';
import { useMediaContext } from './use-media-context.ts';

export interface InsertPhotoButtonProps {
  className?: string;
  /** What the button shows (text or an icon); its accessible name is always "Insert photo". */
  children?: ReactNode;
  /** For a toolbar's roving tab stop. */
  tabIndex?: number;
}

export function InsertPhotoButton({ className = 'button', children = 'Photo…', tabIndex }: InsertPhotoButtonProps) {
  const editor = useSlateStatic();
  const context = useMediaContext(editor);
  const [busy, setBusy] = useState(false);

  async function insert() {
    if (!context) return;
    // The place is taken now: the dialog takes the focus, and the person may type elsewhere meanwhile.
    const at = selectionNow(editor);
    const files = await pickFiles({ accept: MEDIA_ACCEPT, multiple: true });
    if (files.length === 0) return;
    setBusy(true);
    try {
      await insertPhotos(editor, context.storyId, files, at);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      className={className}
      aria-label="Insert photo"
      title="Insert photo"
      disabled={busy}
      tabIndex={tabIndex}
      onMouseDown={(event) => event.preventDefault() /* keep the editor's selection */}
      onClick={() => void insert()}
    >
      {children}
    </button>
  );
}
