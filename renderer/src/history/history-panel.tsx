// The story's history, as a modal dialog: the snapshots (newest first) with their time, word count and
// headline; one of them shown read-only; "Restore this version"; "Take a snapshot now". Restoring first
// saves what is in the window, then the library snapshots the current version before writing the old one
// over it — so a restore is itself in the history and can be undone from here.

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { CopydeskBridge, RevisionInfo, RevisionSnapshot } from '../../../shared/bridge/contract.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { formatAbsolute, formatRelative } from '../format/time.ts';
import { StoryReadOnly } from './story-read-only.tsx';
import './history.css';

/** What the panel needs of the open story: a StorySession fits. */
export interface HistorySession {
  readonly id: string;
  /** The revision this window's next save names: a restore is based on it, and refused if it is stale. */
  readonly baseRevision: string;
  /** Saves pending edits; true when everything is on disk. */
  saveNow(): Promise<boolean>;
  /** Shows the version now on disk, with a note saying why. */
  reloadFromDisk(notice?: string): Promise<void>;
}

export interface HistoryPanelProps {
  bridge: CopydeskBridge;
  session: HistorySession;
  /** The dialog was closed (Close, Escape, or after a restore). */
  onClose: () => void;
  /** For tests: the time "5 minutes ago" is counted from. */
  now?: () => number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function HistoryPanel({ bridge, session, onClose, now = Date.now }: HistoryPanelProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [revisions, setRevisions] = useState<RevisionInfo[] | null>(null);
  const [selected, setSelected] = useState<RevisionSnapshot | null>(null);
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'snapshot' | 'restore' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  const load = useCallback(async (): Promise<RevisionInfo[]> => {
    try {
      const list = await bridge.story.revisions({ id: session.id });
      setRevisions(list);
      return list;
    } catch (thrown) {
      setError(`The history could not be read: ${reviveError(thrown).message}`);
      setRevisions([]);
      return [];
    }
  }, [bridge, session.id]);

  useEffect(() => {
    void load();
  }, [load]);

  async function view(info: RevisionInfo) {
    setError(null);
    setNote(null);
    setLoadingId(info.id);
    try {
      setSelected(await bridge.story.revision({ id: session.id, revisionId: info.id }));
    } catch (thrown) {
      setError(`That version could not be read: ${reviveError(thrown).message}`);
    } finally {
      setLoadingId(null);
    }
  }

  async function takeSnapshot() {
    setBusy('snapshot');
    setError(null);
    setNote(null);
    try {
      const saved = await session.saveNow();
      const info = await bridge.story.snapshot({ id: session.id });
      await load();
      setNote(
        saved
          ? `Snapshot taken (${formatAbsolute(info.createdAt)}).`
          : 'Snapshot taken of the version on disk; your latest changes are not saved yet, so it does not have them.',
      );
    } catch (thrown) {
      setError(`No snapshot was taken: ${reviveError(thrown).message}`);
    } finally {
      setBusy(null);
    }
  }

  async function restore(snapshot: RevisionSnapshot) {
    setBusy('restore');
    setError(null);
    setNote(null);
    try {
      if (!(await session.saveNow())) {
        setError('Your latest changes could not be saved, so nothing was restored. Deal with the message about saving first.');
        return;
      }
      await bridge.story.restore({ id: session.id, revisionId: snapshot.revisionId, baseRevision: session.baseRevision });
      await session.reloadFromDisk(
        `Restored the version of ${formatAbsolute(snapshot.createdAt)}. The version it replaced is in the history.`,
      );
      onClose();
    } catch (thrown) {
      const cause = reviveError(thrown);
      setError(
        cause.code === 'conflict'
          ? 'The story was changed on disk meanwhile, so nothing was restored. Close the history, deal with the change, then try again.'
          : `Nothing was restored: ${cause.message}`,
      );
    } finally {
      setBusy(null);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="history-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="history-head">
        <h2 id={titleId}>History</h2>
        <div className="history-head-actions">
          <button type="button" className="button" disabled={busy !== null} onClick={() => void takeSnapshot()}>
            Take a snapshot now
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </header>
      <p className="history-intro">
        Copydesk keeps a snapshot of this story every few minutes while you work. Pick one to read it; restoring it keeps
        the current version in the history too.
      </p>
      {error ? (
        <p className="history-error" role="alert">
          {error}
        </p>
      ) : null}
      {note ? (
        <p className="history-note" role="note">
          {note}
        </p>
      ) : null}
      <div className="history-panes">
        <nav className="history-list" aria-label="Versions">
          {revisions === null ? (
            <p className="history-empty" aria-busy="true">
              Reading the history…
            </p>
          ) : revisions.length === 0 ? (
            <p className="history-empty">No snapshots yet.</p>
          ) : (
            <ol>
              {revisions.map((info) => (
                <li key={info.id}>
                  <button
                    type="button"
                    className="history-entry"
                    aria-current={selected?.revisionId === info.id ? 'true' : undefined}
                    aria-busy={loadingId === info.id ? 'true' : undefined}
                    onClick={() => void view(info)}
                  >
                    <span className="history-entry-time" title={formatAbsolute(info.createdAt)}>
                      {formatAbsolute(info.createdAt)}
                    </span>
                    <span className="history-entry-meta">
                      {formatRelative(info.createdAt, now())} · {plural(info.wordCount, 'word', 'words')}
                    </span>
                    <span className="history-entry-headline">{info.headline || 'Untitled story'}</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </nav>
        <section className="history-view" aria-label="Selected version">
          {selected ? (
            <>
              <div className="history-view-head">
                <p className="history-view-title">The version of {formatAbsolute(selected.createdAt)}</p>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy !== null}
                  onClick={() => void restore(selected)}
                >
                  {busy === 'restore' ? 'Restoring…' : 'Restore this version'}
                </button>
              </div>
              <StoryReadOnly story={selected.story} storyId={session.id} />
            </>
          ) : (
            <p className="history-empty">Pick a version on the left to read it here.</p>
          )}
        </section>
      </div>
    </dialog>
  );
}
