// Find and replace as an editor meets it, on the courthouse story: Ctrl+F opens the Find bar, a word typed
// there is highlighted everywhere in the story and counted, "Whole word" narrows it; Ctrl+H adds the Replace
// row, "Replace all" changes the headline, a caption, the alt text and the body at once, and one Ctrl+Z puts
// all of it back.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, SHOTS_DIR, test } from './fixtures/host.ts';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

test.use({ seedStories: ['tests/fixtures/stories/courthouse-arrests.json'] });

const HEADLINE = 'DOJ and DHS say immigration arrests at courthouses will continue';

test('finds a word in every part of the story, replaces it everywhere, and one Ctrl+Z undoes it all', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: /arrests at courthouses will continue/ }).click();
  const story = page.getByRole('textbox', { name: 'Story' });
  const headline = story.getByLabel('Headline', { exact: true });
  const caption = story.getByLabel('Lead media').getByLabel('Caption', { exact: true });
  const alt = story.getByLabel('Lead media').getByLabel('Alt text', { exact: true });
  const paragraph = story.getByLabel('Body', { exact: true }).getByRole('paragraph').first();
  await expect(headline).toHaveText(HEADLINE);

  // Ctrl+F from the text: the bar opens with the focus in its "Find" field.
  await paragraph.click();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  const find = bar.getByRole('textbox', { name: 'Find', exact: true });
  await expect(find).toBeFocused();
  await page.keyboard.type('at');
  await expect(bar.getByText(/^\d+ of 12$/)).toBeVisible();
  await bar.getByRole('checkbox', { name: 'Whole word' }).check();
  await expect(bar.getByText(/^\d+ of 4$/)).toBeVisible();
  // Highlighted where they are: the headline, the lead photo's caption and alt text, the body.
  for (const part of [headline, caption, alt, paragraph]) await expect(part.locator('.find-match')).toHaveText(['at']);
  await expect(story.locator('.find-current')).toHaveCount(1);
  await page.screenshot({ path: join(SHOTS_DIR, 'find-replace-matches.png') });

  // Enter goes on to the next match, Shift+Enter back; the count follows.
  await find.press('Enter');
  const first = await bar.locator('.find-count').textContent();
  await find.press('Enter');
  await expect(bar.locator('.find-count')).not.toHaveText(first ?? '');
  await find.press('Shift+Enter');
  await expect(bar.locator('.find-count')).toHaveText(first ?? '');

  // Ctrl+H: the Replace row, its field focused since there is something to find.
  await page.keyboard.press('Control+h');
  const replace = bar.getByRole('textbox', { name: 'Replace', exact: true });
  await expect(replace).toBeFocused();
  await page.keyboard.type('outside');
  await bar.getByRole('button', { name: 'Replace all', exact: true }).click();
  await expect(bar.getByText('Replaced 4')).toBeVisible();
  await expect(bar.getByText('No results')).toBeVisible();
  await expect(headline).toHaveText('DOJ and DHS say immigration arrests outside courthouses will continue');
  await expect(caption).toContainText('General Assembly, outside U.N. headquarters');
  await expect(alt).toHaveText('President Trump outside a lectern before the UN General Assembly\'s green marble wall');
  await expect(paragraph).toContainText('to make arrests outside courthouses');
  await page.screenshot({ path: join(SHOTS_DIR, 'find-replace-replaced.png') });

  // Escape closes the bar and gives the text the focus back; one Ctrl+Z restores every part.
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(story).toBeFocused();
  await expect(story.locator('.find-match')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveText(HEADLINE);
  await expect(caption).toContainText('General Assembly, at U.N. headquarters');
  await expect(alt).toHaveText('President Trump at a lectern before the UN General Assembly\'s green marble wall');
  await expect(paragraph).toContainText('to make arrests at courthouses');
  await page.screenshot({ path: join(SHOTS_DIR, 'find-replace-undone.png') });
});

test('Ctrl+F works from the Desk panel too, and F3 goes from match to match with the focus left in the text', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: /arrests at courthouses will continue/ }).click();
  const story = page.getByRole('textbox', { name: 'Story' });
  await page.getByRole('complementary', { name: 'Desk' }).getByLabel('Slug').click();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await expect(bar.getByRole('textbox', { name: 'Find', exact: true })).toBeFocused();
  await page.keyboard.type('ICE');
  await bar.getByRole('checkbox', { name: 'Match case' }).check();
  // The list item, the bold link under it, the video's title and the related video's poster caption.
  await expect(bar.getByText('1 of 4')).toBeVisible();
  await expect(story.getByLabel('Video title').first().locator('.find-match')).toHaveText(['ICE']);
  await page.keyboard.press('Escape');
  await expect(story).toBeFocused();
  await page.keyboard.press('F3');
  await expect(bar.getByText('2 of 4')).toBeVisible();
  await expect(story).toBeFocused();
  await page.keyboard.press('F3');
  await expect(bar.getByText('3 of 4')).toBeVisible();
  await expect(story.locator('.find-current')).toHaveText('ICE');
  await expect(story.getByLabel('Video title').first().locator('.find-current')).toHaveCount(1);
  await page.screenshot({ path: join(SHOTS_DIR, 'find-replace-f3.png') });

  // On a phone the bar wraps, every control still in reach.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.keyboard.press('Control+h');
  await expect(bar.getByRole('textbox', { name: 'Replace', exact: true })).toBeFocused();
  for (const name of ['Replace all', 'Close find', 'Next match']) await expect(bar.getByRole('button', { name, exact: true })).toBeInViewport();
  await page.screenshot({ path: join(SHOTS_DIR, 'find-replace-phone.png') });
});
