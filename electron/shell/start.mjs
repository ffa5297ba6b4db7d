#!/usr/bin/env node
// `npm start`: opens Copydesk in its Electron window, or — where the Electron binary cannot be had, as on
// our build machines — in the browser through the browser host, saying so in one sentence.

import { join } from 'node:path';
import {
  BROWSER_FALLBACK_SENTENCE,
  buildCommand,
  findElectronBinary,
  isBuildCurrent,
  PROJECT_DIR,
  runForwardingSignals,
} from './launcher.mjs';

const args = process.argv.slice(2);
const electron = await findElectronBinary();

if (!electron) {
  console.log(BROWSER_FALLBACK_SENTENCE);
  process.exit(await runForwardingSignals(process.execPath, [join(PROJECT_DIR, 'electron/host/bin.mjs'), ...args]));
}

if (!(await isBuildCurrent())) {
  const build = buildCommand();
  const code = await runForwardingSignals(build.command, build.args, { cwd: PROJECT_DIR });
  if (code !== 0) {
    console.error('Building Copydesk failed (see the messages above); fix the error and run "npm start" again.');
    process.exit(code);
  }
}

// ELECTRON_RUN_AS_NODE, if set in the shell, would make the binary behave as plain Node and not open a window.
const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
process.exit(await runForwardingSignals(electron, [PROJECT_DIR, ...args], { cwd: PROJECT_DIR, env }));
