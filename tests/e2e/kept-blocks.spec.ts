// A real story with a formatted paragraph, a subhead, a quote, a nested list, a photo and videos: the
// editor shows every block as editable parts of the story, and editing elsewhere never changes them on disk.

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';

const FIXTURE = 'tests/fixtures/stories/courthouse-arrests.json';
test.use({ seedStories: [FIXTURE] });

test('every block is shown in the editor and saved unchanged when the rest is edited', async ({ page, host }) => {
  await mkdir(SHOTS_DIR, { recursive: true });
  const original = JSON.parse(await readFile(FIXTURE, 'utf8')) as { headline: string; body: unknown[]; lead: unknown; relatedVideos: unknown[] };

  await page.goto(host.url);
  await page.getByRole('link', { name: new RegExp(original.headline) }).click();
  const body = page.getByLabel('Body', { exact: true });
  await expect(body.getByRole('heading', { level: 2 })).toHaveText('A letter to California');
  await expect(body.locator('blockquote')).toContainText('Our courthouses serve as a vital forum');
  await expect(body.getByLabel('Attribution')).toHaveText('Tani Cantil-Sakauye');
  await expect(body.locator('em')).toHaveText('sanctuary');
  await expect(body.getByRole('link', { name: 'ICE' })).toHaveAttribute('href', 'https://www.ice.gov/');
  await expect(body.getByLabel('Video').getByLabel('Video title')).toHaveText("ICE releases 'Dreamer' Daniel Ramirez Medina");
  await expect(page.getByLabel('Lead media').getByLabel('Alt text')).toContainText('green marble wall');

  // A closing paragraph at the end of the body (after the video), and a new headline.
  await body.getByLabel('Video').getByLabel('Credit: copyright').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A closing paragraph added by the desk.');
  await page.getByLabel('Headline', { exact: true }).fill('Courthouse arrests will continue, officials say');
  // The save status in the top bar (the photo's "missing picture" note is a status of its own).
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^Saved at/);
  await page.screenshot({ path: join(SHOTS_DIR, 'kept-blocks-1280.png'), fullPage: true });

  const [folder] = await storyFolders(host.libraryDir);
  const saved = await readStoryFile(host.libraryDir, folder!);
  expect(saved.headline).toBe('Courthouse arrests will continue, officials say');
  expect(saved.body).toEqual([...original.body, { type: 'paragraph', children: [{ text: 'A closing paragraph added by the desk.' }] }]);
  expect(saved.lead).toEqual(original.lead);
  expect(saved.relatedVideos).toEqual(original.relatedVideos);
});
