// Whether a test caught a removed protection. Caught means: the run failed, and it failed in the tests the
// entry names — every `expectFailing` piece is part of the full name of a test that failed. A run that failed
// some other way (a test file that no longer loads, a different test, a timeout) is not enough: it would show
// that the mutation broke something, not that the protection's own test guards it.

import type { ProtectionEntry } from './catalogue.ts';
import type { TestRun } from './test-runs.ts';

export type Verdict =
  | { kind: 'caught'; failedTests: string[] }
  | { kind: 'not-caught'; why: string }
  | { kind: 'broken'; why: string };

export function judge(entry: ProtectionEntry, run: TestRun): Verdict {
  if (run.timedOut) return { kind: 'not-caught', why: `the tests did not finish in time (log: ${run.logFile})` };
  if (run.reportMissing) return { kind: 'not-caught', why: `the test runner wrote no report (exit code ${run.exitCode}; log: ${run.logFile})` };
  const failed = run.tests.filter((test) => !test.passed);
  if (run.exitCode === 0) return { kind: 'not-caught', why: 'every test passed' };
  const unmatched = entry.expectFailing.filter((piece) => !failed.some((test) => test.fullName.includes(piece)));
  if (unmatched.length === 0) {
    return { kind: 'caught', failedTests: failed.filter((test) => entry.expectFailing.some((piece) => test.fullName.includes(piece))).map((test) => test.fullName) };
  }
  const instead = failed.length > 0
    ? `these failed instead: ${failed.map((test) => `“${test.fullName}”`).join('; ')}`
    : run.brokenFiles.length > 0
      ? `no test failed, but the suite did: ${run.brokenFiles.map((broken) => `${broken.file}: ${broken.message}`).join('; ')}`
      : `no test failed (exit code ${run.exitCode}; log: ${run.logFile})`;
  return { kind: 'not-caught', why: `no failing test is named ${unmatched.map((piece) => `“${piece}”`).join(', ')}; ${instead}` };
}

/** Whether a run of the unmutated copy passed: every test, in every file it was given. */
export function baselineProblems(run: TestRun, files: readonly string[]): string[] {
  if (run.timedOut) return [`the tests did not finish in time (log: ${run.logFile})`];
  if (run.reportMissing) return [`the test runner wrote no report (exit code ${run.exitCode}; log: ${run.logFile})`];
  const problems = [
    ...run.tests.filter((test) => !test.passed).map((test) => `${test.file}: “${test.fullName}” fails: ${test.message}`),
    ...run.brokenFiles.map((broken) => `${broken.file} does not run: ${broken.message}`),
  ];
  for (const file of files) {
    if (!run.tests.some((test) => test.file === file)) problems.push(`${file} ran no test`);
  }
  if (problems.length === 0 && run.exitCode !== 0) problems.push(`the run failed (exit code ${run.exitCode}; log: ${run.logFile})`);
  return problems;
}
