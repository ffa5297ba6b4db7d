// Run as a child process by tests whose failure would be a hang: it imports one file, as the desktop app's Node
// side does, and prints what came of it as one line of JSON. Readability and the DOM walk are synchronous, so a
// test in Vitest's own process could never be stopped by its timeout; a child can be killed, and the test fails
// in bounded time instead of holding up the whole run.
//
// Usage: import-in-child <file>   (the file's name is the one the import sees)

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFile } from '../../../electron/import/import-file.ts';

const [path] = process.argv.slice(2) as [string];
try {
  const imported = await importFile({ fileName: basename(path), bytes: new Uint8Array(await readFile(path)) });
  console.log(JSON.stringify({ ok: true, notes: imported.notes.map((note) => note.message), body: imported.parts.body }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) }));
}
