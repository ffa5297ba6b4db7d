// The editor issue's "done when", as a new user would try it in the browser host: a whole story with
// highlights, three photos with captions and credits and a video; a Word document and a Google Docs document
// pasted in; undo and redo; a reload — and everything is there, on screen and in the story folder on disk.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';
import { pasteHtml } from './fixtures/clipboard-and-drop.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const PICTURES = ['harbour-16x10.png', 'street-12x8.jpg', 'pasted-10x10.png'].map((name) => join(FIXTURES, 'media', name));

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});


async function typeInto(page: Page, field: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
  await field.click();
  await page.keyboard.type(text);
}

const sha256Name = async (path: string) =>
  `${createHash('sha256').update(await readFile(path)).digest('hex')}.${path.endsWith('.jpg') ? 'jpg' : 'png'}`;

test('a whole story — highlights, three credited photos, a video, Word and Google Docs pastes — survives undo, redo and a reload', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();

  // Headline, subheadline, three highlights, byline, dateline — all from the keyboard.
  await page.keyboard.type('Storm closes the harbour for a third day');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ferries stay in port as gusts reach 90 km/h.');
  await page.keyboard.press('Enter');
  for (const highlight of ['Ferries cancelled until Thursday', 'Lorries queue on the A20', 'The port expects to reopen Friday']) {
    await page.keyboard.type(highlight);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter'); // an empty bullet moves on to the byline
  await page.keyboard.type('Ana Ruiz');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('DOVER');
  await page.keyboard.press('Enter');
  await page.keyboard.type('AP');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The port of Dover closed for a third day on Wednesday, officials said.');

  // A Word document, then a Google Docs document, pasted after the first paragraph.
  const body = page.getByLabel('Body', { exact: true });
  await page.keyboard.press('Enter');
  await pasteHtml(page, await readFile(join(FIXTURES, 'clipboard', 'word-mac-nested-mixed-list.html'), 'utf8'));
  await expect(body.locator('ul').first()).toContainText('A1');
  await pasteHtml(page, await readFile(join(FIXTURES, 'clipboard', 'google-docs-safari-formatting.html'), 'utf8'));
  await expect(body.getByRole('heading', { level: 2, name: 'This is a heading' })).toBeVisible();
  await expect(body.getByText('•')).toHaveCount(0); // no Word bullet glyphs in the text

  // Undo takes the Google Docs paste back in one step; redo restores it.
  await page.keyboard.press('Control+z');
  await expect(body.getByRole('heading', { level: 2, name: 'This is a heading' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(body.getByRole('heading', { level: 2, name: 'This is a heading' })).toBeVisible();


  // Three photos from the file dialog, each captioned and credited.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert photo' }).click();
  await (await chooser).setFiles(PICTURES);
  const expectedMedia = await Promise.all(PICTURES.map(sha256Name));
  for (const file of expectedMedia) await expect(body.locator(`img[src$="/${file}"]`)).toBeVisible();
  const photos = [
    { caption: 'Waves break over the harbour wall in Dover, England, on Wednesday, Nov. 25, 2026.', photographer: 'Kirsty Wigglesworth', organisation: 'AP' },
    { caption: 'Lorries queue on the A20 outside Dover on Wednesday.', photographer: 'Ben Stansall', organisation: 'AFP' },
    { caption: 'A closed ticket office at the ferry terminal.', photographer: 'Dan Kitwood', organisation: 'Getty Images' },
  ];
  for (const [index, photo] of photos.entries()) {
    await typeInto(page, body.getByLabel('Caption').nth(index), photo.caption);
    await typeInto(page, body.getByLabel('Credit: photographers').nth(index), photo.photographer);
    await typeInto(page, body.getByLabel('Credit: organisation').nth(index), photo.organisation);
  }

  // A lead video with title, duration, caption and credit.
  await page.getByRole('button', { name: 'Add a lead video' }).click();
  const lead = page.getByLabel('Lead media', { exact: true });
  await typeInto(page, lead.getByLabel('Video title'), 'Waves batter the Dover coast');
  await typeInto(page, lead.getByLabel('Duration'), '01:17');
  await typeInto(page, lead.getByLabel('Caption').last(), 'Drone footage of the harbour.');
  await typeInto(page, lead.getByLabel('Credit: organisation').last(), 'CNN');

  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^Saved at/, { timeout: 10_000 });
  await page.screenshot({ path: join(SHOTS_DIR, 'editor-whole-story-1280.png'), fullPage: true });

  // On disk.
  const [folder] = await storyFolders(host.libraryDir);
  const story = (await readStoryFile(host.libraryDir, folder!)) as { body: { type: string }[] } & Record<string, unknown>;
  expect(folder).toMatch(/-storm-closes-the-harbour-for$/);
  expect(story).toMatchObject({
    headline: 'Storm closes the harbour for a third day',
    subheadline: 'Ferries stay in port as gusts reach 90 km/h.',
    highlights: ['Ferries cancelled until Thursday', 'Lorries queue on the A20', 'The port expects to reopen Friday'],
    byline: [{ name: 'Ana Ruiz' }],
    dateline: { location: 'DOVER', source: 'AP' },
    lead: { type: 'video', title: 'Waves batter the Dover coast', durationSeconds: 77, caption: 'Drone footage of the harbour.', credit: { organization: 'CNN' } },
  });
  const savedPhotos = story.body.filter((block) => block.type === 'photo');
  expect(savedPhotos).toEqual(
    photos.map((photo, index) =>
      expect.objectContaining({
        media: expectedMedia[index],
        caption: photo.caption,
        credit: expect.objectContaining({ photographers: [photo.photographer], organization: photo.organisation }),
      }),
    ),
  );
  expect(story.body.map((block) => block.type)).toEqual(
    expect.arrayContaining(['paragraph', 'photo', 'list', 'subhead']),
  );
  expect((await readdir(join(host.libraryDir, folder!, 'media'))).sort()).toEqual([...expectedMedia].sort());

  // After a reload, on screen.
  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Storm closes the harbour for a third day');
  await expect(page.getByLabel('Highlights', { exact: true }).getByRole('listitem')).toHaveCount(3);
  for (const file of expectedMedia) await expect(page.getByLabel('Body', { exact: true }).locator(`img[src$="/${file}"]`)).toBeVisible();
  await expect(page.getByLabel('Body', { exact: true }).getByLabel('Caption').first()).toHaveText(photos[0]!.caption);
  await expect(page.getByLabel('Lead media', { exact: true }).getByLabel('Duration')).toHaveText('01:17');
  await expect(page.getByLabel('Body', { exact: true }).getByRole('heading', { level: 2, name: 'This is a heading' })).toBeVisible();
});
