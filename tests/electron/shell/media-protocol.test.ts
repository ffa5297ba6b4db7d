import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CopydeskError } from '../../../shared/errors.ts';
import { electron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { MEDIA_SCHEME_PRIVILEGES, serveMedia, setupMediaProtocol, parseRange } = await import(
  '../../../electron/shell/media-protocol.ts'
);
const { parseMediaUrl } = await import('../../../electron/shell/media-url.ts');

const storyId = '01hzy3k7d8q9r2s4t6v8w0x2yz';
const file = `${'ab'.repeat(32)}.png`;
const bytes = Buffer.from('0123456789abcdefghij');
let root: string;
let storyFolder: string;

const library = {
  folderOf(id: string) {
    if (id !== storyId) throw new CopydeskError('not-found', `There is no story with id ${id}.`);
    return storyFolder;
  },
};

function get(url: string, headers: Record<string, string> = {}) {
  return serveMedia(library, { url, method: 'GET', headers: new Headers(headers) });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-media-'));
  storyFolder = join(root, '2026-story');
  await mkdir(join(storyFolder, 'media'), { recursive: true });
  await writeFile(join(storyFolder, 'media', file), bytes);
  await writeFile(join(root, 'secret.txt'), 'not for the page');
  await writeFile(join(storyFolder, 'story.json'), '{}');
  await writeFile(join(storyFolder, 'media', 'notes.txt'), 'not a picture');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('MEDIA_SCHEME_PRIVILEGES', () => {
  it('makes copydesk-media a standard, secure, streaming scheme that does not bypass the CSP', () => {
    expect(MEDIA_SCHEME_PRIVILEGES).toEqual({
      scheme: 'copydesk-media',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    });
  });
});

describe('setupMediaProtocol()', () => {
  it('answers the scheme from the story media folder', async () => {
    setupMediaProtocol(library);
    const handler = electron.protocol.handlers.get('copydesk-media')!;
    const response = await handler(new Request(`copydesk-media://${storyId}/${file}`));
    expect(response.status).toBe(200);
  });
});

describe('serveMedia()', () => {
  it('serves a picture from the story media folder with its type', async () => {
    const response = await get(`copydesk-media://${storyId}/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it.each([
    [`copydesk-media://${storyId}/../story.json`],
    [`copydesk-media://${storyId}/../../secret.txt`],
    [`copydesk-media://${storyId}/..%2F..%2Fsecret.txt`],
    [`copydesk-media://${storyId}/%2e%2e/story.json`],
    [`copydesk-media://${storyId}/media/${file}`],
    [`copydesk-media://${storyId}/..\\story.json`],
    [`copydesk-media://${storyId}/story.json`],
    [`copydesk-media://../${file}`],
  ])('refuses %s, which is not a media file name Copydesk made', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
  });

  it('answers 404 for a story that is not in the library or a file that is not in its folder', async () => {
    expect((await get(`copydesk-media://0000000000000000000000000a/${file}`)).status).toBe(404);
    expect((await get(`copydesk-media://${storyId}/${'cd'.repeat(32)}.jpg`)).status).toBe(404);
  });

  it('serves byte ranges, so a video can seek', async () => {
    const response = await get(`copydesk-media://${storyId}/${file}`, { Range: 'bytes=5-9' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 5-9/${bytes.length}`);
    expect(await response.text()).toBe('56789');
  });

  it('answers 416 for a range beyond the end of the file', async () => {
    const response = await get(`copydesk-media://${storyId}/${file}`, { Range: 'bytes=500-' });
    expect(response.status).toBe(416);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveMedia(library, { url: `copydesk-media://${storyId}/${file}`, method: 'POST', headers: new Headers() });
    expect(response.status).toBe(405);
  });
});

describe('parseRange()', () => {
  it('reads a start-end range, an open-ended one and a suffix', () => {
    expect(parseRange('bytes=0-3', 10)).toEqual({ start: 0, end: 3 });
    expect(parseRange('bytes=4-', 10)).toEqual({ start: 4, end: 9 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=8-100', 10)).toEqual({ start: 8, end: 9 });
  });

  it('sends the whole file for a missing or multi-part range', () => {
    expect(parseRange(null, 10)).toBeNull();
    expect(parseRange('bytes=0-1,4-5', 10)).toBeNull();
  });
});

describe('parseMediaUrl()', () => {
  it('reads the story id and the file name', () => {
    expect(parseMediaUrl(`copydesk-media://${storyId}/${file}`)).toEqual({ storyId, file });
  });

  it('refuses other schemes, ports and credentials', () => {
    expect(parseMediaUrl(`file://${storyId}/${file}`)).toBeNull();
    expect(parseMediaUrl(`copydesk-media://${storyId}:80/${file}`)).toBeNull();
    expect(parseMediaUrl(`copydesk-media://user@${storyId}/${file}`)).toBeNull();
  });

  it('refuses any file name Copydesk does not make, so nothing else in a media folder is ever sent', async () => {
    for (const name of ['notes.txt', 'story.json', `${'AB'.repeat(32)}.png`, `${'ab'.repeat(32)}.html`, `${'ab'.repeat(31)}.png`, `media/${file}`]) {
      expect(parseMediaUrl(`copydesk-media://${storyId}/${name}`), name).toBeNull();
    }
    expect((await get(`copydesk-media://${storyId}/notes.txt`)).status).toBe(404);
  });
});
