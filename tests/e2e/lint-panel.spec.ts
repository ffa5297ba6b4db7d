// House style as you type, in the real interface: the "House style" panel beside the editor lists what is
// wrong with a draft, a credit that disagrees with its caption is fixed in one click and back with one
// Ctrl+Z, and a "TK" typed in a paragraph is marked within a second.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SHOTS_DIR, test } from './fixtures/host.ts';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

/** A draft with no headline, and a photo whose caption credits AP while its credit says Getty. */
const DRAFT = {
  schemaVersion: 1,
  id: '01m8fmnz6zdx2335w8hachnb41',
  slug: 'un-speech',
  headline: '',
  subheadline: '',
  highlights: ['Trump addresses the UN General Assembly', 'He defends his trade policy'],
  byline: [{ name: 'Ana Ruiz', title: '', organization: 'CNN' }],
  dateline: { location: 'NEW YORK', source: 'CNN' },
  lead: null,
  body: [
    { type: 'paragraph', children: [{ text: 'The president spoke for 35 minutes.' }] },
    {
      type: 'photo',
      id: 'trump-un',
      media: null,
      alt: 'The president at the lectern of the General Assembly hall.',
      caption: 'President Trump speaks at the UN in New York, Tuesday, Sept. 25, 2018. (AP Photo/Richard Drew)',
      credit: { photographers: ['John Moore'], organization: 'Getty Images', via: '', restrictions: [], copyright: '' },
    },
  ],
  relatedVideos: [],
  keywords: [],
  status: 'draft',
  editorsNotes: '',
  embargo: null,
  corrections: [],
  createdAt: '2026-11-27T23:15:00.000Z',
  updatedAt: '2026-11-27T23:15:00.000Z',
};

/** Puts the draft in the library, as a story copied in by hand, and opens it. */
async function openDraft(page: Page, url: string, libraryDir: string): Promise<void> {
  const folder = join(libraryDir, '2026-un-speech');
  await mkdir(folder);
  await writeFile(join(folder, 'story.json'), `${JSON.stringify(DRAFT, null, 2)}\n`);
  await page.goto(url);
  const link = page.getByRole('link', { name: 'Untitled story' });
  // The library hears of a folder added on disk by itself; a reload asks again if it has not yet.
  await expect(async () => {
    if (!(await link.isVisible())) await page.reload();
    await expect(link).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await link.click();
}

test('the panel lists a draft’s problems, fixes a credit in one click and Ctrl+Z brings it back in one step', async ({ page, host }) => {
  await openDraft(page, host.url, host.libraryDir);
  const panel = page.getByRole('region', { name: 'House style' });
  await expect(panel).toBeVisible(); // open by default in a wide window
  await expect(page.getByRole('button', { name: /^House style/ })).toHaveAttribute('aria-pressed', 'true');

  const missingHeadline = panel.getByRole('listitem').filter({ hasText: 'no headline' });
  await expect(missingHeadline).toContainText('Headline');
  const disagreement = panel.getByRole('listitem').filter({ hasText: 'but the credit field says' });
  await expect(disagreement).toContainText('“John Moore/Getty Images”');
  await expect(disagreement).toContainText('Photo 1 · caption');
  await expect(panel.getByText('Words')).toBeVisible();

  const photo = page.getByRole('group', { name: 'Photo' });
  const caption = photo.getByLabel('Caption', { exact: true });
  const creditLine = photo.locator('.credit-line-text');
  await expect(creditLine).toHaveText('PHOTO: John Moore/Getty Images');
  // The caption's credit is marked in the text, and says why when the pointer rests on it.
  const mark = caption.locator('.lint-mark');
  await expect(mark).toHaveText('(AP Photo/Richard Drew)');
  await mark.hover();
  await expect(page.locator('.lint-tip')).toContainText('but the credit field says');
  await page.screenshot({ path: join(SHOTS_DIR, 'lint-panel-1280.png') });

  // "Go to" selects the problem's characters in the editor.
  await disagreement.getByRole('button', { name: 'Go to' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toBe('(AP Photo/Richard Drew)');

  await disagreement.getByRole('button', { name: /^Use “AP Photo\/Richard Drew”/ }).click();
  await expect(creditLine).toHaveText('PHOTO: Richard Drew/AP');
  await expect(caption).toHaveText('President Trump speaks at the UN in New York, Tuesday, Sept. 25, 2018.');
  await expect(panel.getByRole('listitem').filter({ hasText: 'but the credit field says' })).toHaveCount(0);
  await expect(missingHeadline).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'lint-panel-fixed-1280.png') });

  // One Ctrl+Z in the story takes the whole fix back: the credit, and the caption's own credit.
  await page.getByLabel('Body', { exact: true }).locator('p').first().click();
  await page.keyboard.press('Control+z');
  await expect(creditLine).toHaveText('PHOTO: John Moore/Getty Images');
  await expect(caption).toContainText('(AP Photo/Richard Drew)');
  await expect(panel.getByRole('listitem').filter({ hasText: 'but the credit field says' })).toHaveCount(1);
});

test('a “TK” typed in a paragraph is marked within a second, and the panel shows it', async ({ page, host }) => {
  await openDraft(page, host.url, host.libraryDir);
  const panel = page.getByRole('region', { name: 'House style' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();

  const paragraph = page.getByLabel('Body', { exact: true }).locator('p').first();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Details TK.');
  await expect(paragraph.locator('.lint-mark.lint-error')).toHaveText('TK', { timeout: 3000 });
  await expect(panel.getByRole('listitem').filter({ hasText: '“TK” is a placeholder' })).toContainText('Body ¶1');
  // The caret inside the mark says what is wrong, for the keyboard as for the pointer.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.lint-tip')).toContainText('placeholder');
  await page.screenshot({ path: join(SHOTS_DIR, 'lint-tk-caret-1280.png') });
  await expect(page.getByRole('button', { name: /^House style/ })).toContainText(/\d/);
});

test('the panel sits above the editor on a phone, and its switch closes it', async ({ page, host }) => {
  await openDraft(page, host.url, host.libraryDir);
  const panel = page.getByRole('region', { name: 'House style' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS_DIR, 'lint-panel-390.png') });
  await page.screenshot({ path: join(SHOTS_DIR, 'lint-panel-390-full.png'), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const panelBox = (await panel.boundingBox())!;
  const editorBox = (await page.getByRole('textbox', { name: 'Story' }).boundingBox())!;
  expect(panelBox.y).toBeLessThan(editorBox.y);

  await page.getByRole('button', { name: /^House style/ }).click();
  await expect(panel).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS_DIR, 'lint-panel-closed-390.png') });
});

test('with the preview open too, the panel and the preview share the window', async ({ page, host }) => {
  await openDraft(page, host.url, host.libraryDir);
  await page.getByRole('button', { name: 'Preview' }).click();
  const panel = page.getByRole('region', { name: 'House style' });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('region', { name: 'Live preview' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'lint-panel-preview-1280.png') });
  await page.setViewportSize({ width: 1680, height: 900 });
  await page.screenshot({ path: join(SHOTS_DIR, 'lint-panel-preview-1680.png') });
});
