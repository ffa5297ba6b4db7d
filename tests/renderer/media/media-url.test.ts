// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { mediaKindOf, mediaUrl, runningInElectron } from '../../../renderer/src/media/media-url.ts';

const STORY = '01jq0000000000000000000000';
const FILE = `${'ab'.repeat(32)}.jpg`;

afterEach(() => {
  delete window.copydesk;
});

describe('mediaUrl()', () => {
  it('gives the browser host’s /media/<story>/<file> address in a plain browser', () => {
    expect(runningInElectron()).toBe(false);
    expect(mediaUrl(STORY, FILE)).toBe(`/media/${STORY}/${FILE}`);
  });

  it('gives the shell’s copydesk-media:// address when the preload put window.copydesk there', () => {
    window.copydesk = {} as CopydeskBridge;
    expect(runningInElectron()).toBe(true);
    expect(mediaUrl(STORY, FILE)).toBe(`copydesk-media://${STORY}/${FILE}`);
  });

  it('can be told which one to make', () => {
    expect(mediaUrl(STORY, FILE, { electron: true })).toBe(`copydesk-media://${STORY}/${FILE}`);
    expect(mediaUrl(STORY, FILE, { electron: false })).toBe(`/media/${STORY}/${FILE}`);
  });

  it.each([
    ['a path in the file name', STORY, '../story.json'],
    ['a file name Copydesk did not make', STORY, 'photo.jpg'],
    ['an upper-case hash', STORY, `${'AB'.repeat(32)}.jpg`],
    ['an extension it does not store', STORY, `${'ab'.repeat(32)}.exe`],
    ['a story id with a slash', `${STORY}/..`, FILE],
    ['an empty story id', '', FILE],
  ])('gives no address for %s', (_what, storyId, file) => {
    expect(mediaUrl(storyId, file)).toBeNull();
  });
});

describe('mediaKindOf()', () => {
  it.each([
    ['x.jpg', 'image'],
    ['x.webp', 'image'],
    ['x.mp4', 'video'],
    ['x.webm', 'video'],
  ] as const)('calls %s %s', (file, kind) => {
    expect(mediaKindOf(file)).toBe(kind);
  });
});
