// The lint worker's entry: messages from the page to handleLintRequest (lint-worker.ts) and its answers back.

import '../../zod-without-eval.ts';
import { handleLintRequest, newLintWorkerState, type LintRequest, type LintResponse } from './lint-worker.ts';

// The renderer's TypeScript project knows the window, not a worker's scope: only these two members are used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LintRequest>) => void) | null;
  postMessage(message: LintResponse): void;
};

const state = newLintWorkerState();

scope.onmessage = ({ data }) => {
  const answer = handleLintRequest(state, data);
  if (answer) scope.postMessage(answer);
};
