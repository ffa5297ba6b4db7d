// The renderer build's change to slate-react: found exactly where it was written for, or the build stops.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { steadyChunkedElementContext } from '../../../electron/build/steady-chunked-element-context.ts';

const slateReactBuild = () => {
  const packageJson = createRequire(import.meta.url).resolve('slate-react/package.json');
  return readFileSync(join(dirname(packageJson), 'dist', 'index.es.js'), 'utf8');
};

describe('steadyChunkedElementContext', () => {
  it('gives the installed slate-react’s element provider a steady value for chunked elements', () => {
    const changed = steadyChunkedElementContext(slateReactBuild());
    expect(changed).toContain('value: copydeskElementContextValue(editor, n, key)');
    expect(changed).toContain('function copydeskElementContextValue(editor, element, key)');
    expect(changed.match(/value: n\n/g) ?? []).toHaveLength(0);
  });

  it('stops the build, saying what to check, when slate-react no longer has that code', () => {
    expect(() => steadyChunkedElementContext('export const nothing = 1;')).toThrow(/found 0 times, not once.*steady-chunked-element-context\.ts/s);
  });
});
