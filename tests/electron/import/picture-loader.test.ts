import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPictureLoader } from '../../../electron/import/picture-loader.ts';
import { rejection, useTempFolders } from '../helpers/temp-library.ts';

const JPEG = join(import.meta.dirname, '../../fixtures/media/street-12x8.jpg');

describe('createPictureLoader()', () => {
  const tempFolder = useTempFolders();

  /** A saved page's folder: page.html beside page_files/ with a picture, and a secret one level up. */
  async function savedPage() {
    const outside = await tempFolder();
    const folder = join(outside, 'Downloads');
    await mkdir(join(folder, 'My Page_files'), { recursive: true });
    const jpeg = await readFile(JPEG);
    await writeFile(join(folder, 'My Page_files', 'photo 1.jpg'), jpeg);
    await writeFile(join(outside, 'secret.jpg'), jpeg);
    return { folder, outside, jpeg };
  }

  it('decodes data: URIs, base64 or not', async () => {
    const load = createPictureLoader();
    expect(Buffer.from(await load('data:image/png;base64,iVBORw0KGgo=')).toString('hex')).toBe('89504e470d0a1a0a');
    expect(Buffer.from(await load('data:image/svg+xml,%3Csvg%2F%3E')).toString()).toBe('<svg/>');
  });

  it('reads a picture from the saved page’s folder, its escaped path decoded', async () => {
    const { folder, jpeg } = await savedPage();
    const load = createPictureLoader({ baseFolder: folder });
    expect(Buffer.from(await load('./My%20Page_files/photo%201.jpg?v=3#x')).equals(jpeg)).toBe(true);
  });

  it('never downloads a picture on the web', async () => {
    const error = await rejection(createPictureLoader({ baseFolder: '/tmp' })('https://cdn.example/p.jpg'));
    expect(error.message).toBe('the picture is on the web (https://cdn.example/p.jpg) and Copydesk works offline, so it was not downloaded');
    await expect(createPictureLoader()('//cdn.example/p.jpg')).rejects.toMatchObject({ message: expect.stringContaining('on the web') });
  });

  it('refuses file:, javascript: and other addresses', async () => {
    const load = createPictureLoader({ baseFolder: '/tmp' });
    for (const ref of ['file:///etc/passwd', 'javascript:alert(1)', 'blob:https://x/1', 'cid:image001']) {
      await expect(load(ref)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('not a picture file Copydesk may read') });
    }
  });

  it('refuses any path out of the page’s folder: "..", absolute paths, and links that lead out', async () => {
    const { folder, outside } = await savedPage();
    await symlink(join(outside, 'secret.jpg'), join(folder, 'My Page_files', 'innocent.jpg'));
    const load = createPictureLoader({ baseFolder: folder });
    for (const ref of ['../secret.jpg', 'My%20Page_files/../../secret.jpg', join(outside, 'secret.jpg'), '/etc/passwd', 'My Page_files/innocent.jpg']) {
      await expect(load(ref), ref).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/outside the page's folder/) });
    }
  });

  it('says when the picture is not in the folder, or the folder cannot be reached at all', async () => {
    const { folder } = await savedPage();
    await expect(createPictureLoader({ baseFolder: folder })('My Page_files/missing.jpg')).rejects.toMatchObject({
      code: 'not-found',
      message: "the picture file My Page_files/missing.jpg is not in the page's folder",
    });
    await expect(createPictureLoader()('My Page_files/photo 1.jpg')).rejects.toMatchObject({
      message: expect.stringContaining('saved beside the page, in a folder Copydesk cannot reach'),
    });
  });
});
