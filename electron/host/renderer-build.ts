// The browser host serves the built interface. Before serving, make sure the build exists and is newer than
// every source file it came from, so nobody tests yesterday's interface by accident.

import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Two folders up from here, and from the compiled host (out/host/main.mjs, see compiled-host.mjs) alike.
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_BUILD = join(PROJECT_ROOT, 'out', 'renderer');
const SOURCES = ['renderer', 'shared', 'assets'].map((folder) => join(PROJECT_ROOT, folder));

/** The newest modification time of any file under `folder` (a few hundred files: asked all at once). */
async function newestMtime(folder: string): Promise<number> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile());
  const times = await Promise.all(
    files.map((entry) => stat(join(entry.parentPath, entry.name)).then((info) => info.mtimeMs, () => 0)),
  );
  return Math.max(0, ...times);
}

export async function isRendererBuildCurrent(): Promise<boolean> {
  const built = await stat(join(RENDERER_BUILD, 'index.html')).catch(() => null);
  if (!built) return false;
  const sources = await Promise.all(SOURCES.map(newestMtime));
  return Math.max(...sources) <= built.mtimeMs;
}

/** Builds the interface unless it is current; `current` is the answer of a check already under way. */
export async function ensureRendererBuilt(
  log: (line: string) => void,
  current: Promise<boolean> = isRendererBuildCurrent(),
): Promise<void> {
  if (await current) return;
  log('Building the Copydesk interface (first start, or the sources changed)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('building the interface failed (see the messages above); try "npm run build".');
}
