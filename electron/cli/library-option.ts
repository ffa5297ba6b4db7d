// Which library a command works on: --library, else $COPYDESK_LIBRARY, else the library the app itself
// uses (its preferences). Relative paths are taken from the directory the command was run in.

import { resolve } from 'node:path';
import { CopydeskError } from '../../shared/errors.ts';

export const LIBRARY_ENV = 'COPYDESK_LIBRARY';

export interface LibraryChoice {
  path: string;
  source: 'flag' | 'env' | 'preferences';
}

export function chooseLibrary(
  flag: string | undefined,
  cwd: string,
  env: Record<string, string | undefined>,
  preferencesLibrary: () => string,
): LibraryChoice {
  if (flag !== undefined) {
    if (!flag.trim()) throw new CopydeskError('invalid-argument', '--library cannot be empty.', { field: 'library' });
    return { path: resolve(cwd, flag), source: 'flag' };
  }
  const fromEnv = env[LIBRARY_ENV];
  if (fromEnv?.trim()) return { path: resolve(cwd, fromEnv), source: 'env' };
  return { path: resolve(cwd, preferencesLibrary()), source: 'preferences' };
}

/** The note printed when the library was not named on the command line, so nobody edits the wrong one. */
export function describeDefaultLibrary(choice: LibraryChoice): string | null {
  switch (choice.source) {
    case 'flag':
      return null;
    case 'env':
      return `Using the library at ${choice.path} (from $${LIBRARY_ENV}).`;
    case 'preferences':
      return `Using the library at ${choice.path} (the app's library; pass --library DIR to choose another).`;
  }
}
