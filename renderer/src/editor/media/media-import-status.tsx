// What the media imports of one editor are doing: "Importing “harbour.jpg” (2 of 3)… 45 %" while they run,
// and why a file was not used ("“notes.pdf” is not a picture or video …") until dismissed. Place it near
// the editor (above the toolbar or under it), inside <Slate>.

import { useSyncExternalStore } from 'react';
import { useSlateStatic } from 'slate-react';
import { clearMediaErrors, mediaStatusOf, subscribeMediaStatus } from './media-context.ts';

export function MediaImportStatus() {
  const editor = useSlateStatic();
  const status = useSyncExternalStore(
    (listener) => subscribeMediaStatus(editor, listener),
    () => mediaStatusOf(editor),
  );
  const { progress, errors } = status;
  return (
    <>
      <p className="media-progress" aria-live="polite">
        {progress
          ? `Importing “${progress.fileName}”${progress.count > 1 ? ` (${progress.index + 1} of ${progress.count})` : ''}… ${
              progress.phase === 'sending' ? 'saving to the story folder' : `${Math.floor((progress.loaded / Math.max(1, progress.total)) * 100)} %`
            }`
          : ''}
      </p>
      {errors.length > 0 ? (
        <div className="media-errors" role="alert">
          <p className="media-errors-title">{errors.length === 1 ? 'A file was not added.' : `${errors.length} files were not added.`}</p>
          <ul>
            {errors.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
          <button type="button" className="button button-small" onClick={() => clearMediaErrors(editor)}>
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  );
}
