// The copydesk-media scheme asked for files outside a story's media folder in every spelling an address
// allows: "..", encoded dots and slashes, backslashes raw and encoded, absolute paths, a NUL, a hostile host.
// Each gets a 404, and the files beside the media folder are never sent.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CopydeskError } from '../../../shared/errors.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { serveMedia } = await import('../../../electron/shell/media-protocol.ts');

const storyId = '01hzy3k7d8q9r2s4t6v8w0x2yz';
const file = `${'ab'.repeat(32)}.png`;
let root: string;
let storyFolder: string;

const library = {
  folderOf(id: string) {
    if (id !== storyId) throw new CopydeskError('not-found', `There is no story with id ${id}.`);
    return storyFolder;
  },
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-media-hostile-'));
  storyFolder = join(root, '2026-story');
  await mkdir(join(storyFolder, 'media'), { recursive: true });
  await writeFile(join(storyFolder, 'media', file), 'the picture');
  await writeFile(join(storyFolder, 'story.json'), 'SECRET story file');
  await writeFile(join(root, 'secret.txt'), 'SECRET beside the library');
});

afterAll(() => rm(root, { recursive: true, force: true }));

const base = `copydesk-media://${storyId}`;

describe('serveMedia() with addresses that try to leave the media folder', () => {
  it.each([
    `${base}/../story.json`,
    `${base}/%2e%2e/story.json`,
    `${base}/.%2E/story.json`,
    `${base}/%2e%2e%2fstory.json`,
    `${base}/..%2f..%2fsecret.txt`,
    `${base}/..\\story.json`,
    `${base}/..%5cstory.json`,
    `${base}/%5c..%5c..%5csecret.txt`,
    `${base}//etc/passwd`,
    `${base}/${encodeURIComponent('/etc/passwd')}`,
    `${base}/${file}/../../story.json`,
    `${base}/${file}%00.html`,
    `${base}/${file}\u0000.html`,
    `${base}/media/${file}`,
    `copydesk-media://%2e%2e/${file}`,
    `copydesk-media://${storyId}%2f..%2f/${file}`,
    `copydesk-media://../${file}`,
    `copydesk-media:///${storyId}/${file}`,
  ])('answers 404 to %j and sends nothing from outside', async (url) => {
    const response = await serveMedia(library, { url, method: 'GET', headers: new Headers() });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/SECRET|the picture/);
  });

  it('still serves the picture at its own address', async () => {
    const response = await serveMedia(library, { url: `${base}/${file}`, method: 'GET', headers: new Headers() });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('the picture');
  });
});
