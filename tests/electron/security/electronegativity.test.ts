// Electronegativity, the Electron security scanner, over the Node side (electron/) and the page it serves
// (renderer/index.html with its Content Security Policy written in, as the build writes it). The scanner exits
// 0 whatever it finds, so this reads its SARIF report and fails on any finding not justified in
// electron/shell/electronegativity-justified.json, and on any justification for something it no longer finds.
// It runs offline (see electronegativity-scan.cjs) in a few seconds.

import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContentSecurityPolicy } from '../../../electron/shell/content-security-policy.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SCANNER = join(import.meta.dirname, 'electronegativity-scan.cjs');
const JUSTIFIED = join(ROOT, 'electron', 'shell', 'electronegativity-justified.json');
const SOURCE_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);

/**
 * A deliberately unsafe window, scanned beside the app: if the scanner stops finding this (broken offline, a
 * file it cannot read, checks switched off), an empty report would mean nothing, so the test fails instead.
 */
const CANARY_FILE = 'canary/unsafe-window.js';
const CANARY = `const { BrowserWindow } = require('electron');
new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
`;

interface Finding {
  check: string;
  file: string;
  line: number;
  message: string;
}

interface Justification {
  check: string;
  file: string;
  /** The scanner's words for the finding: one check can say different things ("seems to be" / "is" weak). */
  message: string;
  why: string;
}

let scanFolder: string;
let findings: Finding[];
let scan: { checks: number; unparsed: { file: string; message: string }[] };

beforeAll(async () => {
  scanFolder = await mkdtemp(join(tmpdir(), 'copydesk-electronegativity-'));
  const input = join(scanFolder, 'input');
  await cp(join(ROOT, 'electron'), join(input, 'electron'), {
    recursive: true,
    filter: (source) => !extname(source) || SOURCE_EXTENSIONS.has(extname(source)),
  });
  await mkdir(join(input, 'renderer'));
  const indexHtml = await readFile(join(ROOT, 'renderer', 'index.html'), 'utf8');
  await writeFile(join(input, 'renderer', 'index.html'), withContentSecurityPolicy(indexHtml));
  await mkdir(join(input, 'canary'));
  await writeFile(join(input, CANARY_FILE), CANARY);

  const sarif = join(scanFolder, 'electronegativity.sarif');
  const electronVersion = JSON.parse(await readFile(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const { stdout } = await promisify(execFile)(process.execPath, [SCANNER, input, sarif, electronVersion], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'en-US' },
    timeout: 60_000,
  });
  scan = JSON.parse(stdout);
  findings = readSarif(JSON.parse(await readFile(sarif, 'utf8')));
}, 90_000);

afterAll(() => (scanFolder ? rm(scanFolder, { recursive: true, force: true }) : undefined));

function readSarif(report: any): Finding[] {
  return report.runs.flatMap((run: any) =>
    (run.results ?? []).map((result: any) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        check: result.ruleId,
        file: location?.artifactLocation?.uri ?? '',
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      };
    }),
  );
}

async function justifications(): Promise<Justification[]> {
  return JSON.parse(await readFile(JUSTIFIED, 'utf8')).justified;
}

const appFindings = () => findings.filter((finding) => finding.file !== CANARY_FILE);
const matches = (finding: Finding, justification: Justification) =>
  finding.check === justification.check && finding.file === justification.file && finding.message === justification.message;
const describeFinding = (finding: Finding) => `${finding.check} at ${finding.file}:${finding.line} — ${finding.message}`;

describe('Electronegativity over electron/ and the served page', () => {
  it('scans for real: every check loaded, every file parsed, and the planted unsafe window caught', () => {
    expect(scan.checks).toBeGreaterThanOrEqual(40);
    expect(scan.unparsed).toEqual([]);
    const canary = findings.filter((finding) => finding.file === CANARY_FILE).map((finding) => finding.check);
    expect(canary).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
  });

  it('finds nothing that is not justified in electron/shell/electronegativity-justified.json', async () => {
    const justified = await justifications();
    const unjustified = appFindings().filter((finding) => !justified.some((justification) => matches(finding, justification)));
    expect(unjustified.map(describeFinding)).toEqual([]);
  });

  it('justifies nothing it no longer finds, so the list cannot go stale', async () => {
    const stale = (await justifications()).filter((justification) => !appFindings().some((finding) => matches(finding, justification)));
    expect(stale.map((justification) => `${justification.check} at ${justification.file}`)).toEqual([]);
  });

  it('gives every justification a reason', async () => {
    for (const justification of await justifications()) {
      expect(justification.why.split(' ').length, `${justification.check} at ${justification.file}`).toBeGreaterThan(12);
    }
  });
});
