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

/** What the worker answers: `outcome` is the JSON of a LintOutcome. */
export type LintResponse = { id: number; outcome: string } | { id: number; error: string };

// The renderer's TypeScript project knows the window, not a worker's scope: only these two members are used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LintRequest>) => void) | null;
  postMessage(message: LintResponse): void;
};

/** Each editor's document as the last request left it. */
const documents = new Map<number, Descendant[]>();

scope.onmessage = ({ data }) => {
  if ('release' in data) {
    documents.delete(data.release);
    return;
  }
  const { id, document: key, payload } = data;
  try {
    const { base, patches, settings } = JSON.parse(payload) as LintRequestPayload;
    const document = applyDocumentPatches(documents.get(key) ?? [], patches);
    documents.set(key, document);
    scope.postMessage({ id, outcome: JSON.stringify(lintOutcome(base, document, settings)) });
  } catch (error) {
    documents.delete(key); // the page starts this document afresh
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
