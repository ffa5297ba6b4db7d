// `npm run bench [-- --quick] [-- --only NAME,NAME] [-- --list] [-- --write-md]`: measures Copydesk against
// the targets of issue 7 and beside its peers, prints the table, writes every figure to a JSON file and
// prints that file's path last. --write-md puts the table, with the machine it ran on, into BENCHMARKS.md.

import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SuiteResult } from './lib/figures.ts';
import { countVerdicts, markdownTable, terminalTable, type BenchRecord } from './lib/report.ts';
import { SUITES } from './suites.ts';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      list: { type: 'boolean', default: false },
      'write-md': { type: 'boolean', default: false },
    },
  });
  if (values.list) {
    for (const suite of SUITES) console.log(`${suite.name.padEnd(12)} ${suite.description}`);
    return 0;
  }
  const wanted = values.only?.split(',').map((name) => name.trim());
  const unknown = wanted?.filter((name) => !SUITES.some((suite) => suite.name === name)) ?? [];
  if (unknown.length > 0) {
    console.error(`bench: no suite named ${unknown.join(', ')}. The suites: ${SUITES.map((suite) => suite.name).join(', ')}.`);
    return 2;
  }
  const suites = SUITES.filter((suite) => !wanted || wanted.includes(suite.name));
  const record: BenchRecord = {
    ranAt: new Date().toISOString(),
    machine: {
      cpus: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      platform: `${process.platform} ${process.arch}`,
      node: process.version,
    },
    quick: values.quick,
    results: [],
  };
  console.error(
    `Copydesk benchmark${values.quick ? ' (quick: a check that it runs, not figures)' : ''} on ${record.machine.cores} × ${record.machine.cpus}, ` +
      `${(freemem() / 2 ** 30).toFixed(1)} of ${record.machine.memoryGiB} GiB free`,
  );
  for (const suite of suites) {
    const scratch = await mkdtemp(join(tmpdir(), `copydesk-bench-${suite.name}-`));
    const started = performance.now();
    console.error(`\n▶ ${suite.name}: ${suite.description}`);
    let result: SuiteResult;
    try {
      const figures = await suite.run({ quick: values.quick, scratch, progress: (line) => console.error(`  ${line}`) });
      result = { suite: suite.name, figures, seconds: (performance.now() - started) / 1000 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`  ✗ ${suite.name} could not be measured: ${reason}`);
      result = { suite: suite.name, figures: [], seconds: (performance.now() - started) / 1000, skipped: reason };
    } finally {
      // Retried: a library's deferred work (an index write, the delayed sweep) may still be finishing.
      await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
    record.results.push(result);
    console.error(`  (${result.seconds.toFixed(1)} s)`);
  }

  console.log(`\n${terminalTable(record.results)}\n`);
  const verdicts = countVerdicts(record.results);
  console.log(
    `${verdicts.pass} targets met, ${verdicts.fail} missed${verdicts.skipped ? `, ${verdicts.skipped} suites not measured` : ''}.`,
  );
  if (values['write-md']) await writeBenchmarksMarkdown(record);
  const jsonPath = join(tmpdir(), `copydesk-bench-${record.ranAt.replaceAll(':', '-')}.json`);
  await writeFile(jsonPath, `${JSON.stringify(record, null, 2)}\n`);
  console.log(jsonPath);
  return verdicts.fail > 0 || verdicts.skipped > 0 ? 1 : 0;
}

/** Replaces the table between the markers in BENCHMARKS.md, leaving the prose around it. */
async function writeBenchmarksMarkdown(record: BenchRecord): Promise<void> {
  const path = join(PROJECT_ROOT, 'BENCHMARKS.md');
  const text = await readFile(path, 'utf8');
  const start = '<!-- bench:table:start -->';
  const end = '<!-- bench:table:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`BENCHMARKS.md has no ${start} … ${end} markers to put the table between.`);
  const { machine } = record;
  const table =
    `${start}\nMeasured ${record.ranAt.slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} × ${machine.cpus}, ${machine.memoryGiB} GiB, ` +
    `${machine.platform}, Node ${machine.node}.\n\n${markdownTable(record.results)}\n`;
  await writeFile(path, `${text.slice(0, from)}${table}${text.slice(to)}`);
  console.error('BENCHMARKS.md updated.');
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
