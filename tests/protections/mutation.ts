// Taking one protection out of the copy, and putting it back. An entry names its protection by a piece of text
// that must occur exactly once in its file: when the code moves on and the text is gone (or appears twice), the
// entry is refused as broken, loudly, instead of "removing" nothing and reporting a test that cannot fail.

import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProtectionEntry } from './catalogue.ts';

/** What is wrong with an entry against the copy's files; empty when it can be run. */
export async function entryProblems(checkout: string, entry: ProtectionEntry): Promise<string[]> {
  const problems: string[] = [];
  if (entry.find === entry.replace) problems.push('its replacement is the text it replaces');
  if (entry.tests.length === 0) problems.push('it names no test file');
  if (entry.expectFailing.length === 0) problems.push('it names no test that must fail');
  if (/^(tests|\.ci)\//.test(entry.file)) problems.push(`${entry.file} is not product code`);
  for (const test of entry.tests) {
    if (!(await exists(join(checkout, test)))) problems.push(`its test file ${test} is not there`);
  }
  const text = await readFile(join(checkout, entry.file), 'utf8').catch(() => null);
  if (text === null) {
    problems.push(`${entry.file} is not there`);
  } else {
    const count = occurrences(text, entry.find);
    if (count !== 1) problems.push(`the text to replace occurs ${count} times in ${entry.file}, not once`);
  }
  return problems;
}

/** Writes the mutated file; the answer puts the original back. Call only once entryProblems() found none. */
export async function applyMutation(checkout: string, entry: ProtectionEntry): Promise<() => Promise<void>> {
  const path = join(checkout, entry.file);
  const original = await readFile(path, 'utf8');
  const at = original.indexOf(entry.find);
  await writeFile(path, original.slice(0, at) + entry.replace + original.slice(at + entry.find.length));
  return () => writeFile(path, original);
}

function occurrences(text: string, piece: string): number {
  if (piece === '') return 0;
  let count = 0;
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) count++;
  return count;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
