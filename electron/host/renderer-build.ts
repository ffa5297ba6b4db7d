// The browser host serves the built interface. Before serving, make sure the build exists and is newer than
// every source file it came from, so nobody tests yesterday's interface by accident.

import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_BUILD = join(PROJECT_ROOT, 'out', 'renderer');
const SOURCES = ['renderer', 'shared', 'assets'].map((folder) => join(PROJECT_ROOT, folder));

async function newestMtime(folder: string): Promise<number> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  let newest = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const info = await stat(join(entry.parentPath, entry.name)).catch(() => null);
    if (info && info.mtimeMs > newest) newest = info.mtimeMs;
  }
  return newest;
}

export async function isRendererBuildCurrent(): Promise<boolean> {
  const built = await stat(join(RENDERER_BUILD, 'index.html')).catch(() => null);
  if (!built) return false;
  const sources = await Promise.all(SOURCES.map(newestMtime));
  return Math.max(...sources) <= built.mtimeMs;
}

export async function ensureRendererBuilt(log: (line: string) => void): Promise<void> {
  if (await isRendererBuildCurrent()) return;
  log('Building the Copydesk interface (first start, or the sources changed)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('building the interface failed (see the messages above); try "npm run build".');
}
