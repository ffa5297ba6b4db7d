// The editor's keys at the edges of the story's parts, smart quotes and their switch, and paste — in the
// real interface.

import type { Page } from '@playwright/test';
import { expect, readStoryFile, storyFolders, test } from './fixtures/host.ts';
import { paste } from './fixtures/clipboard-and-drop.ts';

async function newStory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();
}


test('Backspace at the start of the body moves to the dateline instead of merging into it', async ({ page, host }) => {
  await newStory(page, host.url);
  await page.getByLabel('Dateline source').click();
  await page.keyboard.type('AP');
  await page.getByLabel('Body', { exact: true }).locator('p').click();
  await page.keyboard.type('First paragraph.');
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('!');
  await expect(page.getByLabel('Dateline source')).toHaveText('AP!');
  await expect(page.getByLabel('Body', { exact: true })).toHaveText('First paragraph.');
});

test('Ctrl+End goes to the end of the last paragraph, where typing goes on, and Ctrl+Shift+End selects to there', async ({ page, host }) => {
  await newStory(page, host.url);
  await page.keyboard.type('Storm closes the port');
  const body = page.getByLabel('Body', { exact: true });
  await body.locator('p').click();
  await page.keyboard.type('First paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph.');
  // Back to the headline, then to the story's end: after the body, the related videos' slot holds no text.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' More.');
  await expect(body.locator('p').last()).toHaveText('Second paragraph. More.');

  await body.locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Shift+End');
  expect(await page.evaluate(() => document.getSelection()?.toString().replace(/\s+/g, ' ').trim())).toBe(
    'First paragraph. Second paragraph. More.',
  );
});

test('Tab and Shift+Tab move between the regions and fields', async ({ page, host }) => {
  await newStory(page, host.url);
  await page.keyboard.type('Storm');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Calm');
  await page.keyboard.press('Tab');
  await page.keyboard.type('One');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ana Ruiz');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Reporter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(' Lopez');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Storm');
  await expect(page.getByLabel('Subheadline', { exact: true })).toHaveText('Calm');
  await expect(page.getByLabel('Highlights', { exact: true })).toHaveText('One');
  await expect(page.getByLabel('Byline name')).toHaveText('Ana Ruiz Lopez');
  await expect(page.getByLabel('Byline title')).toHaveText('Reporter');
});

test('smart quotes curl as you type, and switched off stay off after a reload', async ({ page, host }) => {
  await newStory(page, host.url);
  const toggle = page.getByRole('button', { name: 'Smart quotes' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Body', { exact: true }).locator('p').click();
  await page.keyboard.type(`"It's over -- for now..." she said.`);
  await expect(page.getByLabel('Body', { exact: true })).toHaveText('“It’s over — for now…” she said.');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`"Straight"`);
  await expect(page.getByLabel('Body', { exact: true }).locator('p').nth(1)).toHaveText('"Straight"');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Smart quotes' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Smart quotes' }).click();
});

test('pasted HTML becomes clean paragraphs and lists; in the headline, words only', async ({ page, host }) => {
  await newStory(page, host.url);
  await paste(page, { 'text/html': '<b>Storm</b> closes<br>the harbour', 'text/plain': 'Storm closes\nthe harbour' });
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Storm closes the harbour');

  await page.getByLabel('Body', { exact: true }).locator('p').click();
  await paste(page, {
    'text/html':
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span>First pasted paragraph.</span></p><ul><li><p><span>One</span></p></li><li><p><span>Two</span></p></li></ul></b>',
    'text/plain': 'First pasted paragraph.\nOne\nTwo',
  });
  const body = page.getByLabel('Body', { exact: true });
  await expect(body.locator('p').first()).toHaveText('First pasted paragraph.');
  await expect(body.locator('ul > li')).toHaveText(['One', 'Two']);
  await expect(body.locator('strong')).toHaveCount(0);

  // One undo takes the whole paste back.
  await page.keyboard.press('Control+z');
  await expect(body.locator('ul')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(body.locator('ul > li')).toHaveCount(2);

  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  const [folder] = await storyFolders(host.libraryDir);
  const story = await readStoryFile(host.libraryDir, folder!);
  expect(story.body).toEqual([
    { type: 'paragraph', children: [{ text: 'First pasted paragraph.' }] },
    { type: 'list', style: 'bulleted', items: [{ children: [{ text: 'One' }] }, { children: [{ text: 'Two' }] }] },
  ]);
});
