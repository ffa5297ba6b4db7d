// Figures from repeated runs: these machines are shared and noisy, so a benchmark reports the median (and
// the 95th percentile where the tail matters) of many runs, never one run.

/** The value below which `fraction` of the samples fall (nearest rank); NaN for no samples. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

export interface TimedRuns {
  samples: number[];
  median: number;
  p95: number;
}

/**
 * Runs `task` `warmup` times unmeasured (the JIT, the disk cache), then `runs` times, timing each; answers the
 * milliseconds of each measured run with their median and 95th percentile.
 */
export async function timeRuns(task: () => unknown, { runs, warmup = 2 }: { runs: number; warmup?: number }): Promise<TimedRuns> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return { samples, median: median(samples), p95: percentile(samples, 0.95) };
}
