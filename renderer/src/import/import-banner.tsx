// What an import is doing, above the page: "Importing courthouse.html…", why it failed, or — on the story it
// made — what it could not place ("No headline was found …"), until dismissed. The notes are in the story's
// editor's notes as well, so dismissing loses nothing.

import type { ImportNote } from '../../../shared/import/imported-story.ts';
import { Banner } from '../components/banner.tsx';
import { dismissImport, useImportState } from './import-state.ts';

/** Warnings first: they ask for work ("write a headline"); the rest says what was left out. */
function ordered(notes: readonly ImportNote[]): ImportNote[] {
  return [...notes.filter((note) => note.severity === 'warning'), ...notes.filter((note) => note.severity !== 'warning')];
}

/** The banner for the library (`storyId` left out) or for one story (only its own import's notes). */
export function ImportBanner({ storyId }: { storyId?: string }) {
  const state = useImportState();
  const dismiss = (
    <button type="button" className="button button-small" onClick={dismissImport}>
      Dismiss
    </button>
  );
  switch (state.phase) {
    case 'idle':
      return null;
    case 'importing':
      return (
        <p className="notice import-progress" role="status" aria-busy="true">
          Importing {state.fileName}…
        </p>
      );
    case 'failed':
      return (
        <Banner tone="error" title={`${state.fileName} could not be imported.`} actions={dismiss}>
          <p>{state.error.message}</p>
        </Banner>
      );
    case 'done': {
      if (storyId !== state.storyId) return null;
      const notes = ordered(state.notes);
      const warnings = notes.filter((note) => note.severity === 'warning').length;
      const title =
        notes.length === 0
          ? `Imported from ${state.fileName}.`
          : `Imported from ${state.fileName}: ${warnings > 0 ? `${warnings} ${warnings === 1 ? 'thing needs' : 'things need'} your attention` : 'notes on what was left out'}.`;
      return (
        <Banner tone={warnings > 0 ? 'warning' : 'note'} title={title} actions={dismiss}>
          {notes.length > 0 ? (
            <ul className="import-notes">
              {notes.map((note, index) => (
                <li key={index} className={`import-note import-note-${note.severity}`}>
                  {note.message}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="import-notes-kept">These notes are kept in the story’s editor’s notes.</p>
        </Banner>
      );
    }
  }
}
