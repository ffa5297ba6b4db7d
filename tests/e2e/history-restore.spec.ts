// The story's history in the real interface: snapshots listed with time and words, one read read-only, an
// older version restored — and the version it replaced kept in the history, so the restore can be undone.
// Also "Save mine as a copy" from the conflict banner, which keeps both versions of a story.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test, writeStoryFile } from './fixtures/host.ts';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

async function newStory(page: Page, url: string, headline: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused(); // the caret starts in the headline
  await page.keyboard.type(headline);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText(headline);
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
}

async function replaceHeadline(page: Page, headline: string): Promise<void> {
  const region = page.getByLabel('Headline', { exact: true });
  await region.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(headline);
  await expect(region).toHaveText(headline);
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
}

test('a snapshot is listed, read read-only and restored; the replaced version stays in the history', async ({ page, host }) => {
  await newStory(page, host.url, 'The first headline');

  await page.getByRole('button', { name: 'History' }).click();
  const dialog = page.getByRole('dialog', { name: 'History' });
  const versions = dialog.getByRole('navigation', { name: 'Versions' }).getByRole('button');
  // The first save already left a snapshot (at most one per five minutes); this one is on demand.
  await expect(versions).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Take a snapshot now' }).click();
  await expect(dialog.getByRole('note')).toContainText('Snapshot taken');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('The first headline');
  await expect(versions.first()).toContainText(/just now · 0 words/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await replaceHeadline(page, 'A later headline');

  await page.getByRole('button', { name: 'History' }).click();
  await versions.filter({ hasText: 'The first headline' }).first().click();
  const view = dialog.getByRole('article', { name: 'The story as it was' });
  await expect(view.getByRole('heading', { name: 'The first headline' })).toBeVisible();
  await expect(view.locator('[contenteditable="true"]')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS_DIR, 'history-dialog-1280.png') });

  await dialog.getByRole('button', { name: 'Restore this version' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('note')).toContainText('Restored the version of');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('The first headline');
  const [folder] = await storyFolders(host.libraryDir);
  expect((await readStoryFile(host.libraryDir, folder!)).headline).toBe('The first headline');

  // The restore is undoable: the version it replaced is now in the history.
  await page.getByRole('button', { name: 'History' }).click();
  await expect(dialog.getByRole('button', { name: /A later headline/ })).toBeVisible();
});

test('"Save mine as a copy" keeps this window’s version as a new story and shows the other one here', async ({
  page,
  host,
}) => {
  await newStory(page, host.url, 'Harbour storm');
  const [folder] = await storyFolders(host.libraryDir);
  const originalUrl = page.url();

  // Typing here while another program writes the file, before the autosave gets to it.
  await page.getByLabel('Body', { exact: true }).click();
  await page.keyboard.type('My paragraph, not yet saved.');
  const theirs = await readStoryFile(host.libraryDir, folder!);
  await writeStoryFile(host.libraryDir, folder!, { ...theirs, headline: 'Harbour storm (night desk)' });

  const banner = page.getByRole('alert').filter({ hasText: 'This story was changed on disk' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Save mine as a copy' }).click();

  // The window now shows the copy: a new story, with my text.
  await expect.poll(() => page.url()).not.toBe(originalUrl);
  await expect(page.getByLabel('Body', { exact: true })).toContainText('My paragraph, not yet saved.');
  const folders = await storyFolders(host.libraryDir);
  expect(folders.sort()).toEqual([folder, `${folder}-copy`].sort());
  const copy = await readStoryFile(host.libraryDir, `${folder}-copy`);
  expect(copy).toMatchObject({ headline: 'Harbour storm', slug: 'harbour-storm-copy' });
  expect(JSON.stringify(copy.body)).toContain('My paragraph, not yet saved.');
  // The original keeps the other program's version.
  expect((await readStoryFile(host.libraryDir, folder!)).headline).toBe('Harbour storm (night desk)');
});
