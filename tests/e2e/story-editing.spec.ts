// Writing a story in the real interface against a real library folder: what the person sees, and what
// lands on disk.

import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

test('a new story’s headline is saved to disk and is still there after a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();

  // A new story starts with the cursor in the headline.
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();
  await page.keyboard.type('Courthouse arrests rise as agents wait in hallways');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Courthouse arrests rise as agents wait in hallways');
  await expect(page.getByRole('status')).toHaveText(/^Saved at \d/);

  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText(
    'Courthouse arrests rise as agents wait in hallways',
  );

  // The slug follows the headline until set by hand, and the story's folder is named after it.
  await expect(page.getByLabel('Slug')).toHaveValue('courthouse-arrests-rise-as-agents');
  const folders = await storyFolders(host.libraryDir);
  expect(folders).toEqual([expect.stringMatching(/^\d{4}-courthouse-arrests-rise-as-agents$/)]);
  const onDisk = await readStoryFile(host.libraryDir, folders[0]!);
  expect(onDisk.headline).toBe('Courthouse arrests rise as agents wait in hallways');
});

test('every field is written to story.json, and the body becomes paragraphs', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();

  await page.getByLabel('Headline', { exact: true }).fill('ICE arrests at courthouses');
  await page.getByLabel('Subheadline').fill('Advocates say the arrests keep witnesses away.');
  // Each highlight is a bullet of its own: Enter starts the next one.
  await page.getByLabel('Highlights').getByRole('listitem').fill('DHS says courthouses are not sensitive locations');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Arrests have risen since January');
  await page.getByLabel('Byline name').fill('Laura Jarrett');
  await page.getByLabel('Dateline location').fill('WASHINGTON');
  await page.getByLabel('Dateline source').fill('CNN');
  // The body's paragraphs: Enter starts the next one.
  await page.getByLabel('Body', { exact: true }).locator('p').fill('First paragraph of the story.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph, with a quote.');
  await page.getByLabel('Slug').fill('ice-courthouse-arrests');
  await page.getByLabel('Keywords').fill('immigration, courts, ICE');
  await page.getByLabel('Status').selectOption('edited');
  await page.getByLabel("Editor's notes").fill('Check the DHS quote.');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  await expect(page.getByRole('region', { name: 'Counts' }).getByText('10 words', { exact: false })).toBeVisible();

  await page.screenshot({ path: join(SHOTS_DIR, 'story-filled-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS_DIR, 'story-filled-390.png'), fullPage: true });

  const [folder] = await storyFolders(host.libraryDir);
  const story = await readStoryFile(host.libraryDir, folder!);
  expect(story).toMatchObject({
    headline: 'ICE arrests at courthouses',
    subheadline: 'Advocates say the arrests keep witnesses away.',
    highlights: ['DHS says courthouses are not sensitive locations', 'Arrests have risen since January'],
    byline: [{ name: 'Laura Jarrett', title: '', organization: '' }],
    dateline: { location: 'WASHINGTON', source: 'CNN' },
    body: [
      { type: 'paragraph', children: [{ text: 'First paragraph of the story.' }] },
      { type: 'paragraph', children: [{ text: 'Second paragraph, with a quote.' }] },
    ],
    slug: 'ice-courthouse-arrests',
    keywords: ['immigration', 'courts', 'ICE'],
    status: 'edited',
    editorsNotes: 'Check the DHS quote.',
  });
});

test('the library lists the story after going back, with its status and word count', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'library-empty-1280.png') });

  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Headline', { exact: true }).fill('Storm closes the harbour');
  await page.getByLabel('Body', { exact: true }).locator('p').fill('Boats stayed in port on Tuesday.');
  await page.getByRole('link', { name: 'Library' }).click();

  const row = page.getByRole('link', { name: /Storm closes the harbour/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('6 words');
  await expect(row).toContainText(/Updated (just now|\d+ minutes? ago)/);
  await page.screenshot({ path: join(SHOTS_DIR, 'library-one-story-1280.png') });

  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Storm closes the harbour');
});

test('a story whose save is refused for a bad slug says why and keeps the text', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Slug').fill('Not A Slug!');
  await expect(page.getByRole('status')).toHaveText(/^Not saved: The slug must be lowercase/);
  await expect(page.getByLabel('Slug')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: join(SHOTS_DIR, 'not-saved-bad-slug-1280.png') });

  await page.getByLabel('Slug').fill('a-good-slug');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  const [folder] = await storyFolders(host.libraryDir);
  expect((await readStoryFile(host.libraryDir, folder!)).slug).toBe('a-good-slug');
});

test('a save that fails keeps the text on screen and says why, never "Saved"', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Headline', { exact: true }).fill('A story whose folder vanishes');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);

  const [folder] = await storyFolders(host.libraryDir);
  await rm(join(host.libraryDir, folder!), { recursive: true });
  await page.getByLabel('Body', { exact: true }).locator('p').fill('Written after the folder was deleted.');

  // The reason is the library's own words (the folder is gone, or the story is no longer in the library).
  await expect(page.getByRole('status')).toHaveText(/^Not saved: .+/);
  await expect(page.getByRole('status')).not.toHaveText(/Saved at/);
  await expect(page.getByRole('alert')).toContainText('Your latest changes are not saved yet.');
  await expect(page.getByLabel('Body', { exact: true })).toHaveText('Written after the folder was deleted.');
  await page.screenshot({ path: join(SHOTS_DIR, 'not-saved-folder-gone-1280.png') });
});
