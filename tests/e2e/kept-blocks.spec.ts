// A real story with a formatted paragraph, a subhead, a quote, a list and a video: the plain form shows
// what it cannot edit, and editing the rest never changes those blocks on disk.

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';

const FIXTURE = 'tests/fixtures/stories/courthouse-arrests.json';
test.use({ seedStories: [FIXTURE] });

test('blocks the form cannot edit are shown in place and saved unchanged when the rest is edited', async ({ page, host }) => {
  await mkdir(SHOTS_DIR, { recursive: true });
  const original = JSON.parse(await readFile(FIXTURE, 'utf8')) as { headline: string; body: unknown[] };

  await page.goto(host.url);
  await page.getByRole('link', { name: new RegExp(original.headline) }).click();
  await expect(page.getByText('Subhead · kept as it is')).toBeVisible();
  await expect(page.getByText('Quote · kept as it is')).toBeVisible();
  await expect(page.getByText('Video · kept as it is')).toBeVisible();
  await expect(page.getByText('Formatted paragraph · kept as it is')).toBeVisible();

  await page.getByLabel('Body', { exact: true }).fill('A closing paragraph added by the desk.');
  await page.getByLabel('Headline', { exact: true }).fill('Courthouse arrests will continue, officials say');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  await page.screenshot({ path: join(SHOTS_DIR, 'kept-blocks-1280.png'), fullPage: true });

  const [folder] = await storyFolders(host.libraryDir);
  const saved = await readStoryFile(host.libraryDir, folder!);
  expect(saved.headline).toBe('Courthouse arrests will continue, officials say');
  expect(saved.body).toEqual([
    ...original.body,
    { type: 'paragraph', children: [{ text: 'A closing paragraph added by the desk.' }] },
  ]);
});
