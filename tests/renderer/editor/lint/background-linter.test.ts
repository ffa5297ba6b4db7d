// House-style passes through the lint worker (here the worker's own message handler, run in the test):
// the same outcome as a pass in the page, with only what changed sent after the first pass.

import { Transforms } from 'slate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LINT_SETTINGS } from '../../../../shared/lint/lint-settings.ts';
import { createStory } from '../../../../shared/story/create.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import { lintOutcome } from '../../../../renderer/src/editor/lint/lint-outcome.ts';
import { handleLintRequest, newLintWorkerState, type LintRequest, type LintResponse } from '../../../../renderer/src/editor/lint/lint-worker.ts';
import { editorWith } from '../builders.ts';

const base: Story = {
  ...createStory({ id: '01jq0000000000000000000000', now: new Date('2026-03-01T10:00:00.000Z') }),
  headline: 'Port strike ends',
  body: Array.from({ length: 30 }, (_, index) => ({
    type: 'paragraph' as const,
    children: [{ text: index === 12 ? 'The the port closed at TK.' : `Paragraph ${index} is fine.` }],
  })),
};

/** A worker that runs the real message handler, answering a moment later as a worker does. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: LintResponse }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  readonly requests: LintRequest[] = [];
  readonly answers: LintResponse[] = [];
  private readonly state = newLintWorkerState();

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(request: LintRequest): void {
    this.requests.push(request);
    const answer = handleLintRequest(this.state, structuredClone(request));
    if (answer) this.answers.push(answer);
    if (answer) queueMicrotask(() => this.onmessage?.({ data: structuredClone(answer) }));
  }

  terminate(): void {}
}

async function freshLinter() {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  const { backgroundLinter } = await import('../../../../renderer/src/editor/lint/background-linter.ts');
  return backgroundLinter();
}

const payloadOf = (request: LintRequest | undefined) =>
  request && 'payload' in request ? (JSON.parse(request.payload) as { patches: { kind: string; items?: unknown[] }[] }) : null;

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('backgroundLinter', () => {
  it('finds through the worker what a pass in the page finds, sending the document once and then only the paragraph typed in', async () => {
    const linter = await freshLinter();
    const editor = editorWith(storyToSlate(base));
    expect(await linter.lint(base, editor.children, DEFAULT_LINT_SETTINGS)).toEqual(lintOutcome(base, editor.children, DEFAULT_LINT_SETTINGS));

    const body = editor.children.findIndex((node) => 'type' in node && node.type === 'body');
    Transforms.insertText(editor, 'Late: ', { at: { path: [body, 20, 0], offset: 0 } });
    const second = await linter.lint(base, editor.children, DEFAULT_LINT_SETTINGS);
    expect(second).toEqual(lintOutcome(base, editor.children, DEFAULT_LINT_SETTINGS));

    const [worker] = FakeWorker.made;
    expect(payloadOf(worker!.requests[0])?.patches.map((patch) => patch.kind)).toEqual(['whole']);
    expect(payloadOf(worker!.requests[1])?.patches).toMatchObject([{ kind: 'children', items: [{ type: 'paragraph' }] }]);
  });

  it('answers a pass that finds what the last one did with the same problems, without sending them again', async () => {
    const linter = await freshLinter();
    const editor = editorWith(storyToSlate(base));
    const first = await linter.lint(base, editor.children, DEFAULT_LINT_SETTINGS);
    const body = editor.children.findIndex((node) => 'type' in node && node.type === 'body');
    // Typed into a paragraph with nothing to fix, and away from any problem: nothing the panel shows changes.
    Transforms.insertText(editor, ' Still fine.', { at: { path: [body, 25, 0], offset: 'Paragraph 25 is fine.'.length } });
    const second = await linter.lint(base, editor.children, DEFAULT_LINT_SETTINGS);
    expect(second.problems).toBe(first.problems);
    expect(second.problems.some((entry) => entry.problem.rule === 'doubled-word')).toBe(true);
    expect(second.statistics.words).toBe(first.statistics.words + 2);
    const [worker] = FakeWorker.made;
    expect(worker!.answers.at(-1)).toMatchObject({ findings: null });
  });

  it('answers a keystroke near a problem with that problem alone, not the whole list again', async () => {
    const story: Story = {
      ...base,
      body: Array.from({ length: 300 }, (_, index) => ({
        type: 'paragraph' as const,
        children: [{ text: `Paragraph ${index} has has a doubled word.` }],
      })),
    };
    const linter = await freshLinter();
    const editor = editorWith(storyToSlate(story));
    const first = await linter.lint(story, editor.children, DEFAULT_LINT_SETTINGS);
    expect(first.problems.length).toBeGreaterThanOrEqual(300);

    // Typed before the doubled word of paragraph 150: that problem's offsets move, no other.
    const body = editor.children.findIndex((node) => 'type' in node && node.type === 'body');
    Transforms.insertText(editor, 'Late ', { at: { path: [body, 150, 0], offset: 0 } });
    const second = await linter.lint(story, editor.children, DEFAULT_LINT_SETTINGS);
    expect(second).toEqual(lintOutcome(story, editor.children, DEFAULT_LINT_SETTINGS));

    const [worker] = FakeWorker.made;
    const [firstAnswer, secondAnswer] = worker!.answers.map((answer) => JSON.stringify(answer).length);
    expect(secondAnswer).toBeLessThan(firstAnswer! / 50);
    // The page keeps the problems it already had as the same objects: the panel redraws only the one that moved.
    const moved = second.problems.filter((entry, index) => entry !== first.problems[index]);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.where).toMatch(/151/);
  });

  it('lints in the page once the worker has failed', async () => {
    const linter = await freshLinter();
    const editor = editorWith(storyToSlate(base));
    FakeWorker.made[0]!.onerror?.({ preventDefault: () => {} });
    expect(await linter.lint(base, editor.children, DEFAULT_LINT_SETTINGS)).toEqual(lintOutcome(base, editor.children, DEFAULT_LINT_SETTINGS));
    expect(FakeWorker.made[0]!.requests).toHaveLength(0);
  });
});
