// Templates and the workflow panel, as a new user meets them in the browser host: New from template ▸
// Breaking news opens a story with the template's structure; the Desk panel sets its status, an embargo
// (with the banner at the top of the story while it holds) and a correction; and templates are edited like
// stories without ever showing in the story list.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

/** The library's story folders: the templates folder is not a story. */
async function stories(libraryDir: string): Promise<string[]> {
  return (await storyFolders(libraryDir)).filter((name) => name !== 'templates');
}

async function newFromTemplate(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New from template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await expect(dialog.getByRole('button', { name })).toBeVisible();
  await dialog.getByRole('button', { name }).click();
  await expect(dialog).toHaveCount(0);
}

test('New from template ▸ Breaking news, then status, embargo and a correction on the Desk panel', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New from template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await expect(dialog.getByRole('list', { name: 'Templates' }).getByRole('button')).toHaveCount(4);
  await expect(dialog.getByRole('button', { name: 'Breaking news' })).toHaveAccessibleDescription(/^A developing story: BREAKING highlights/);
  await page.screenshot({ path: join(SHOTS_DIR, 'templates-dialog-1280.png') });
  await dialog.getByRole('button', { name: 'Breaking news' }).click();

  // The story opens with the template's structure: BREAKING highlights, TK where the facts go, the note.
  await expect(page).toHaveURL(/#\/story\/[0-9a-z]{26}$/);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('TK — What happened, where');
  await expect(page.getByLabel('Highlights').getByRole('listitem').first()).toHaveText('BREAKING: TK — what happened, where and when');
  await expect(page.getByLabel('Body', { exact: true }).getByText('What we know so far')).toBeVisible();
  await expect(page.getByLabel("Editor's notes")).toHaveValue(/^Developing story — check back\./);
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('draft');
  await page.screenshot({ path: join(SHOTS_DIR, 'templates-breaking-news-1280.png'), fullPage: true });

  await page.getByLabel('Status', { exact: true }).selectOption('edited');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);

  // An embargo in the future: the banner says so at the top of the story.
  const banner = page.getByRole('alert').filter({ hasText: 'Embargoed until' });
  await expect(banner).toHaveCount(0);
  await page.getByLabel('Embargo', { exact: true }).fill('2030-12-02T06:00');
  await expect(banner).toHaveText('Embargoed until Mon, 2 Dec 2030, 06:00 — do not publish');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS_DIR, 'templates-embargo-banner-1280.png') });
  const [folder] = await stories(host.libraryDir);
  await expect.poll(async () => (await readStoryFile(host.libraryDir, folder!)).embargo).toBe('2030-12-02T06:00:00+00:00');

  // Clearing the field lifts the embargo, and the banner goes.
  await page.getByLabel('Embargo', { exact: true }).fill('');
  await expect(banner).toHaveCount(0);
  await expect.poll(async () => (await readStoryFile(host.libraryDir, folder!)).embargo).toBeNull();

  // A correction, dated today.
  await page.getByLabel('New correction').fill('An earlier version of this story gave the wrong time for the blast.');
  await page.getByRole('button', { name: 'Add correction' }).click();
  const correction = page.getByRole('group', { name: 'Correction 1' });
  await expect(correction.getByRole('textbox', { name: 'Text' })).toHaveValue('An earlier version of this story gave the wrong time for the blast.');
  await expect(page.getByLabel('New correction')).toHaveValue('');
  await correction.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS_DIR, 'templates-desk-panel-1280.png') });

  await expect
    .poll(async () => (await readStoryFile(host.libraryDir, folder!)).corrections)
    .toEqual([{ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/), text: 'An earlier version of this story gave the wrong time for the blast.' }]);
  expect(await readStoryFile(host.libraryDir, folder!)).toMatchObject({
    status: 'edited',
    headline: 'TK — What happened, where',
    editorsNotes: expect.stringMatching(/^Developing story — check back\./),
  });

  // A phone-width look at the same story.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS_DIR, 'templates-story-390.png'), fullPage: true });
});

test('templates are edited like stories and never appear in the story list', async ({ page, host }) => {
  await page.goto(host.url);
  await newFromTemplate(page, 'Photo story');
  await expect(page.getByRole('group', { name: 'Photo', exact: true })).toHaveCount(4);
  await page.getByRole('link', { name: 'Library' }).click();

  // One story in the list; the four templates are not stories.
  await expect(page.getByRole('list', { name: 'Stories in the library' }).getByRole('listitem')).toHaveCount(1);
  expect(await stories(host.libraryDir)).toHaveLength(1);

  await page.getByRole('button', { name: 'New from template…' }).click();
  await page.getByRole('dialog', { name: 'New from template' }).getByRole('button', { name: 'Edit templates' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit templates' });
  await expect(edit.getByRole('link')).toHaveCount(4);
  await page.screenshot({ path: join(SHOTS_DIR, 'templates-edit-list-1280.png') });
  await edit.getByRole('link', { name: 'Feature' }).click();

  await expect(page.getByRole('note').filter({ hasText: 'This is a template, not a story.' })).toBeVisible();
  await page.getByLabel('Subheadline').fill('TK — Our dek: one line, no more than 20 words.');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  await page.screenshot({ path: join(SHOTS_DIR, 'templates-editing-feature-1280.png') });
  await expect
    .poll(async () => (await readStoryFile(join(host.libraryDir, 'templates'), 'feature')).subheadline)
    .toBe('TK — Our dek: one line, no more than 20 words.');

  // A story made from the edited template starts from the new version; the list still holds stories only.
  await page.getByRole('link', { name: 'Library' }).click();
  await newFromTemplate(page, 'Feature');
  await expect(page.getByLabel('Subheadline')).toHaveText('TK — Our dek: one line, no more than 20 words.');
  await expect(page.getByRole('note').filter({ hasText: 'This is a template' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Stories in the library' }).getByRole('listitem')).toHaveCount(2);
});

test('the export dialog warns about an embargo that still holds', async ({ page, host }) => {
  await page.goto(host.url);
  await newFromTemplate(page, 'Feature');
  await page.getByLabel('Embargo', { exact: true }).fill('2030-12-02T06:00');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /^HTML \(single file\)/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export story' });
  await expect(dialog.getByRole('region', { name: 'Problems' })).toContainText(
    'Embargoed until Mon 2 Dec 2030, 06:00 UTC: the story must not be published before then.',
  );
  await page.screenshot({ path: join(SHOTS_DIR, 'templates-export-embargo-1280.png') });
});
