// Running one command of the check (vitest, a build, Playwright) in the copy. Each runs in a process group of
// its own, so that stopping it stops everything it started — vitest's workers, Chromium, the browser hosts —
// and its output goes to a log file, shown only when a run goes wrong.

import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface CommandResult {
  exitCode: number | null;
  /** Killed for taking longer than its time limit. */
  timedOut: boolean;
  seconds: number;
}

export interface CommandOptions {
  cwd: string;
  logFile: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

const running = new Set<ChildProcess>();

export function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
  const started = performance.now();
  const log = createWriteStream(options.logFile);
  log.write(`$ ${command} ${args.join(' ')}\n`);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: see stopAll()
  });
  running.add(child);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child, 'SIGKILL');
  }, options.timeoutMs);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      log.end();
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      running.delete(child);
      // Whatever the command left running in its group (a browser host it did not stop) goes with it.
      killGroup(child, 'SIGKILL');
      log.end(() => resolve({ exitCode: code, timedOut, seconds: (performance.now() - started) / 1000 }));
    });
  });
}

/** Stops every command still running, and what each started (an interrupt, Ctrl+C). */
export function stopAll(): void {
  for (const child of running) killGroup(child, 'SIGKILL');
  running.clear();
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}
