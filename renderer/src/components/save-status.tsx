// What the save status says, and it never says "saved" unless the disk has the text: edits waiting for the
// autosave show as unsaved, a failed save shows why, and a conflict says nothing was written.

import type { SaveStatus } from '../state/story-session.ts';
import { formatAbsolute, formatClock } from '../format/time.ts';

export function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'unchanged':
      return 'No changes since opening';
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${formatClock(status.at)}`;
    case 'failed':
      return `Not saved: ${status.error.message}${status.retryAt === null ? '' : ' Trying again shortly.'}`;
    case 'conflict':
      return 'Not saved: the story was changed on disk.';
  }
}

export function SaveStatusView({ status, onSaveNow }: { status: SaveStatus; onSaveNow: () => void }) {
  // A value the schema refuses is fixed at its field; trying the same save again would not help.
  const retryable = status.kind === 'failed' && status.error.code !== 'invalid-story' && status.error.code !== 'invalid-argument';
  return (
    <div className={`save-status save-status-${status.kind}`}>
      <p
        className="save-status-text"
        role="status"
        aria-live="polite"
        title={status.kind === 'saved' ? `Saved ${formatAbsolute(status.at)}` : saveStatusText(status)}
      >
        {saveStatusText(status)}
      </p>
      {retryable ? (
        <button type="button" className="button button-small" onClick={onSaveNow} aria-keyshortcuts="Control+S Meta+S">
          Try again
        </button>
      ) : null}
    </div>
  );
}
