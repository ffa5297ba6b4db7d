// The pieces of `npm start` (start.mjs), kept importable so tests can run them without starting anything:
// find the Electron binary without loading `electron` in this process (that would start its download and
// throw), build the app when it is missing or stale, and run a child with signals passed through.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const BROWSER_FALLBACK_SENTENCE =
  'The Electron desktop shell is not available on this machine (its binary could not be downloaded), ' +
  'so Copydesk is opening in your browser instead.';

const PATH_MARKER = '<<copydesk-electron-path>>';

/**
 * The path of the Electron executable, or null when there is none. COPYDESK_ELECTRON_PATH names one
 * directly (and lets tests pretend it is missing); otherwise a child Node asks the `electron` package,
 * which downloads the binary on first use and throws when it cannot.
 */
export async function findElectronBinary({ projectDir = PROJECT_DIR, env = process.env } = {}) {
  if (env.COPYDESK_ELECTRON_PATH) return existsSync(env.COPYDESK_ELECTRON_PATH) ? env.COPYDESK_ELECTRON_PATH : null;
  // The package may print progress while downloading, so the path is fenced by a marker.
  const script = `process.stdout.write(${JSON.stringify(PATH_MARKER)} + require('electron'))`;
  const { code, stdout } = await runCaptured(process.execPath, ['-e', script], { cwd: projectDir, env });
  if (code !== 0) return null;
  const at = stdout.lastIndexOf(PATH_MARKER);
  const path = at === -1 ? '' : stdout.slice(at + PATH_MARKER.length).trim();
  return path && existsSync(path) ? path : null;
}

const BUILT_FILES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const SOURCE_FOLDERS = ['electron', 'shared', 'renderer', 'assets'];

/** True when every built file exists and none is older than the newest source file. */
export async function isBuildCurrent(projectDir = PROJECT_DIR) {
  const built = await Promise.all(BUILT_FILES.map((file) => stat(join(projectDir, file)).catch(() => null)));
  if (built.some((info) => info === null)) return false;
  const oldestBuilt = Math.min(...built.map((info) => info.mtimeMs));
  const newestSources = await Promise.all(SOURCE_FOLDERS.map((folder) => newestMtime(join(projectDir, folder))));
  return Math.max(0, ...newestSources) <= oldestBuilt;
}

/** The command that runs `electron-vite build` with this Node, without a shell (npx is npx.cmd on Windows). */
export function buildCommand(projectDir = PROJECT_DIR) {
  const require = createRequire(join(projectDir, 'package.json'));
  const packageFile = require.resolve('electron-vite/package.json');
  const { bin } = require(packageFile);
  const script = typeof bin === 'string' ? bin : bin['electron-vite'];
  return { command: process.execPath, args: [join(dirname(packageFile), script), 'build'] };
}

/**
 * Runs a child with the terminal handed over, passes Ctrl-C and termination on to it, and resolves with
 * the exit code to leave with (128 + the signal number when the child was killed by a signal).
 */
export function runForwardingSignals(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    const forward = (signal) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM'];
    for (const signal of signals) process.on(signal, forward);
    const done = () => {
      for (const signal of signals) process.off(signal, forward);
    };
    child.once('error', (error) => {
      done();
      reject(error);
    });
    child.once('exit', (code, signal) => {
      done();
      resolvePromise(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1));
    });
  });
}

function runCaptured(command, args, options) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.resume(); // the package's own error text is replaced by our one sentence
    child.once('error', () => resolvePromise({ code: 1, stdout }));
    child.once('close', (code) => resolvePromise({ code: code ?? 1, stdout }));
  });
}

async function newestMtime(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  let newest = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const info = await stat(join(entry.parentPath ?? entry.path, entry.name)).catch(() => null);
    if (info && info.mtimeMs > newest) newest = info.mtimeMs;
  }
  return newest;
}
