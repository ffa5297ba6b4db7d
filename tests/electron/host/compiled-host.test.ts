// `npm run web` starts the browser host compiled (electron/host/compiled-host.mjs), compiling it first when it
// is missing or older than its sources. These tests compile small throwaway projects laid out like ours.

import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPILED_HOST, compiledHost, compileHost, isCompiledHostCurrent } from '../../../electron/host/compiled-host.mjs';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway project holding `files` (paths relative to it). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-compiled-host-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  return dir;
}

/** Writes a source dated a minute ago, as one saved before the compile (the file system's clock is coarser than Date.now()). */
function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
  const aMinuteAgo = new Date(Date.now() - 60_000);
  utimesSync(join(dir, file), aMinuteAgo, aMinuteAgo);
}

/** Sets a file's modification time `deltaMs` from the compiled host's. */
function dateAfterCompiledHost(dir: string, file: string, deltaMs: number): void {
  const compiled = statSync(join(dir, COMPILED_HOST)).mtimeMs;
  const when = new Date(compiled + deltaMs);
  utimesSync(join(dir, file), when, when);
}

let loads = 0;
/** Imports a compiled module afresh (a new URL each time, so Node's module cache does not answer). */
function load(path: string): Promise<Record<string, unknown>> {
  return import(`${pathToFileURL(path).href}?load=${++loads}`);
}

const TWO_MODULES = {
  'electron/host/main.ts': "import { greet } from './greet.ts';\nexport const message: string = greet('host');\n",
  'electron/host/greet.ts': 'export function greet(who: string): string {\n  return `hello, ${who}`;\n}\n',
};

describe('compileHost()', () => {
  it('turns the host’s TypeScript sources into one JavaScript module that runs', async () => {
    const dir = project(TWO_MODULES);
    const compiled = await compileHost(dir);
    expect(compiled).toBe(join(dir, COMPILED_HOST));
    expect((await load(compiled)).message).toBe('hello, host');
  });

  it('puts a module imported with import() in a chunk of its own, loaded only when first asked for', async () => {
    const dir = project({
      'electron/host/main.ts': "export async function later(): Promise<string> {\n  return (await import('./later.ts')).value;\n}\n",
      'electron/host/later.ts': "(globalThis as Record<string, unknown>).laterLoaded = true;\nexport const value = 'loaded later';\n",
    });
    const compiled = await compileHost(dir);
    expect(readdirSync(join(dir, 'out', 'host', 'chunks')).some((name) => name.startsWith('later-'))).toBe(true);
    const module = (await load(compiled)) as { later: () => Promise<string> };
    expect((globalThis as Record<string, unknown>).laterLoaded).toBeUndefined();
    await expect(module.later()).resolves.toBe('loaded later');
    expect((globalThis as Record<string, unknown>).laterLoaded).toBe(true);
    delete (globalThis as Record<string, unknown>).laterLoaded;
  });
});

describe('isCompiledHostCurrent()', () => {
  it('is false before the first compile, and true after it', async () => {
    const dir = project(TWO_MODULES);
    expect(isCompiledHostCurrent(dir)).toBe(false);
    await compileHost(dir);
    expect(isCompiledHostCurrent(dir)).toBe(true);
  });

  it('is false once any source it was made from is newer, or gone', async () => {
    const dir = project(TWO_MODULES);
    await compileHost(dir);
    dateAfterCompiledHost(dir, 'electron/host/greet.ts', 1_000);
    expect(isCompiledHostCurrent(dir)).toBe(false);

    await compileHost(dir);
    rmSync(join(dir, 'electron/host/greet.ts'));
    expect(isCompiledHostCurrent(dir)).toBe(false);
  });

  it('is false once the compiler settings change', async () => {
    const dir = project({ ...TWO_MODULES, 'tsconfig.json': '{}\n' });
    await compileHost(dir);
    dateAfterCompiledHost(dir, 'tsconfig.json', 1_000);
    expect(isCompiledHostCurrent(dir)).toBe(false);
  });

  it('ignores files the host does not import', async () => {
    const dir = project({ ...TWO_MODULES, 'electron/shell/window.ts': 'export const unrelated = 1;\n' });
    await compileHost(dir);
    dateAfterCompiledHost(dir, 'electron/shell/window.ts', 1_000);
    expect(isCompiledHostCurrent(dir)).toBe(true);
  });

  it('dates the compiled host when its compile started, so a source saved during the compile is newer', async () => {
    const dir = project(TWO_MODULES);
    const before = Date.now();
    await compileHost(dir);
    const compiledAt = statSync(join(dir, COMPILED_HOST)).mtimeMs;
    expect(compiledAt).toBeGreaterThanOrEqual(before - 1);
    // A save landing just after the compile began, while esbuild was still reading. (A few milliseconds: a
    // time set through utimes comes back a hair off, and a Date drops the fraction of a millisecond.)
    dateAfterCompiledHost(dir, 'electron/host/main.ts', 5);
    expect(isCompiledHostCurrent(dir)).toBe(false);
  });
});

describe('compiledHost()', () => {
  it('compiles on the first start, saying so, and afterwards starts the compiled host without a word', async () => {
    const dir = project(TWO_MODULES);
    const said: string[] = [];
    const log = (line: string) => said.push(line);
    expect(await compiledHost({ projectDir: dir, log })).toBe(join(dir, COMPILED_HOST));
    expect(said).toEqual(['Compiling the browser host (first start, or its sources changed)…']);
    said.length = 0;
    expect(await compiledHost({ projectDir: dir, log })).toBe(join(dir, COMPILED_HOST));
    expect(said).toEqual([]);
  });

  it('answers null when the sources do not compile, saying why, so the sources run through tsx instead', async () => {
    const dir = project({ 'electron/host/main.ts': 'export const broken = ;\n' });
    const said: string[] = [];
    expect(await compiledHost({ projectDir: dir, log: (line) => said.push(line) })).toBeNull();
    expect(said[1]).toMatch(/^\(The browser host could not be compiled: .+\. Running it from its TypeScript sources instead\.\)$/);
  });
});
