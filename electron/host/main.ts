// `npm run web -- [--port N] [--library DIR]`: serves Copydesk to a browser on this machine, and prints the
// one line a person (or a test) needs: the address with its token.

import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { isCopydeskError } from '../../shared/errors.ts';
import { createBridgeHandlers } from '../bridge/handlers.ts';
import { LibrarySession } from '../library/library-session.ts';
import { createNodePreferencesStore, preferencesFolder } from '../preferences/preferences-store.ts';
import { RecoveryJournal, recoveryFolder } from '../recovery/recovery-journal.ts';
import { startBrowserHost } from './browser-host.ts';
import { ensureRendererBuilt, isRendererBuildCurrent, RENDERER_BUILD } from './renderer-build.ts';

const USAGE = `Usage: npm run web -- [--port N] [--library DIR]

  --port N        the port to listen on at 127.0.0.1 (default: a free one)
  --library DIR   the story library to open (default: the one in your preferences)`;

async function main(argv: string[]): Promise<number> {
  let values: { port?: string; library?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, library: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`copydesk web: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`copydesk web: --port must be a whole number from 0 to 65535, not "${values.port}".`);
    return 2;
  }

  const preferences = createNodePreferencesStore();
  const libraryPath = resolve(values.library ?? process.env.COPYDESK_LIBRARY ?? preferences.get().libraryPath);
  // Whether the interface needs building is asked while the library opens; it is built only once the library
  // has opened, so a library that cannot be opened is said at once.
  const interfaceCurrent = isRendererBuildCurrent();
  const libraries = await LibrarySession.open(libraryPath);
  const stopWatching = libraries.watchForChanges();
  await ensureRendererBuilt((line) => console.error(line), interfaceCurrent);

  const host = await startBrowserHost({
    // Typing is journaled beside the preferences, outside the library, until it is saved.
    handlers: createBridgeHandlers({ libraries, preferences, recovery: new RecoveryJournal(recoveryFolder(preferencesFolder())) }),
    library: libraries,
    staticRoot: RENDERER_BUILD,
    port,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      throw new Error(`port ${port} is already in use. Choose another with --port, or leave it out to pick a free one.`);
    }
    throw error;
  });
  console.log(`Copydesk is running at ${host.url}`);
  if (libraries.library.rebuiltIndex) console.error(`(The library index in ${libraryPath} was rebuilt from the story folders.)`);

  const stop = () => {
    stopWatching();
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1; // keep running
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`copydesk web: ${isCopydeskError(error) || error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
