// After File ▸ Open Library… the window starts afresh in the other library; this says where it now is.

import { useState } from 'react';
import { takeLibraryOpenedNote } from './switch-library.ts';

export function LibraryOpenedNotice() {
  // Read once: the note is taken away as it is read, so it shows after the switch and not after a reload.
  const [note, setNote] = useState(takeLibraryOpenedNote);
  if (!note) return null;
  const stories = note.storyCount === 1 ? '1 story' : `${note.storyCount} stories`;
  return (
    <div className="notice notice-dismissible" role="status">
      <p>
        Opened the library at <strong>{note.path}</strong>: {stories}.
      </p>
      <button type="button" className="button button-small" onClick={() => setNote(null)}>
        Dismiss
      </button>
    </div>
  );
}
