// A saved page's picture addresses written to climb out of the page's folder in every way an address can be
// spelled: "../", encoded dots and slashes, backslashes (which a browser reads as slashes), absolute and UNC
// paths, and a NUL that would cut the name short. None may read the secret picture beside the folder.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPictureLoader } from '../../../electron/import/picture-loader.ts';
import { rejection, useTempFolders } from '../helpers/temp-library.ts';

const JPEG = join(import.meta.dirname, '../../fixtures/media/street-12x8.jpg');

describe('createPictureLoader() with addresses that try to leave the page’s folder', () => {
  const tempFolder = useTempFolders();

  /** page_files/ holds a picture; secret.jpg sits one level above the page's folder, and two. */
  async function savedPage() {
    const outside = await tempFolder();
    const folder = join(outside, 'Downloads', 'saved');
    await mkdir(join(folder, 'page_files'), { recursive: true });
    const jpeg = await readFile(JPEG);
    await writeFile(join(folder, 'page_files', 'photo.jpg'), jpeg);
    await writeFile(join(outside, 'Downloads', 'secret.jpg'), jpeg);
    await writeFile(join(outside, 'secret.jpg'), jpeg);
    return { folder, outside };
  }

  it.each([
    ['../secret.jpg'],
    ['page_files/../../secret.jpg'],
    ['%2e%2e/secret.jpg'],
    ['%2E%2E%2F%2E%2E%2Fsecret.jpg'],
    ['..%2fsecret.jpg'],
    ['..\\secret.jpg'],
    ['page_files\\..\\..\\..\\secret.jpg'],
    ['..%5csecret.jpg'],
    ['%5c%5cserver%5cshare%5csecret.jpg'],
    ['\\\\server\\share\\secret.jpg'],
    ['/etc/passwd'],
    ['C:\\Windows\\win.ini'],
  ])('refuses %j as pointing outside the page’s folder', async (ref) => {
    const { folder } = await savedPage();
    const error = await rejection(createPictureLoader({ baseFolder: folder })(ref));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/outside the page's folder/);
  });

  it.each([['page_files/photo.jpg%00.png'], ['../secret.jpg%00'], ['page_files/photo.jpg\u0000']])('refuses %j, whose NUL would cut the name short', async (ref) => {
    const { folder } = await savedPage();
    const error = await rejection(createPictureLoader({ baseFolder: folder })(ref));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/holds a NUL character/);
    expect(error.message).not.toContain('\u0000');
  });

  it('still reads a picture inside the folder however its slashes are written', async () => {
    const { folder } = await savedPage();
    const load = createPictureLoader({ baseFolder: folder });
    const jpeg = await readFile(JPEG);
    for (const ref of ['page_files/photo.jpg', 'page_files\\photo.jpg', 'page_files%2fphoto.jpg', './page_files/../page_files/photo.jpg']) {
      expect(Buffer.from(await load(ref)).equals(jpeg), ref).toBe(true);
    }
  });
});
