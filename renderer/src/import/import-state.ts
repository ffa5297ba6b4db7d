// The import in progress, or the last one, for the whole window: the drop, the Import button and the menu
// all start imports here, and the banner shows them wherever the window is (the library, or the imported
// story, which the window opens when the import is done). One import at a time.

import { useSyncExternalStore } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { CopydeskError } from '../../../shared/errors.ts';
import type { ImportNote } from '../../../shared/import/imported-story.ts';
import { navigate, storyHref } from '../app/route.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { adoptOpenedStory } from '../state/use-story-session.ts';
import { importSourceName, importStory, type ImportSource } from './import-story.ts';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'importing'; fileName: string }
  | { phase: 'failed'; fileName: string; error: CopydeskError }
  | { phase: 'done'; fileName: string; storyId: string; notes: readonly ImportNote[] };

let state: ImportState = { phase: 'idle' };
const listeners = new Set<() => void>();

function setState(next: ImportState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getImportState(): ImportState {
  return state;
}

export function subscribeToImports(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useImportState(): ImportState {
  return useSyncExternalStore(subscribeToImports, getImportState);
}

/** Closes the banner of a finished or failed import. */
export function dismissImport(): void {
  if (state.phase !== 'importing') setState({ phase: 'idle' });
}

/**
 * Imports a file as a new story and opens it; the notes stay on show until dismissed. Ignored while another
 * import is running (the banner says which).
 */
export async function startImport(bridge: CopydeskBridge, source: ImportSource, otherFilesLeft = 0): Promise<void> {
  if (state.phase === 'importing') return;
  const fileName = importSourceName(source);
  setState({ phase: 'importing', fileName });
  try {
    const { opened, notes } = await importStory(bridge, source);
    adoptOpenedStory(bridge, opened);
    const left: ImportNote[] =
      otherFilesLeft > 0
        ? [{ severity: 'info', message: `Only ${fileName} was imported: ${otherFilesLeft === 1 ? 'the other file' : `the ${otherFilesLeft} other files`} dropped with it ${otherFilesLeft === 1 ? 'was' : 'were'} not. Import one file at a time.` }]
        : [];
    setState({ phase: 'done', fileName, storyId: opened.story.id, notes: [...notes, ...left] });
    navigate(storyHref(opened.story.id));
  } catch (error) {
    setState({ phase: 'failed', fileName, error: reviveError(error) });
  }
}
