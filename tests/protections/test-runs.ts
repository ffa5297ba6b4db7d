// Running test files in the copy and reading which tests failed, from the JSON reports of Vitest and Playwright
// rather than their console output (whose wording is theirs to change). A file that could not even load
// reports no test at all: it is listed apart, so a mutation that merely crashes the suite is never taken for
// one a test caught.

import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { runCommand, type CommandResult } from './child-process.ts';

export interface TestResult {
  /** The test file, relative to the checkout. */
  file: string;
  /** The describe blocks' titles and the test's own, as the reporter joins them. */
  fullName: string;
  passed: boolean;
  /** The first lines of the failure, for the report. */
  message: string;
}

export interface TestRun extends CommandResult {
  tests: TestResult[];
  /** Files that failed without a failing test: they did not load, or a hook before every test threw. */
  brokenFiles: { file: string; message: string }[];
  /** Set when no report could be read (the runner itself failed); the log says why. */
  reportMissing: boolean;
  logFile: string;
}

/** Generous: the slowest unit test file takes about a minute; a hang must not stop the whole check. */
const VITEST_TIMEOUT_MS = 10 * 60_000;
const PLAYWRIGHT_TIMEOUT_MS = 20 * 60_000;
const BUILD_TIMEOUT_MS = 10 * 60_000;

/** Runs the test files; with `testsNamed`, only their tests whose names hold it. */
export async function runVitest(
  checkout: string,
  scratch: string,
  files: readonly string[],
  label: string,
  testsNamed?: string,
): Promise<TestRun> {
  const report = join(scratch, `${label}.vitest.json`);
  const logFile = join(scratch, `${label}.vitest.log`);
  const filter = testsNamed === undefined ? [] : ['--testNamePattern', escapeForRegExp(testsNamed)];
  const result = await runCommand('npx', ['vitest', 'run', ...files, ...filter, '--reporter=json', `--outputFile=${report}`], {
    cwd: checkout,
    logFile,
    timeoutMs: VITEST_TIMEOUT_MS,
  });
  const json = await readJson(report);
  return { ...result, logFile, ...(json ? readVitestReport(checkout, json) : noReport()) };
}

export async function runPlaywright(checkout: string, scratch: string, specs: readonly string[], label: string): Promise<TestRun> {
  const report = join(scratch, `${label}.playwright.json`);
  const logFile = join(scratch, `${label}.playwright.log`);
  const result = await runCommand('npx', ['playwright', 'test', ...specs, '--reporter=json'], {
    cwd: checkout,
    logFile,
    timeoutMs: PLAYWRIGHT_TIMEOUT_MS,
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  const json = await readJson(report);
  return { ...result, logFile, ...(json ? readPlaywrightReport(checkout, json) : noReport()) };
}

/** `npm run build` in the copy: the end-to-end tests serve the built interface. */
export function runBuild(checkout: string, scratch: string, label: string): Promise<CommandResult & { logFile: string }> {
  const logFile = join(scratch, `${label}.build.log`);
  return runCommand('npm', ['run', 'build'], { cwd: checkout, logFile, timeoutMs: BUILD_TIMEOUT_MS }).then((result) => ({ ...result, logFile }));
}

// ── the reports ──────────────────────────────────────────────────────────────────────────────────────────

type Parsed = Pick<TestRun, 'tests' | 'brokenFiles' | 'reportMissing'>;

const noReport = (): Parsed => ({ tests: [], brokenFiles: [], reportMissing: true });

/** Vitest's JSON reporter: testResults[] per file, each with assertionResults[] (fullName, status, failureMessages). */
interface VitestReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

export function readVitestReport(checkout: string, json: unknown): Parsed {
  const report = json as VitestReport;
  const tests: TestResult[] = [];
  const brokenFiles: Parsed['brokenFiles'] = [];
  for (const fileResult of report.testResults ?? []) {
    const file = relative(checkout, fileResult.name);
    const results = fileResult.assertionResults ?? [];
    for (const test of results) {
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') continue;
      tests.push({ file, fullName: test.fullName, passed: test.status === 'passed', message: firstLines(test.failureMessages?.join('\n') ?? '') });
    }
    if (fileResult.status === 'failed' && !results.some((test) => test.status === 'failed')) {
      brokenFiles.push({ file, message: firstLines(fileResult.message ?? '') });
    }
  }
  return { tests, brokenFiles, reportMissing: false };
}

/** Playwright's JSON reporter: suites (a file, then describe blocks) → specs → tests (one per project) → results (one per try). */
interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; file?: string; tests: { results: { status: string; error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  /** rootDir is the test folder, which the files are named relative to. */
  config?: { rootDir?: string };
  suites?: PlaywrightSuite[];
  errors?: { message?: string }[];
}

export function readPlaywrightReport(checkout: string, json: unknown): Parsed {
  const report = json as PlaywrightReport;
  const testFolder = report.config?.rootDir ?? join(checkout, 'tests', 'e2e');
  const fileOf = (name: string) => relative(checkout, join(testFolder, name));
  const tests: TestResult[] = [];
  const visit = (suite: PlaywrightSuite, titles: string[], file: string) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const last = test.results.at(-1);
        if (!last || last.status === 'skipped') continue;
        tests.push({
          file: fileOf(spec.file ?? file),
          fullName: [...titles, spec.title].join(' › '),
          passed: last.status === 'passed',
          message: firstLines(last.error?.message ?? ''),
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title], child.file ?? file);
  };
  // The outermost suite of each file is titled with the file's name, which the full names then start with.
  for (const suite of report.suites ?? []) visit(suite, [suite.title], suite.file ?? suite.title);
  // Errors outside any test (a spec that does not load, a global setup that threw).
  const brokenFiles = (report.errors ?? []).map((error) => ({ file: '(playwright)', message: firstLines(error.message ?? '') }));
  return { tests, brokenFiles, reportMissing: false };
}

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function firstLines(text: string, count = 3): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').slice(0, count).join('\n').trim();
}

/** Vitest reads a name pattern as a regular expression; the catalogue gives plain text. */
function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
