// Writing a story from the keyboard in the structured editor, as a new user would: Enter moving from the
// headline on, bullets, a byline and dateline, body paragraphs with bold, a subhead and a list from the
// toolbar, a link; undo and redo; then a reload shows everything, and story.json on disk holds it.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

/**
 * Slate reads the browser's selection shortly after it changes (throttled); a short pause lets a selection
 * made from the keyboard settle before the next command.
 */
const settle = (page: Page) => page.waitForTimeout(150);

test('a story typed from the keyboard, formatted from the toolbar, undone and redone, survives a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  const headline = page.getByLabel('Headline', { exact: true });
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();

  // A new story starts with the caret in the headline; Enter moves on instead of breaking the line.
  await page.keyboard.type('Storm closes the harbour');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Boats stay in port as the wind rises.');
  await page.keyboard.press('Enter');
  await expect(headline).toHaveText('Storm closes the harbour');
  await expect(page.getByLabel('Subheadline', { exact: true })).toHaveText('Boats stay in port as the wind rises.');

  // Highlights: Enter makes the next bullet; Enter on an empty one moves on to the byline.
  await page.keyboard.type('Ferries cancelled until Thursday');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Gusts of 90 km/h expected');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const highlights = page.getByLabel('Highlights', { exact: true }).getByRole('listitem');
  await expect(highlights).toHaveText(['Ferries cancelled until Thursday', 'Gusts of 90 km/h expected']);

  await page.keyboard.type('Ana Ruiz');
  await page.keyboard.press('Enter'); // another person…
  await page.keyboard.press('Enter'); // …no: on to the dateline
  await page.keyboard.type('DOVER');
  await page.keyboard.press('Enter');
  await page.keyboard.type('AP');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Byline name')).toHaveText(['Ana Ruiz']);
  await expect(page.getByLabel('Dateline location')).toHaveText('DOVER');
  await expect(page.getByLabel('Dateline source')).toHaveText('AP');

  // The body: a paragraph with a bold phrase (Ctrl+B on, then off).
  const body = page.getByLabel('Body', { exact: true });
  await page.keyboard.type('The port closed at ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('six in the morning');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(', officials said.');
  await expect(body.locator('strong')).toHaveText('six in the morning');

  // A subhead and a list, from the toolbar.
  await page.keyboard.press('Enter');
  await page.keyboard.type('What happens next');
  await page.getByRole('button', { name: 'Subhead' }).click();
  await expect(body.getByRole('heading', { level: 2 })).toHaveText('What happens next');
  await expect(page.getByRole('button', { name: 'Subhead' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ferries resume when the wind drops');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Lorries wait on the A20');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty item ends the list
  await expect(body.locator('ul > li')).toHaveText(['Ferries resume when the wind drops', 'Lorries wait on the A20']);

  // A link on the last word, with Ctrl+K.
  await page.keyboard.type('Read the forecast');
  await page.keyboard.press('Control+Shift+ArrowLeft'); // selects the word before the caret
  await settle(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Add link' });
  await dialog.getByLabel('Link address').fill('javascript:alert(1)');
  await dialog.getByLabel('Link address').press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('A link must start with http://, https:// or mailto:.');
  await dialog.getByLabel('Link address').fill('www.metoffice.gov.uk');
  await dialog.getByLabel('Link address').press('Enter');
  await expect(dialog).toBeHidden();
  const link = body.getByRole('link', { name: 'forecast' });
  await expect(link).toHaveAttribute('href', 'https://www.metoffice.gov.uk');
  await page.screenshot({ path: join(SHOTS_DIR, 'editor-typed-1280.png'), fullPage: true });

  // Undo takes the link away as one step; redo (Ctrl+Shift+Z, or Ctrl+Y) puts it back.
  await page.keyboard.press('Control+z');
  await expect(link).toHaveCount(0);
  await expect(body).toContainText('Read the forecast');
  await page.keyboard.press('Control+Shift+z');
  await expect(link).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(link).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(link).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

  // Saved within about a second of the last change; the reload shows it all again.
  await expect(page.getByRole('status')).toHaveText(/^Saved at/, { timeout: 5000 });
  await page.reload();
  await expect(headline).toHaveText('Storm closes the harbour');
  await expect(page.getByLabel('Subheadline', { exact: true })).toHaveText('Boats stay in port as the wind rises.');
  await expect(highlights).toHaveText(['Ferries cancelled until Thursday', 'Gusts of 90 km/h expected']);
  await expect(body.locator('strong')).toHaveText('six in the morning');
  await expect(body.getByRole('heading', { level: 2 })).toHaveText('What happens next');
  await expect(body.locator('ul > li')).toHaveCount(2);
  await expect(body.getByRole('link', { name: 'forecast' })).toHaveAttribute('href', 'https://www.metoffice.gov.uk');
  await expect(page.getByLabel('Slug')).toHaveValue('storm-closes-the-harbour');

  const [folder] = await storyFolders(host.libraryDir);
  expect(folder).toMatch(/^\d{4}-storm-closes-the-harbour$/);
  const story = await readStoryFile(host.libraryDir, folder!);
  expect(story).toMatchObject({
    headline: 'Storm closes the harbour',
    subheadline: 'Boats stay in port as the wind rises.',
    highlights: ['Ferries cancelled until Thursday', 'Gusts of 90 km/h expected'],
    byline: [{ name: 'Ana Ruiz', title: '', organization: '' }],
    dateline: { location: 'DOVER', source: 'AP' },
    body: [
      {
        type: 'paragraph',
        children: [{ text: 'The port closed at ' }, { text: 'six in the morning', bold: true }, { text: ', officials said.' }],
      },
      { type: 'subhead', children: [{ text: 'What happens next' }] },
      {
        type: 'list',
        style: 'bulleted',
        items: [{ children: [{ text: 'Ferries resume when the wind drops' }] }, { children: [{ text: 'Lorries wait on the A20' }] }],
      },
      {
        type: 'paragraph',
        children: [{ text: 'Read the ' }, { type: 'link', url: 'https://www.metoffice.gov.uk', children: [{ text: 'forecast' }] }],
      },
    ],
  });
});

test('typing is saved within about a second of the last keystroke', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();
  await page.keyboard.type('Quick save');
  const typedAt = Date.now();
  await expect(page.getByRole('status')).toHaveText(/^Saved at/, { timeout: 3000 });
  expect(Date.now() - typedAt).toBeLessThan(2500);
  const [folder] = await storyFolders(host.libraryDir);
  expect((await readStoryFile(host.libraryDir, folder!)).headline).toBe('Quick save');
});
