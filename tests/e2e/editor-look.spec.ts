// The editor as a person sees it: a new story, and a real one with every kind of block — screenshots for
// looking at, and checks that every region and field has its name.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, SHOTS_DIR, test } from './fixtures/host.ts';

test.use({ seedStories: ['tests/fixtures/stories/courthouse-arrests.json'] });

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

test('a new story shows every region, named, with hints in the empty ones', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  for (const name of ['Headline', 'Subheadline', 'Highlights', 'Byline', 'Dateline', 'Lead media', 'Body', 'Related videos']) {
    await expect(page.getByLabel(name, { exact: true })).toBeVisible();
  }
  await page.screenshot({ path: join(SHOTS_DIR, 'editor-new-1280.png'), fullPage: true });
});

test('a story with a photo, a quote, a list and videos shows them as editable parts', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: /arrests at courthouses will continue/ }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('DOJ and DHS say immigration arrests at courthouses will continue');
  await expect(page.getByLabel('Photo').getByLabel('Caption', { exact: true })).toContainText('73rd session');
  await expect(page.getByLabel('Photo').getByLabel('Credit', { exact: true })).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'editor-story-1280.png'), fullPage: true });
  await page.screenshot({ path: join(SHOTS_DIR, 'editor-story-1280-viewport.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS_DIR, 'editor-story-390.png'), fullPage: true });
  await page.screenshot({ path: join(SHOTS_DIR, 'editor-story-390-viewport.png') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
