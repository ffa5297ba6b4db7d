import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStoryStylesheet, loadStoryStylesheet } from '../../../electron/export/story-stylesheet.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();
const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** An app folder as the bundle or app.asar has it: package.json, assets/styles/story.css and out/main/. */
async function appFolder(root: string): Promise<string> {
  await mkdir(join(root, 'assets', 'styles'), { recursive: true });
  await mkdir(join(root, 'out', 'main'), { recursive: true });
  await writeFile(join(root, 'package.json'), '{}');
  await writeFile(join(root, 'assets', 'styles', 'story.css'), 'body { color: black; }');
  return root;
}

describe('loadStoryStylesheet()', () => {
  it('reads assets/styles/story.css when run from the sources', () => {
    expect(loadStoryStylesheet()).toBe(readFileSync(join(PROJECT_ROOT, 'assets', 'styles', 'story.css'), 'utf8'));
  });

  it('reads the file once and answers the same text afterwards', () => {
    expect(loadStoryStylesheet()).toBe(loadStoryStylesheet());
  });
});

describe('findStoryStylesheet()', () => {
  it('finds the stylesheet from the electron-vite bundle (out/main) by walking up to the app folder', async () => {
    const root = await appFolder(join(await tempFolder(), 'app.asar'));
    expect(findStoryStylesheet(join(root, 'out', 'main'))).toBe(join(root, 'assets', 'styles', 'story.css'));
  });

  it('finds it from the source folder electron/export', () => {
    expect(findStoryStylesheet(join(PROJECT_ROOT, 'electron', 'export'))).toBe(join(PROJECT_ROOT, 'assets', 'styles', 'story.css'));
  });

  it('passes over a stylesheet with no package.json beside it', async () => {
    const root = await appFolder(await tempFolder());
    const inner = join(root, 'out', 'main');
    await mkdir(join(inner, 'assets', 'styles'), { recursive: true });
    await writeFile(join(inner, 'assets', 'styles', 'story.css'), 'stray');
    expect(findStoryStylesheet(inner)).toBe(join(root, 'assets', 'styles', 'story.css'));
  });

  it('answers null when no folder above holds the stylesheet', async () => {
    const folder = join(await tempFolder(), 'nowhere');
    await mkdir(folder);
    expect(findStoryStylesheet(folder)).toBeNull();
  });
});
