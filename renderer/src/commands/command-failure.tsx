// When a command cannot be carried out (the disk refused the new story, the story could not be duplicated),
// the person is told why in a notice at the corner of the window, whichever view they are in.

import { useSyncExternalStore } from 'react';
import { reviveError } from '../bridge/http-bridge.ts';
import { Banner } from '../components/banner.tsx';

export interface CommandFailure {
  /** What did not happen: "The new story could not be created." */
  title: string;
  /** Why, in the words of the error. */
  message: string;
}

let current: CommandFailure | null = null;
const listeners = new Set<() => void>();

function publish(next: CommandFailure | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Shows `title` with the reason: a sentence, or the error's message. */
export function reportCommandFailure(title: string, reason: unknown): void {
  publish({ title, message: typeof reason === 'string' ? reason : reviveError(reason).message });
}

export function dismissCommandFailure(): void {
  publish(null);
}

export function getCommandFailure(): CommandFailure | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function CommandFailureNotice() {
  const failure = useSyncExternalStore(subscribe, getCommandFailure);
  if (!failure) return null;
  return (
    <div className="corner-notice">
      <Banner
        tone="error"
        title={failure.title}
        actions={
          <button type="button" className="button button-small" onClick={dismissCommandFailure}>
            Dismiss
          </button>
        }
      >
        <p>{failure.message}</p>
      </Banner>
    </div>
  );
}
