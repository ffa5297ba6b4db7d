// Runs Electronegativity (the Electron security scanner) over one folder, offline, for
// electronegativity.test.ts:
//
//   node electronegativity-scan.cjs <folder> <sarif file> <electron version>
//
// It writes its findings as SARIF to <sarif file> and prints, as JSON on stdout, the files it could not
// parse (a file it could not parse is a file it did not check). Run in a child process because the scanner
// registers globals and talks to the network: it fetches translations and Electron's release list with
// `got`. Here `got` fails at once, so nothing leaves the machine and no run waits for a timeout (CI has no
// internet). Electron's version is given, not looked up, so the checks judge the defaults of the Electron we
// ship.

'use strict';

const Module = require('node:module');

const [input, sarif, electronVersion] = process.argv.slice(2);
if (!input || !sarif || !electronVersion) {
  console.error('usage: node electronegativity-scan.cjs <folder> <sarif file> <electron version>');
  process.exit(2);
}

function offline() {
  return Promise.reject(new Error('Electronegativity runs offline here'));
}
offline.head = offline;

const load = Module._load;
Module._load = function loadOffline(request, ...rest) {
  return request === 'got' ? offline : load.call(this, request, ...rest);
};

// The scanner's own chatter ("Could not retrieve updated translations…") goes to stderr; stdout is the answer.
console.log = (...args) => console.error(...args);

const run = require('@doyensec/electronegativity');

run(
  {
    input,
    output: sarif,
    isSarif: true,
    isRelative: true,
    customScan: [],
    excludeFromScan: [],
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
).then(
  (result) => {
    const unparsed = result.errors.filter((error) => !error.tolerable).map(({ file, message }) => ({ file, message }));
    process.stdout.write(`${JSON.stringify({ checks: result.atomicChecks + result.globalChecks, unparsed })}\n`);
  },
  (error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exit(1);
  },
);
