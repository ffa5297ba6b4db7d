// An export that fails half-way through replacing an older one leaves the older one exactly as it was. The
// failures are injected into node:fs/promises: a full disk while copying a picture, or while moving the
// new file into place.

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejection, useTempFolders } from '../helpers/temp-library.ts';
import { HOUSE_STYLE, picturedStory } from './export-harness.ts';

/** The next call to each whose target path matches fails with ENOSPC (once). */
const failing: { copyFile: RegExp | null; rename: RegExp | null } = { copyFile: null, rename: null };

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const diskFull = (path: unknown) => Object.assign(new Error(`ENOSPC: no space left on device, '${String(path)}'`), { code: 'ENOSPC' });
  const wrapped = {
    ...actual,
    copyFile: async (...args: Parameters<typeof actual.copyFile>) => {
      if (failing.copyFile?.test(String(args[1]))) {
        failing.copyFile = null;
        throw diskFull(args[1]);
      }
      return actual.copyFile(...args);
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      if (failing.rename?.test(String(args[1]))) {
        failing.rename = null;
        throw diskFull(args[1]);
      }
      return actual.rename(...args);
    },
  };
  return { ...wrapped, default: wrapped };
});

const { exportStory } = await import('../../../electron/export/export-story.ts');

const tempFolder = useTempFolders();

afterEach(() => {
  failing.copyFile = null;
  failing.rename = null;
});

describe('exportStory(): a failure while overwriting', () => {
  it('keeps the old folder whole when copying a picture fails, and removes the half-built one', async () => {
    const root = await tempFolder();
    const { story, folder, pictures } = await picturedStory(root);
    const destination = join(root, 'exports', 'harbour');
    await mkdir(join(destination, 'media'), { recursive: true });
    await writeFile(join(destination, 'index.html'), 'the export from yesterday');
    await writeFile(join(destination, 'media', 'old.jpg'), 'old picture');
    failing.copyFile = new RegExp(pictures[1]!);

    const error = await rejection(
      exportStory({ story, storyFolder: folder, format: 'html-folder', destination, houseStyle: HOUSE_STYLE, overwrite: true }),
    );

    expect(error.code).toBe('disk-full');
    expect(error.details.path).toContain(pictures[1]);
    expect(await readFile(join(destination, 'index.html'), 'utf8')).toBe('the export from yesterday');
    expect(await readdir(join(destination, 'media'))).toEqual(['old.jpg']);
    expect(await readdir(join(root, 'exports'))).toEqual(['harbour']);
  });

  it('puts the old folder back when the new one cannot be moved into its place', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const destination = join(root, 'exports', 'harbour');
    await mkdir(destination, { recursive: true });
    await writeFile(join(destination, 'index.html'), 'the export from yesterday');
    // The swap's second step, the new folder onto the destination (the first moves the old one to a hidden name).
    failing.rename = /[\\/]harbour$/;

    const error = await rejection(
      exportStory({ story, storyFolder: folder, format: 'html-folder', destination, houseStyle: HOUSE_STYLE, overwrite: true }),
    );

    expect(error.code).toBe('disk-full');
    expect(await readFile(join(destination, 'index.html'), 'utf8')).toBe('the export from yesterday');
    expect(await readdir(join(root, 'exports'))).toEqual(['harbour']);
  });

  it('keeps the old file when the new one cannot be moved over it', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const destination = join(root, 'harbour.html');
    await writeFile(destination, 'the export from yesterday');
    failing.rename = /harbour\.html$/;

    const error = await rejection(exportStory({ story, storyFolder: folder, format: 'html', destination, houseStyle: HOUSE_STYLE, overwrite: true }));

    expect(error).toMatchObject({ code: 'disk-full', details: { path: destination } });
    expect(await readFile(destination, 'utf8')).toBe('the export from yesterday');
    expect((await readdir(root)).sort()).toEqual(['harbour.html', 'library']);
  });
});
