// House-style passes in a worker (lint-worker.ts): the page hands over what changed in the document and goes
// on; the answer comes back as a promise. One worker serves every open story, each story view with its own
// linter. Where workers cannot run (a test's DOM, or the worker failed to start) passes run in the page, as
// they always could.

import type { Descendant } from 'slate';
import type { LintSettings } from '../../../../shared/lint/lint-settings.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { documentPatches } from './document-patch.ts';
import { lintOutcome, type LintOutcome } from './lint-outcome.ts';
import { applyListDelta } from './list-delta.ts';
import type { LintFindingsDelta, LintRequest, LintRequestPayload, LintResponse } from './lint-worker.ts';

export interface Linter {
  /** Lints `base` with the editor's `document` read into it. */
  lint(base: Story, document: readonly Descendant[], settings: LintSettings): Promise<LintOutcome>;
  /** The editor went: whatever the linter keeps of its document can go. */
  release?(): void;
}

/** Passes in the page, for where no worker can run. */
export const IN_PAGE_LINTER: Linter = {
  lint: async (base, document, settings) => lintOutcome(base, document, settings),
};

/** The worker's findings (null: the same as it sent last for this document), and the statistics. */
type Answer = { findings: LintFindingsDelta | null; statistics: LintOutcome['statistics'] };
type LintFindings = Omit<LintOutcome, 'statistics'>;
type Waiting = { resolve: (answer: Answer) => void; reject: (error: Error) => void };

/** The one worker, and the requests it has not answered yet. */
class LintWorker {
  private nextId = 1;
  private nextDocument = 1;
  private readonly waiting = new Map<number, Waiting>();
  broken = false;

  constructor(private readonly worker: Worker) {
    worker.onmessage = ({ data }: MessageEvent<LintResponse>) => {
      const request = this.waiting.get(data.id);
      if (!request) return;
      this.waiting.delete(data.id);
      if ('statistics' in data) request.resolve({ statistics: data.statistics, findings: data.findings });
      else request.reject(new Error(`The house-style check failed: ${data.error}`));
    };
    // The worker could not load or died: what was asked is answered in the page, and so is all that follows.
    worker.onerror = (event) => {
      event.preventDefault();
      this.broken = true;
      worker.terminate();
      const waiting = [...this.waiting.values()];
      this.waiting.clear();
      for (const request of waiting) request.reject(new Error('The house-style worker stopped.'));
    };
  }

  newDocument(): number {
    return this.nextDocument++;
  }

  ask(document: number, payload: LintRequestPayload): Promise<Answer> {
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.post({ id, document, payload: JSON.stringify(payload) });
    });
  }

  post(request: LintRequest): void {
    this.worker.postMessage(request);
  }
}

/** One editor's passes through the worker: it sends each pass only what changed since the one before. */
class WorkerLinter implements Linter {
  private readonly document: number;
  /** The document as the worker has it, once a request has been sent. */
  private sent: readonly Descendant[] | null = null;
  /** The findings the worker sent last, which it answers "the same" to. */
  private last: LintFindings | null = null;

  constructor(private readonly worker: LintWorker) {
    this.document = worker.newDocument();
  }

  lint(base: Story, document: readonly Descendant[], settings: LintSettings): Promise<LintOutcome> {
    if (this.worker.broken) return IN_PAGE_LINTER.lint(base, document, settings);
    const patches = documentPatches(this.sent, document);
    this.sent = document;
    // The editor's parts of the story come from the document: leave them out of what is sent.
    const payload = { base: { ...base, body: [], lead: null, relatedVideos: [] }, patches, settings };
    return this.worker.ask(this.document, payload).then(
      ({ findings, statistics }) => {
        // Every answer is read, in order, even one the controller will drop: the next delta builds on it.
        if (findings) this.last = this.withDelta(findings);
        if (!this.last) throw new Error('The house-style worker answered "the same" to a first pass.');
        return { ...this.last, statistics };
      },
      () => {
        this.sent = null; // the worker forgot this document: the next pass sends it whole
        this.last = null;
        return IN_PAGE_LINTER.lint(base, document, settings);
      },
    );
  }

  /** The findings the worker's delta describes, built on the last ones (kept problems stay the same objects). */
  private withDelta({ counts, problems, marks }: LintFindingsDelta): LintFindings {
    const last = this.last ?? { problems: [], counts, marks: [] };
    const nextProblems = applyListDelta(last.problems, problems);
    const nextMarks = applyListDelta(last.marks, marks);
    return { counts, problems: nextProblems as LintFindings['problems'], marks: nextMarks as LintFindings['marks'] };
  }

  release(): void {
    this.sent = null;
    this.last = null;
    if (!this.worker.broken) this.worker.post({ release: this.document });
  }
}

let shared: LintWorker | null | undefined;

/** A linter for one editor: the shared worker where the page can start one, the page itself otherwise. */
export function backgroundLinter(): Linter {
  if (shared === undefined) {
    try {
      shared =
        typeof Worker === 'function'
          ? new LintWorker(new Worker(new URL('./lint-worker-main.ts', import.meta.url), { type: 'module', name: 'house-style' }))
          : null;
    } catch {
      shared = null;
    }
  }
  return shared ? new WorkerLinter(shared) : IN_PAGE_LINTER;
}
