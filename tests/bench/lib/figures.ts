// What a benchmark reports: figures, each with its unit, the target it must meet (from issue 7), and the
// peers measured beside it in the same run. A figure without a target is there to be read (the 1M-word story,
// the peers themselves).

export type Unit = 'ms' | 's' | 'kB' | 'MB' | '×' | 'count';

export interface Target {
  /** At most (≤) or at least (≥) this value. */
  atMost?: number;
  atLeast?: number;
}

export interface Peer {
  name: string;
  value: number;
  unit: Unit;
}

export interface Figure {
  /** Stable across runs, for comparing JSON files: "typing.middle.p95". */
  id: string;
  /** As the table shows it: "Typing latency, middle of the story, p95". */
  label: string;
  value: number;
  unit: Unit;
  target?: Target;
  peers?: Peer[];
  /** How it was measured, in a line: "median of 5 runs", "keydown → DOM changed and layout flushed". */
  note?: string;
}

export type Verdict = 'pass' | 'fail' | 'info';

export function verdictOf(figure: Figure): Verdict {
  const { target, value } = figure;
  if (!target) return 'info';
  if (!Number.isFinite(value)) return 'fail';
  if (target.atMost !== undefined && value > target.atMost) return 'fail';
  if (target.atLeast !== undefined && value < target.atLeast) return 'fail';
  return 'pass';
}

/** A group of figures measured together, and how long measuring them took. */
export interface SuiteResult {
  suite: string;
  figures: Figure[];
  seconds: number;
  /** Set when the suite could not run at all: the reason, and what the person can do. */
  skipped?: string;
}

export interface Suite {
  name: string;
  /** One line for `npm run bench -- --list`. */
  description: string;
  run(context: SuiteContext): Promise<Figure[]>;
}

export interface SuiteContext {
  /** Fewer repetitions and the small story only: for checking the benchmark itself works, not for figures. */
  quick: boolean;
  /** A scratch folder for this run, removed afterwards. */
  scratch: string;
  /** Progress, one line at a time: long work shows it is moving. */
  progress(line: string): void;
}
