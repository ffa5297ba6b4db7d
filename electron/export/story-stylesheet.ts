// The story stylesheet (assets/styles/story.css): the look of the preview and of every HTML export, and
// the source of the style hash in the app's Content-Security-Policy. The same code runs from three places —
// the sources (electron/export/), the electron-vite bundle (out/main/index.js) and the packaged app
// (app.asar/out/main/index.js) — so the file is found by walking up to the project's root (the first
// folder holding the stylesheet beside a package.json), never by a fixed number of "../".

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CopydeskError } from '../../shared/errors.ts';

/** Where the stylesheet sits inside the project (and inside app.asar: electron-builder.yml ships it). */
export const STORY_STYLESHEET = join('assets', 'styles', 'story.css');

/** The stylesheet's path for code living in `startFolder`, or null when no folder above holds it. */
export function findStoryStylesheet(startFolder: string): string | null {
  let folder = startFolder;
  for (;;) {
    const candidate = join(folder, STORY_STYLESHEET);
    if (existsSync(candidate) && existsSync(join(folder, 'package.json'))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

let cached: string | undefined;

/** The stylesheet's text, read once per process. */
export function loadStoryStylesheet(): string {
  if (cached !== undefined) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const path = findStoryStylesheet(here);
  if (!path) {
    throw new CopydeskError(
      'internal',
      `Copydesk could not find its story stylesheet (${STORY_STYLESHEET}) in any folder above ${here}; the installation is incomplete.`,
    );
  }
  try {
    cached = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CopydeskError('internal', `Copydesk could not read its story stylesheet ${path}: ${reason}`, { path });
  }
  return cached;
}
