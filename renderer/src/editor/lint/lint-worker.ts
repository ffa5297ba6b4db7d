// The lint worker: runs house-style passes off the page's main thread, so a pass over a 100k-word story
// (tens of milliseconds, more with many problems) never holds up a keystroke. It keeps a copy of each
// editor's document, brought up to date by the patches the page sends (document-patch.ts), so the page
// never serialises a whole story for a pass. Messages travel as JSON text: for a long story with many
// problems, parsing JSON costs the page far less than receiving the same objects by structured clone. The
// answer sends the problems and marks as deltas from the last answer for the same document (list-delta.ts):
// after a keystroke that is one problem's JSON, not the whole list's megabyte. Each answer carries its
// request's id; the page keeps only the answer to its latest request, but reads every answer, in order, to
// keep its copy of the lists as the worker's.

import type { Descendant } from 'slate';
import type { LintSettings } from '../../../../shared/lint/lint-settings.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { applyDocumentPatches, type DocumentPatch } from './document-patch.ts';
import type { StoryStatistics } from '../../../../shared/lint/index.ts';
import { lintOutcome, type LintOutcome } from './lint-outcome.ts';
import { keepsEverything, listDelta, type ListDelta } from './list-delta.ts';

/** What the page asks: `payload` is the JSON of a {@link LintRequestPayload}. */
export type LintRequest = { id: number; document: number; payload: string } | { release: number };

export interface LintRequestPayload {
  /** The story's fields the editor does not hold (its body, lead and related videos come from the document). */
  base: Story;
  /** What changed in the editor's document since the last request for the same document. */
  patches: DocumentPatch[];
  settings: LintSettings;
}

/** What a pass found besides the statistics, as deltas from the worker's last answer for the document. */
export interface LintFindingsDelta {
  counts: LintOutcome['counts'];
  problems: ListDelta;
  marks: ListDelta;
}

/**
 * What the worker answers: the story's statistics, and `findings` — what changed in the rest of the
 * LintOutcome (problems, counts, marks) since its last answer for this document, or null when nothing did, as
 * after most keystrokes (the page then has nothing to read).
 */
export type LintResponse = { id: number; statistics: StoryStatistics; findings: LintFindingsDelta | null } | { id: number; error: string };

/** The findings last sent for a document, each entry as its JSON. */
interface SentFindings {
  counts: string;
  problems: string[];
  marks: string[];
}

/** The worker's memory: each editor's document as the last request left it, and the findings last sent for it. */
export interface LintWorkerState {
  documents: Map<number, Descendant[]>;
  lastFindings: Map<number, SentFindings>;
}

export function newLintWorkerState(): LintWorkerState {
  return { documents: new Map(), lastFindings: new Map() };
}

const NOTHING_SENT: SentFindings = { counts: '', problems: [], marks: [] };

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
    const { statistics, counts, problems, marks } = lintOutcome(base, document, settings);
    const last = state.lastFindings.get(key) ?? NOTHING_SENT;
    const found: SentFindings = {
      counts: JSON.stringify(counts),
      problems: problems.map((problem) => JSON.stringify(problem)),
      marks: marks.map((entry) => JSON.stringify(entry)),
    };
    state.lastFindings.set(key, found);
    const findings = { counts, problems: listDelta(last.problems, found.problems), marks: listDelta(last.marks, found.marks) };
    const same =
      last !== NOTHING_SENT &&
      found.counts === last.counts &&
      keepsEverything(findings.problems, last.problems.length) &&
      keepsEverything(findings.marks, last.marks.length);
    return { id, statistics, findings: same ? null : findings };
  } catch (error) {
    // The page starts this document afresh.
    state.documents.delete(key);
    state.lastFindings.delete(key);
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
