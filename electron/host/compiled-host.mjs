// The browser host, compiled: `npm run web` runs out/host/main.mjs, JavaScript made from electron/host/main.ts
// and every source it imports, instead of having tsx compile about a hundred TypeScript modules each time it
// starts (about 0.8 s of a start). It is made again, with esbuild (which tsx itself runs on), whenever it is
// missing or older than any source it was made from; that takes a few tenths of a second. Packages stay
// outside it and load from node_modules, as in electron-vite's main build. A module imported with `import()`
// becomes a chunk of its own (out/host/chunks/), loaded with its packages only when first needed.
//
// Plain JavaScript, because it runs before anything is compiled. Types: compiled-host.d.mts.

import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the host's sources start. */
export const HOST_SOURCE = join('electron', 'host', 'main.ts');
/**
 * The compiled host. It sits as deep in the project as its source does, so the paths the host works out from
 * its own place (renderer-build.ts: the project's root is two folders up) hold for both.
 */
export const COMPILED_HOST = join('out', 'host', 'main.mjs');
const CHUNKS = join('out', 'host', 'chunks');
/** What the last compile read and wrote, beside the host: a source newer than the host means compiling again. */
const MANIFEST = join('out', 'host', 'manifest.json');
/** Files that shape the output without being imported: the compiler settings, and this file's build options. */
const SETTINGS = ['tsconfig.json', join('electron', 'tsconfig.json')];
const THIS_FILE = fileURLToPath(import.meta.url);
/** Chunks no compile uses any more are removed once this old: a host started before may still load one. */
const STALE_CHUNK_AGE_MS = 24 * 3_600_000;

/** True when the compiled host and its chunks exist and none of the files it was made from changed since. */
export function isCompiledHostCurrent(projectDir = PROJECT_DIR) {
  const compiled = statSync(join(projectDir, COMPILED_HOST), { throwIfNoEntry: false });
  if (!compiled) return false;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(projectDir, MANIFEST), 'utf8'));
  } catch {
    return false;
  }
  const { sources, outputs } = manifest ?? {};
  if (!Array.isArray(sources) || sources.length === 0 || !Array.isArray(outputs)) return false;
  const present = (file) => typeof file === 'string' && statSync(resolve(projectDir, file), { throwIfNoEntry: false });
  return outputs.every(present) && sources.every((file) => present(file)?.mtimeMs <= compiled.mtimeMs);
}

/**
 * Compiles the host into out/host/. Each file is written under a temporary name and renamed, and main.mjs
 * last, so a host starting meanwhile (the end-to-end tests start several at once) never loads half a build.
 * main.mjs is dated when the compile started: a source saved while it ran is newer, and the next start
 * compiles again.
 */
export async function compileHost(projectDir = PROJECT_DIR) {
  const startedAt = new Date();
  const esbuild = loadEsbuild();
  const outDir = join(projectDir, dirname(COMPILED_HOST));
  const result = await esbuild.build({
    absWorkingDir: projectDir,
    entryPoints: { main: join(projectDir, HOST_SOURCE) },
    outdir: outDir,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    banner: { js: `// Compiled from ${HOST_SOURCE} by electron/host/compiled-host.mjs when a source changes. Do not edit.` },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const entry = join(projectDir, COMPILED_HOST);
  if (!result.outputFiles.some((file) => file.path === entry)) throw new Error(`esbuild did not produce ${entry}`);
  const settings = [...SETTINGS.map((file) => join(projectDir, file)), THIS_FILE].filter((file) =>
    statSync(file, { throwIfNoEntry: false }),
  );
  const manifest = {
    sources: [...Object.keys(result.metafile.inputs), ...settings.map((file) => relative(projectDir, file))],
    outputs: result.outputFiles.map((file) => relative(projectDir, file.path)),
  };
  await mkdir(join(projectDir, CHUNKS), { recursive: true });
  for (const file of result.outputFiles) if (file.path !== entry) writeAtomically(file.path, file.contents);
  writeAtomically(join(projectDir, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  writeAtomically(entry, result.outputFiles.find((file) => file.path === entry).contents, startedAt);
  removeOldChunks(join(projectDir, CHUNKS), new Set(result.outputFiles.map((file) => file.path)));
  return entry;
}

/**
 * The compiled host's path, compiled first if it is missing or stale; null when it cannot be compiled (no
 * esbuild, a read-only folder, a syntax error), for the caller to run the sources through tsx as before,
 * which reports a syntax error in its own words.
 */
export async function compiledHost({ projectDir = PROJECT_DIR, log = (line) => console.error(line) } = {}) {
  if (isCompiledHostCurrent(projectDir)) return join(projectDir, COMPILED_HOST);
  log('Compiling the browser host (first start, or its sources changed)…');
  try {
    return await compileHost(projectDir);
  } catch (error) {
    const reason = error?.errors?.[0]?.text ?? (error instanceof Error ? error.message : String(error));
    log(`(The browser host could not be compiled: ${reason}. Running it from its TypeScript sources instead.)`);
    return null;
  }
}

/** esbuild as tsx (a dependency) installed it, wherever npm put it. */
function loadEsbuild() {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('tsx/package.json'))('esbuild');
}

function writeAtomically(file, contents, modifiedAt) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  if (modifiedAt) utimesSync(temporary, modifiedAt, modifiedAt);
  renameSync(temporary, file);
}

function removeOldChunks(folder, current) {
  const cutoff = Date.now() - STALE_CHUNK_AGE_MS;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (current.has(file)) continue;
    const info = statSync(file, { throwIfNoEntry: false });
    if (info && info.mtimeMs < cutoff) rmSync(file, { force: true });
  }
}
