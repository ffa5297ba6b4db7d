// Importing in the real interface against a real library: the CNN page text chosen with the library's
// Import… button, and a saved web page dropped on the window. Each becomes a new story that opens at once,
// structured (highlights, body, photos, related videos), with the import's notes in a banner.

import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';
import { dropFile } from './fixtures/clipboard-and-drop.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const CNN_PAGE_TEXT = resolve(HERE, '../../../shared/fixtures/cnn-courthouse-arrests.txt');
const SAVED_PAGE = resolve(HERE, '../fixtures/import/web/harbour-gazette-ferry-strike.html');

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});


test('the CNN page text, chosen with Import…, opens as a structured story with its notes', async ({ page, host }) => {
  await page.goto(host.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(CNN_PAGE_TEXT);

  // The story opens by itself, with what the import could not place on top.
  const banner = page.getByRole('alert').filter({ hasText: 'Imported from cnn-courthouse-arrests.txt' });
  await expect(banner).toBeVisible();
  await expect(banner.locator('.banner-title')).toHaveText('Imported from cnn-courthouse-arrests.txt: 1 thing needs your attention.');
  await expect(banner.getByRole('listitem').first()).toHaveText(/^No headline was found in "cnn-courthouse-arrests.txt", and none was made up: write one\.$/);

  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('');
  const highlights = page.getByLabel('Highlights', { exact: true });
  await expect(highlights.getByRole('listitem')).toHaveCount(2);
  const body = page.getByLabel('Body', { exact: true });
  await expect(body.locator(':scope > p').first()).toHaveText(/^\(CNN\) — The Departments of Justice/);
  const related = page.getByLabel('Related videos', { exact: true });
  await expect(related.getByText('ICE releases \'Dreamer\' Daniel Ramirez Medina')).toBeVisible();

  // It is a story of the library, saved, with the notes in its editor's notes.
  const [folder] = await storyFolders(host.libraryDir);
  const story = await readStoryFile(host.libraryDir, folder!);
  expect(story).toMatchObject({ headline: '', highlights: [expect.any(String), expect.any(String)] });
  expect((story.relatedVideos as unknown[]).length).toBe(16);
  expect(String(story.editorsNotes)).toMatch(/^Imported from cnn-courthouse-arrests.txt on \d{4}-\d{2}-\d{2}:\n- No headline was found/);
  await page.screenshot({ path: join(SHOTS_DIR, 'import-cnn-page-text-1280.png') });
  await related.evaluate((region) => {
    region.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -120); // from under the sticky top bar and toolbar
  });
  await page.screenshot({ path: join(SHOTS_DIR, 'import-cnn-related-videos-1280.png') });

  // Dismissed, the banner goes; the library lists the story.
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Stories in the library' }).getByRole('listitem')).toHaveCount(1);
});

test('a saved web page dropped on the window becomes a story: headline, byline, lead photo and credit, body', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Stories', exact: true })).toBeVisible();

  // While a file is dragged over the window, it says what a drop does.
  await dropFile(page, SAVED_PAGE, page.locator('main'), { drop: false });
  await expect(page.getByText('Drop the file to import it as a new story')).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'import-drop-hint-1280.png') });

  await dropFile(page, SAVED_PAGE, page.locator('main'));
  await expect(page.getByText('Drop the file to import it as a new story')).toBeHidden();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Ferry crews walk out as weekend strike strands holidaymakers');
  await expect(page.getByLabel('Subheadline', { exact: true })).toHaveText(/^Thousands face delays/);
  await expect(page.getByLabel('Byline name')).toHaveText('Eleanor Mabey');
  const lead = page.getByLabel('Lead media', { exact: true });
  await expect(lead.getByRole('group', { name: 'Caption' })).toHaveText('Cars queue at the terminal on Wednesday evening before the strike began.');
  await expect(lead.getByLabel('Credit: photographers')).toHaveText('Tom Ashby');
  await expect(lead.getByLabel('Credit: organisation')).toHaveText('PA');
  const body = page.getByLabel('Body', { exact: true });
  await expect(body.locator(':scope > p').first()).toHaveText(/^Ferry crews walked out at midnight on Friday/);
  await expect(body.getByRole('heading', { name: 'Talks could resume next week' })).toBeVisible();
  await expect(body.getByText('Follow us on Facebook')).toHaveCount(0);

  // The pictures stayed in the page's _files folder, which a dropped file cannot bring: the banner says so.
  const banner = page.getByRole('alert').filter({ hasText: 'Imported from harbour-gazette-ferry-strike.html' });
  await expect(banner.getByRole('listitem').filter({ hasText: 'The lead photo has no picture' })).toHaveText(/saved beside the page/);
  await page.screenshot({ path: join(SHOTS_DIR, 'import-dropped-page-1280.png') });
});

test('a file dropped on the story’s text is the editor’s, not a new story', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused(); // the caret starts in the headline
  await page.keyboard.type('Harbour storm');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Harbour storm');
  const body = page.getByLabel('Body', { exact: true });
  await body.click();
  await page.keyboard.type('First paragraph.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();

  await dropFile(page, SAVED_PAGE, body);
  // The editor's media code refuses a page as a picture; no import starts.
  await expect(page.getByText(/is not a picture or video Copydesk can use/)).toBeVisible();
  await expect(page.getByText(/Importing /)).toHaveCount(0);
  expect(await storyFolders(host.libraryDir)).toHaveLength(1);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Harbour storm');
});
