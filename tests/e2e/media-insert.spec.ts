// Photos in the real editor against a real library: chosen in the file dialog, dropped on the text, pasted
// from the clipboard. Each lands in the story folder's media/ under the SHA-256 of its bytes, shows in the
// editor, and is in story.json where it was put.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';

const MEDIA_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/media');
const PNG = join(MEDIA_FIXTURES, 'harbour-16x10.png');
const JPEG = join(MEDIA_FIXTURES, 'street-12x8.jpg');
const PASTED = join(MEDIA_FIXTURES, 'pasted-10x10.png');
const NOT_A_PICTURE = join(MEDIA_FIXTURES, 'not-a-picture.png');

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

async function stored(path: string, extension: string): Promise<string> {
  return `${createHash('sha256').update(await readFile(path)).digest('hex')}.${extension}`;
}

async function mediaOnDisk(libraryDir: string): Promise<string[]> {
  const [folder] = await storyFolders(libraryDir);
  if (!folder) return [];
  return (await readdir(join(libraryDir, folder, 'media')).catch(() => [] as string[])).filter((name) => !name.startsWith('.'));
}

async function bodyOnDisk(libraryDir: string): Promise<{ type: string; media?: string; children?: { text: string }[] }[]> {
  const [folder] = await storyFolders(libraryDir);
  return (await readStoryFile(libraryDir, folder!)).body as { type: string; media?: string }[];
}

/** A new story with two paragraphs in the body; answers the body region. */
async function storyWithTwoParagraphs(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused(); // the caret starts in the headline
  await page.keyboard.type('Harbour storm');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Harbour storm');
  const body = page.getByLabel('Body', { exact: true });
  await body.click();
  await page.keyboard.type('First paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph.');
  await expect(body.locator('p')).toHaveText(['First paragraph.', 'Second paragraph.']);
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  return body;
}

/** Drops (or pastes) a file from the test's disk in the page, as the browser would hand it over. */
async function transferInPage(
  page: Page,
  kind: 'drop' | 'paste',
  file: { path: string; name: string; type: string },
  target: Locator,
): Promise<void> {
  const base64 = (await readFile(file.path)).toString('base64');
  const box = (await target.boundingBox())!;
  await target.evaluate(
    (element, { base64, name, type, kind, x, y }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type }));
      if (kind === 'paste') {
        const editable = document.activeElement ?? element;
        editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        return;
      }
      const at = document.elementFromPoint(x, y) ?? element;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        at.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, clientX: x, clientY: y }));
      }
    },
    { base64, name: file.name, type: file.type, kind, x: box.x + box.width - 2, y: box.y + box.height / 2 },
  );
}

test('a photo chosen in the file dialog goes into media/ under its SHA-256, shows in the body, and is saved', async ({
  page,
  host,
}) => {
  const body = await storyWithTwoParagraphs(page, host.url);
  await body.getByText('First paragraph.').click();
  await page.keyboard.press('End');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert photo' }).click();
  await (await chooser).setFiles(PNG);

  const expected = await stored(PNG, 'png');
  const picture = body.locator(`img[src$="/${expected}"]`);
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(16);
  await expect.poll(() => mediaOnDisk(host.libraryDir)).toEqual([expected]);
  const [folder] = await storyFolders(host.libraryDir);
  expect(await readFile(join(host.libraryDir, folder!, 'media', expected))).toEqual(await readFile(PNG));

  // The photo sits after the paragraph the cursor was in, with its caption ready to type into.
  await page.keyboard.type('Waves break over the harbour wall.');
  await expect(body.getByRole('group', { name: 'Caption' })).toHaveText('Waves break over the harbour wall.');
  await expect
    .poll(async () => (await bodyOnDisk(host.libraryDir)).map((block) => [block.type, block.media ?? null, (block as { caption?: string }).caption ?? null]))
    .toEqual([
      ['paragraph', null, null],
      ['photo', expected, 'Waves break over the harbour wall.'],
      ['paragraph', null, null],
    ]);
  await page.screenshot({ path: join(SHOTS_DIR, 'media-photo-inserted-1280.png'), fullPage: true });

  await page.reload();
  await expect(page.getByLabel('Body', { exact: true }).locator(`img[src$="/${expected}"]`)).toBeVisible();
});

test('a picture dropped on the text is imported and inserted after the paragraph it was dropped on', async ({
  page,
  host,
}) => {
  const body = await storyWithTwoParagraphs(page, host.url);
  await transferInPage(page, 'drop', { path: JPEG, name: 'street.jpg', type: 'image/jpeg' }, body.getByText('First paragraph.'));

  const expected = await stored(JPEG, 'jpg');
  await expect(body.locator(`img[src$="/${expected}"]`)).toBeVisible();
  await expect.poll(() => mediaOnDisk(host.libraryDir)).toEqual([expected]);
  await expect.poll(async () => (await bodyOnDisk(host.libraryDir)).map((block) => block.type)).toEqual([
    'paragraph',
    'photo',
    'paragraph',
  ]);
  // The browser did not navigate to the dropped file.
  expect(page.url()).toContain('#/story/');
});

test('a pasted picture (a screenshot on the clipboard) is imported and inserted after the cursor’s paragraph', async ({
  page,
  host,
}) => {
  const body = await storyWithTwoParagraphs(page, host.url);
  await body.getByText('Second paragraph.').click();
  await transferInPage(page, 'paste', { path: PASTED, name: 'image.png', type: 'image/png' }, body);

  const expected = await stored(PASTED, 'png');
  await expect(body.locator(`img[src$="/${expected}"]`)).toBeVisible();
  await expect.poll(() => mediaOnDisk(host.libraryDir)).toEqual([expected]);
  await expect.poll(async () => (await bodyOnDisk(host.libraryDir)).map((block) => block.type)).toEqual([
    'paragraph',
    'paragraph',
    'photo',
  ]);
});

test('a file that is not a picture is refused by its bytes, with a message, and nothing is inserted', async ({ page, host }) => {
  const body = await storyWithTwoParagraphs(page, host.url);
  await transferInPage(page, 'drop', { path: NOT_A_PICTURE, name: 'not-a-picture.png', type: 'image/png' }, body.getByText('First paragraph.'));

  // The library judges by the bytes (the name and the type the browser gave say PNG).
  await expect(page.getByRole('alert')).toContainText(/.not-a-picture\.png. is not a picture or video Copydesk can use/);
  expect(await mediaOnDisk(host.libraryDir)).toEqual([]);
  await expect(body.getByRole('img')).toHaveCount(0);
});

test('"Add a lead photo" fills the lead with the chosen picture', async ({ page, host }) => {
  await storyWithTwoParagraphs(page, host.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add a lead photo' }).click();
  await (await chooser).setFiles(JPEG);

  const expected = await stored(JPEG, 'jpg');
  await expect(page.locator(`img[src$="/${expected}"]`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a lead photo' })).toHaveCount(0);
  await expect
    .poll(async () => {
      const [folder] = await storyFolders(host.libraryDir);
      return ((await readStoryFile(host.libraryDir, folder!)).lead as { media?: string } | null)?.media;
    })
    .toBe(expected);
});
