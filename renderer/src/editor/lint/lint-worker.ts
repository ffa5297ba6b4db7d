// The lint worker: runs house-style passes off the page's main thread, so a pass over a 100k-word story
// (tens of milliseconds, more with many problems) never holds up a keystroke. It keeps a copy of each
// editor's document, brought up to date by the patches the page sends (document-patch.ts), so the page
// never serialises a whole story for a pass. Messages travel as JSON text: for a long story with many
// problems, parsing JSON costs the page far less than receiving the same objects by structured clone. Each
// answer carries its request's id; the page keeps only the answer to its latest request.

import type { Descendant } from 'slate';
import type { LintSettings } from '../../../../shared/lint/lint-settings.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { applyDocumentPatches, type DocumentPatch } from './document-patch.ts';
import type { StoryStatistics } from '../../../../shared/lint/index.ts';
import { lintOutcome } from './lint-outcome.ts';

/** What the page asks: `payload` is the JSON of a {@link LintRequestPayload}. */
export type LintRequest = { id: number; document: number; payload: string } | { release: number };

export interface LintRequestPayload {
  /** The story's fields the editor does not hold (its body, lead and related videos come from the document). */
  base: Story;
  /** What changed in the editor's document since the last request for the same document. */
  patches: DocumentPatch[];
  settings: LintSettings;
}

/**
 * What the worker answers: the story's statistics, and `findings` — the JSON of the rest of the LintOutcome
 * (problems, counts, marks), or null when they are the ones it sent last for this document, as they are after
 * most keystrokes (the page then has nothing to read).
 */
export type LintResponse = { id: number; statistics: StoryStatistics; findings: string | null } | { id: number; error: string };

/** The worker's memory: each editor's document as the last request left it, and the findings last sent for it. */
export interface LintWorkerState {
  documents: Map<number, Descendant[]>;
  lastFindings: Map<number, string>;
}

export function newLintWorkerState(): LintWorkerState {
  return { documents: new Map(), lastFindings: new Map() };
}

/** Handles one message from the page; answers null for a message that wants no answer (a release). */
export function handleLintRequest(state: LintWorkerState, request: LintRequest): LintResponse | null {
  if ('release' in request) {
    state.documents.delete(request.release);
    state.lastFindings.delete(request.release);
    return null;
  }
  const { id, document: key, payload } = request;
  try {
    const { base, patches, settings } = JSON.parse(payload) as LintRequestPayload;
    const document = applyDocumentPatches(state.documents.get(key) ?? [], patches);
    state.documents.set(key, document);
    const { statistics, ...rest } = lintOutcome(base, document, settings);
    const findings = JSON.stringify(rest);
    if (findings === state.lastFindings.get(key)) return { id, statistics, findings: null };
    state.lastFindings.set(key, findings);
    return { id, statistics, findings };
  } catch (error) {
    // The page starts this document afresh.
    state.documents.delete(key);
    state.lastFindings.delete(key);
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
