// Issue 5's "done when", tried as a new user would in Chromium through the browser host: import the CNN
// page text and a saved news page, see the structured stories, read the House style panel, let a pasted
// caption fill its own credit, fix a flagged credit with one click, and export.

import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, SHOTS_DIR, test } from './fixtures/host.ts';
import { dropFile, paste } from './fixtures/clipboard-and-drop.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const CNN_PAGE_TEXT = resolve(HERE, '../../../shared/fixtures/cnn-courthouse-arrests.txt');
const AP_PAGE = resolve(HERE, '../fixtures/import/web/ap-senate-weather-satellites.html');

/** The video list of the CNN scrape, in the page's order, with the running times it printed. */
const CNN_VIDEOS: [string, string][] = [
  ["ICE releases 'Dreamer' Daniel Ramirez Medina", '00:33'],
  ['Trump to migrants: Make your nations great again', '01:17'],
  ['Judge blocks asylum seekers from deportation', '01:06'],
  ['Trump: I prefer shutdown before midterms', '01:51'],
  ['HHS refusing to release family separation stats', '01:30'],
  ['Reporter to Sarah Sanders: Why did Trump lie?', '01:01'],
  ['Trump: ICE agents are mean but have heart', '01:28'],
  ["Trump: Our facilities better than Obama's", '01:23'],
  ['Trump: No regrets signing executive order', '01:15'],
  ['Children in limbo after Trump executive order', '01:54'],
  ['White House chaos over immigration reversal', '02:18'],
  ["What's next after Trump's policy reversal?", '02:49'],
  ['Trump reverses position on family separations', '02:33'],
  ['Trump signs executive order to end family separations', '01:52'],
  ['Trump: Take children away to prosecute parents', '01:18'],
  ['Trump: The US will not be a migrant camp', '01:40'],
];

let scratch = '';
test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
  scratch = await mkdtemp(join(tmpdir(), 'copydesk-import-acceptance-'));
});
test.afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});



/** Exports the open story as one HTML file, going ahead past the check's errors; returns the file's text. */
async function exportHtml(page: Page, destination: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'HTML (single file)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export story' });
  await dialog.getByRole('textbox', { name: 'Save to' }).fill(destination);
  const plain = dialog.getByRole('button', { name: 'Export', exact: true });
  if (await plain.isEnabled()) await plain.click();
  else await dialog.getByRole('button', { name: 'Export anyway' }).click();
  await expect(dialog.getByRole('status')).toContainText(destination);
  await dialog.getByRole('button', { name: 'Done' }).click();
  return readFile(destination, 'utf8');
}

test('the CNN page text imports as a structured story, flagged where it is incomplete, and exports', async ({ page, host }) => {
  await page.goto(host.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(CNN_PAGE_TEXT);

  // No headline in the scrape, and none invented: the import says so and the panel lists it.
  await expect(page.getByRole('alert').filter({ hasText: 'No headline was found' })).toBeVisible();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('');
  const panel = page.getByRole('region', { name: 'House style' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'The story has no headline' })).toBeVisible();

  await expect(page.getByLabel('Highlights', { exact: true }).getByRole('listitem')).toHaveText([
    'DHS has maintained that courthouses are not considered "sensitive locations"',
    "The letter was a response to California Chief Justice Tani Cantil-Sakauye's complaint",
  ]);
  const paragraphs = page.getByLabel('Body', { exact: true }).locator(':scope > p');
  await expect(paragraphs).toHaveCount(11);
  await expect(paragraphs.first()).toHaveText(/^\(CNN\) — The Departments of Justice and Homeland Security said/);
  await expect(paragraphs.nth(1)).toContainText('“appear to be stalking undocumented immigrants in our courthouses to make arrests.”');

  // Sixteen videos in the page's order with their running times; thirteen posters credited.
  const videos = page.getByLabel('Related videos', { exact: true }).getByRole('group', { name: 'Video', exact: true });
  await expect(videos).toHaveCount(16);
  for (const [index, [title, duration]] of CNN_VIDEOS.entries()) {
    await expect(videos.nth(index).getByLabel('Video title')).toHaveText(title);
    await expect(videos.nth(index).getByLabel('Duration')).toHaveText(duration);
  }
  const posterCredits = videos.getByRole('group', { name: 'Poster', exact: true }).locator('.credit-line-text');
  await expect(posterCredits).toHaveCount(13);
  await expect(videos.nth(1).getByRole('group', { name: 'Poster', exact: true }).locator('.credit-line-text')).toHaveText('PHOTO: Richard Drew/AP');
  await expect(videos.nth(11).getByRole('group', { name: 'Poster', exact: true }).locator('.credit-line-text')).toHaveText(
    'PHOTO: Mandel Ngan/AFP/Getty Images',
  );
  await page.screenshot({ path: join(SHOTS_DIR, 'acceptance-import-cnn-1280.png') });

  // A caption pasted with its credit into the first video, whose credit is empty: the credit fills itself.
  const firstVideo = videos.first();
  await firstVideo.getByLabel('Caption', { exact: true }).click();
  await paste(page, { 'text/plain': 'Daniel Ramirez Medina leaves a hearing in Seattle, Thursday, March 8, 2018. (AP Photo/Ted S. Warren)' });
  await expect(firstVideo.getByLabel('Caption', { exact: true })).toHaveText('Daniel Ramirez Medina leaves a hearing in Seattle, Thursday, March 8, 2018.');
  await expect(firstVideo.locator(':scope > .credit .credit-line-text')).toHaveText(/ Ted S\. Warren\/AP$/);
  await expect(page.getByText('Credit filled from the caption')).toBeVisible();

  // The headline written, the story goes out with the dateline once and every video in order.
  await page.getByLabel('Headline', { exact: true }).click();
  await page.keyboard.type('DOJ and DHS say immigration arrests at courthouses will continue');
  await expect(panel.getByRole('listitem').filter({ hasText: 'The story has no headline' })).toHaveCount(0);
  const html = await exportHtml(page, join(scratch, 'courthouse.html'));
  expect(html).toContain('data-part="headline">DOJ and DHS say immigration arrests at courthouses will continue</h1>');
  expect(html.match(/\(CNN\) —/g)).toHaveLength(1);
  const unescape = (text: string) => text.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const exportedTitles = [...html.matchAll(/data-part="video-title">([^<]*)</g)].map((match) => unescape(match[1]!));
  expect(exportedTitles).toEqual(CNN_VIDEOS.map(([title]) => title));
});

test('a saved news page imports as a story; a credit that disagrees with its caption is fixed in one click', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Stories', exact: true })).toBeVisible();
  await dropFile(page, AP_PAGE, page.locator('main'));

  // The article, out of the page's chrome: headline, byline, the dateline opening the first paragraph.
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Senate passes bill to keep weather satellites running past 2027');
  await expect(page.getByLabel('Byline name')).toHaveText(['Kevin Holloway', 'Rosa Delgado']);
  const body = page.getByLabel('Body', { exact: true });
  await expect(body.locator(':scope > p').first()).toHaveText(/^WASHINGTON \(AP\) — The Senate voted 71-27 on Thursday/);
  await expect(body.getByText(/Cookie|Newsletter|RELATED COVERAGE/i)).toHaveCount(0);
  const lead = page.getByLabel('Lead media', { exact: true });
  const caption = lead.getByLabel('Caption', { exact: true });
  const creditLine = lead.locator('.credit-line-text');
  await expect(caption).toHaveText(/^The Capitol is seen at dusk in Washington, Thursday, March 14, 2024/);
  await expect(creditLine).toHaveText('PHOTO: Daniel Okafor/AP');

  // The desk replaces the caption with another wire caption: its credit names someone else, and is flagged.
  await caption.click();
  await page.keyboard.press('Control+a'); // the caption, not the whole story
  await paste(page, { 'text/plain': 'Senators leave the Capitol after the vote in Washington, Thursday, March 14, 2024. (AP Photo/Jacquelyn Martin)' });
  const panel = page.getByRole('region', { name: 'House style' });
  const disagreement = panel.getByRole('listitem').filter({ hasText: 'but the credit field says' });
  await expect(disagreement).toContainText('“Daniel Okafor/AP”');
  await page.screenshot({ path: join(SHOTS_DIR, 'acceptance-credit-flagged-1280.png') });

  await disagreement.getByRole('button', { name: /^Use “AP Photo\/Jacquelyn Martin”/ }).click();
  await expect(creditLine).toHaveText('PHOTO: Jacquelyn Martin/AP');
  await expect(caption).toHaveText('Senators leave the Capitol after the vote in Washington, Thursday, March 14, 2024.');
  await expect(disagreement).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS_DIR, 'acceptance-credit-fixed-1280.png') });

  const html = await exportHtml(page, join(scratch, 'satellites.html'));
  // The lead's caption and its credit, side by side in one figcaption.
  expect(html).toMatch(
    /Senators leave the Capitol after the vote in Washington, Thursday, March 14, 2024\.<\/span> <span class="story-credit" data-part="credit">PHOTO: Jacquelyn Martin\/AP</,
  );
});
