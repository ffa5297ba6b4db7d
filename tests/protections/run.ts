// `npm run test:protections [-- --only TEXT] [-- --no-e2e] [-- --list] [-- --keep]`: the proof that each
// protection of issue 8 has a test that fails without it. In a throwaway copy of the checkout, every test file
// the catalogue names is run once as it is (all must pass); then each protection is taken out in turn
// (catalogue.ts), its tests are run, and the entry counts as caught only if they fail in the tests it names.
// Prints a line per entry as it goes and a table at the end; exits 1 when any protection was not caught.
// --keep leaves the copy and the test runs' logs and reports behind, to see why an entry failed.

import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { CATALOGUE, type ProtectionEntry } from './catalogue.ts';
import { stopAll } from './child-process.ts';
import { applyMutation, entryProblems } from './mutation.ts';
import { runBuild, runPlaywright, runVitest, type TestRun } from './test-runs.ts';
import { baselineProblems, judge, type Verdict } from './verdict.ts';
import { copyCheckout, type Workspace } from './workspace.ts';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

interface Outcome {
  entry: ProtectionEntry;
  verdict: Verdict;
  seconds: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'no-e2e': { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const chosen = CATALOGUE.filter((entry) => matches(entry, values.only) && !(values['no-e2e'] && entry.e2e));
  if (values.list) {
    printCatalogue(chosen);
    return 0;
  }
  if (chosen.length === 0) {
    console.error(`test:protections: no entry matches "${values.only ?? ''}". --list shows them all.`);
    return 2;
  }
  // Unit entries first: the end-to-end ones each rebuild the copy with their protection out.
  const entries = [...chosen.filter((entry) => !entry.e2e), ...chosen.filter((entry) => entry.e2e)];

  const started = performance.now();
  console.log(`Copying the checkout for ${entries.length} protections…`);
  const workspace = await copyCheckout(PROJECT_ROOT);
  const interrupted = () => {
    stopAll();
    workspace.remove();
    console.error('\nStopped; the copy of the checkout is removed.');
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    // An entry whose text is gone from its file is reported, not run; the others still are.
    const broken = new Map<ProtectionEntry, string[]>();
    for (const entry of entries) {
      const problems = await entryProblems(workspace.checkout, entry);
      if (problems.length > 0) broken.set(entry, problems);
    }
    const baseline = await checkBaseline(workspace, entries.filter((entry) => !broken.has(entry)));
    if (baseline.length > 0) {
      console.error('\nThe tests do not all pass with every protection in place, so removing one would prove nothing:');
      for (const problem of baseline) console.error(`  ✗ ${problem}`);
      if (!values.keep) console.error('(The logs go with the copy; --keep leaves them.)');
      return 1;
    }
    const outcomes: Outcome[] = [];
    for (const [index, entry] of entries.entries()) {
      const problems = broken.get(entry);
      const outcome = problems
        ? { entry, verdict: { kind: 'broken', why: problems.join('; ') } as const, seconds: 0 }
        : await tryEntry(workspace, entry, `entry-${index + 1}`);
      outcomes.push(outcome);
      printProgress(index + 1, entries.length, outcome);
    }
    printSummary(outcomes, (performance.now() - started) / 1000);
    if (!values.keep && outcomes.some((outcome) => outcome.verdict.kind === 'not-caught')) {
      console.log('(The logs named above go with the copy; --keep leaves them.)');
    }
    return outcomes.every((outcome) => outcome.verdict.kind === 'caught') ? 0 : 1;
  } finally {
    if (values.keep) console.log(`\nKept: the copy and the logs are in ${workspace.base}.`);
    else workspace.remove();
  }
}

/** Runs every test file the entries name on the unmutated copy; answers what failed. */
async function checkBaseline({ checkout, scratch }: Workspace, entries: readonly ProtectionEntry[]): Promise<string[]> {
  const unitFiles = unique(entries.filter((entry) => !entry.e2e).flatMap((entry) => entry.tests));
  const problems: string[] = [];
  if (unitFiles.length > 0) {
    const run = await runVitest(checkout, scratch, unitFiles, 'baseline');
    console.log(`Baseline: ${unitFiles.length} unit test files, ${run.tests.length} tests (${run.seconds.toFixed(0)} s)`);
    problems.push(...baselineProblems(run, unitFiles));
  }
  const specs = unique(entries.filter((entry) => entry.e2e).flatMap((entry) => entry.tests));
  if (specs.length > 0 && problems.length === 0) {
    const build = await runBuild(checkout, scratch, 'baseline');
    if (build.exitCode !== 0) return [`npm run build failed (log: ${build.logFile})`];
    const run = await runPlaywright(checkout, scratch, specs, 'baseline');
    console.log(`Baseline: build (${build.seconds.toFixed(0)} s), ${specs.length} end-to-end specs, ${run.tests.length} tests (${run.seconds.toFixed(0)} s)`);
    problems.push(...baselineProblems(run, specs));
  }
  return problems;
}

/** Takes one protection out, runs its tests, puts it back, and judges. */
async function tryEntry({ checkout, scratch }: Workspace, entry: ProtectionEntry, label: string): Promise<Outcome> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const restore = await applyMutation(checkout, entry);
  let run: TestRun;
  try {
    if (entry.e2e) {
      const build = await runBuild(checkout, scratch, label);
      if (build.exitCode !== 0) {
        // The product no longer builds: that is the compiler's catch, not the test's.
        return { entry, verdict: { kind: 'not-caught', why: `the build failed (log: ${build.logFile})` }, seconds: seconds() };
      }
      run = await runPlaywright(checkout, scratch, entry.tests, label);
    } else {
      run = await runVitest(checkout, scratch, entry.tests, label, entry.onlyTestsNamed);
    }
  } finally {
    await restore();
  }
  return { entry, verdict: judge(entry, run), seconds: seconds() };
}

// ── printing ─────────────────────────────────────────────────────────────────────────────────────────────

const LABELS: Record<Verdict['kind'], string> = { caught: 'caught', 'not-caught': 'NOT CAUGHT', broken: 'broken entry' };

function printProgress(done: number, total: number, { entry, verdict, seconds }: Outcome): void {
  const count = `[${String(done).padStart(String(total).length)}/${total}]`;
  console.log(`${count} ${LABELS[verdict.kind].padEnd(12)} ${seconds.toFixed(0).padStart(4)} s  ${describe(entry)}`);
  const indent = ' '.repeat(count.length + 21);
  if (verdict.kind !== 'caught') {
    console.log(`${indent}${verdict.why}`);
    return;
  }
  // The evidence: which of the named tests failed (the first two; a parameterised test can fail dozens of times).
  const shown = verdict.failedTests.slice(0, 2).map((name) => `“${shorten(name, 150)}”`);
  const more = verdict.failedTests.length > 2 ? ` and ${verdict.failedTests.length - 2} more` : '';
  console.log(`${indent}failed: ${shown.join('; ')}${more}`);
}

function printSummary(outcomes: readonly Outcome[], seconds: number): void {
  const rows = outcomes.map(({ entry, verdict, seconds: time }, index) => [
    String(index + 1),
    String(entry.issueItem),
    LABELS[verdict.kind],
    `${time.toFixed(0)} s`,
    shorten(entry.protection, 70),
    entry.tests.map((test) => test.replace(/^tests\//, '')).join(', '),
  ]);
  const header = ['#', 'item', 'result', 'time', 'protection removed', 'test file(s)'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  console.log(`\n${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}`);
  for (const row of rows) console.log(line(row));
  const caught = outcomes.filter((outcome) => outcome.verdict.kind === 'caught').length;
  const minutes = Math.floor(seconds / 60);
  console.log(`\n${caught} of ${outcomes.length} protections caught by their tests, in ${minutes} min ${Math.round(seconds % 60)} s.`);
}

function printCatalogue(entries: readonly ProtectionEntry[]): void {
  for (const [index, entry] of entries.entries()) {
    console.log(`${index + 1}. [item ${entry.issueItem}${entry.e2e ? ', end to end' : ''}] ${entry.protection}`);
    console.log(`   removed from ${entry.file}; ${entry.tests.join(', ')} must fail in: ${entry.expectFailing.map((piece) => `“${piece}”`).join(', ')}`);
  }
}

function describe(entry: ProtectionEntry): string {
  return `item ${entry.issueItem}: ${entry.protection}`;
}

function matches(entry: ProtectionEntry, only: string | undefined): boolean {
  if (!only) return true;
  const wanted = only.toLowerCase();
  return [entry.protection, entry.file, ...entry.tests].some((text) => text.toLowerCase().includes(wanted));
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

process.exitCode = await main();
