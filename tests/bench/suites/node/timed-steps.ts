// Timing a step that needs something done before each run which must stay out of the figure (removing
// library.json before a rebuild, choosing the next query). stats.ts's timeRuns times the whole task; this
// times only `measure`, with `prepare` run untimed before each run, warm-ups included.

import { median, percentile, type TimedRuns } from '../../lib/stats.ts';

export interface TimedSteps<P> {
  runs: number;
  warmup?: number;
  /** Untimed, before each run (warm-ups too); its answer is handed to `measure`. `run` counts from 0 over all. */
  prepare: (run: number) => P | Promise<P>;
  measure: (prepared: P) => unknown;
  /** Called after each measured run with its milliseconds: for progress lines on long steps. */
  onRun?: (milliseconds: number, run: number) => void;
}

export async function timeSteps<P>({ runs, warmup = 2, prepare, measure, onRun }: TimedSteps<P>): Promise<TimedRuns> {
  const samples: number[] = [];
  for (let run = 0; run < warmup + runs; run++) {
    const prepared = await prepare(run);
    const start = performance.now();
    await measure(prepared);
    const elapsed = performance.now() - start;
    if (run < warmup) continue;
    samples.push(elapsed);
    onRun?.(elapsed, run - warmup);
  }
  return { samples, median: median(samples), p95: percentile(samples, 0.95) };
}

/** "median of 20 runs (p95 41.2 ms)": how a figure was taken, for its note. */
export function runsNote(timed: TimedRuns): string {
  return `median of ${timed.samples.length} runs (p95 ${timed.p95.toFixed(1)} ms)`;
}
