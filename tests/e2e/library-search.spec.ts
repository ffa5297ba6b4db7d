// Finding a story in a library of a thousand: searching as you type, filtering by status, sorting by
// headline, scrolling to the end and opening a result — in the real interface over a real library folder.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, SHOTS_DIR, test as hostTest } from './fixtures/host.ts';
import { folderNameOf, generateStories } from '../electron/helpers/generated-stories.ts';
import { bodyText } from '../../shared/story/plain-text.ts';
import type { Story } from '../../shared/story/schema.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const STORY_COUNT = 1000;
const stories = generateStories(STORY_COUNT);
let seedFolder: string | null = null;
let seedFiles: Promise<string[]> | null = null;

/** The thousand stories as files the host fixture copies into each test's library (written once per worker). */
function seed(): Promise<string[]> {
  seedFiles ??= (async () => {
    seedFolder = await mkdtemp(join(tmpdir(), 'copydesk-e2e-seed-'));
    const folder = seedFolder;
    return Promise.all(
      stories.map(async (story) => {
        const file = join(folder, `${folderNameOf(story)}.json`);
        await writeFile(file, JSON.stringify(story));
        return relative(PROJECT_ROOT, file);
      }),
    );
  })();
  return seedFiles;
}

const test = hostTest.extend({
  seedStories: async ({}, use) => {
    await use(await seed());
  },
});

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

test.afterAll(async () => {
  if (seedFolder) await rm(seedFolder, { recursive: true, force: true });
});

/** The stories holding every word, compared as the desk expects: without case or accents. */
function storiesMatching(query: string): Story[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return stories.filter((story) => {
    const text = fold([story.headline, story.slug, bodyText(story)].join('\n'));
    return words.every((word) => text.includes(word));
  });
}

test('typing in “Search stories” narrows a thousand stories to the ones holding every word', async ({ page, host }) => {
  await page.goto(host.url);
  const list = page.getByRole('list', { name: 'Stories in the library' });
  await expect(page.getByText(`${STORY_COUNT.toLocaleString('en')} stories`, { exact: true })).toBeVisible();
  // Only a screenful of rows is in the page, however many stories there are.
  expect(await list.getByRole('listitem').count()).toBeLessThan(60);

  const box = page.getByRole('searchbox', { name: 'Search stories' });
  await box.pressSequentially('reykjavik stadium', { delay: 30 });
  const expected = storiesMatching('reykjavik stadium');
  expect(expected.length).toBeGreaterThan(1);
  await expect(page.getByText(`${expected.length} stories match “reykjavik stadium”`)).toBeVisible();
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(expected.length));
  const shown = await list.locator('.story-row-headline').allTextContents();
  const expectedHeadlines = new Set(expected.map((story) => story.headline));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((headline) => !expectedHeadlines.has(headline))).toEqual([]);
  // Under each, the words around the match, the matched ones marked in the story's own spelling.
  await expect(list.locator('mark').first()).toHaveText(/^(Reykjavík|stadium)$/);
  await page.screenshot({ path: join(SHOTS_DIR, 'library-search-search-1280.png') });

  await box.fill('zzzz nothing');
  await expect(page.getByRole('heading', { name: 'No stories match “zzzz nothing”' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'library-search-no-match-1280.png') });
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(page.getByText(`${STORY_COUNT.toLocaleString('en')} stories`, { exact: true })).toBeVisible();
  await expect(box).toBeFocused();
});

test('filters by status and sorts by headline', async ({ page, host }) => {
  await page.goto(host.url);
  const list = page.getByRole('list', { name: 'Stories in the library' });
  await page.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: 'Ready' }).check();
  const ready = stories.filter((story) => story.status === 'ready');
  await expect(page.getByText(`${ready.length} ready stories`, { exact: true })).toBeVisible();
  const badges = list.locator('.status-badge');
  await expect(badges.first()).toHaveText('Ready');
  expect(new Set(await badges.allTextContents())).toEqual(new Set(['Ready']));

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Headline (A–Z)' });
  const alphabetical = ready.map((story) => story.headline).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
  await expect(list.locator('.story-row-headline').first()).toHaveText(alphabetical[0]!);
  const shown = await list.locator('.story-row-headline').allTextContents();
  expect(shown).toEqual(alphabetical.slice(0, shown.length));
  await page.screenshot({ path: join(SHOTS_DIR, 'library-search-ready-by-headline-1280.png') });
});

test('scrolling to the end of the list shows the last stories', async ({ page, host }) => {
  await page.goto(host.url);
  const list = page.getByRole('list', { name: 'Stories in the library' });
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Date created' });
  await expect(list.locator('.story-row-headline').first()).toHaveText(stories.at(-1)!.headline);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(list.locator('.story-row-headline').last()).toHaveText(stories[0]!.headline);
});

test('a result opens its story', async ({ page, host }) => {
  await page.goto(host.url);
  const target = stories[417]!;
  await page.getByRole('searchbox', { name: 'Search stories' }).fill(target.slug);
  await expect(page.getByText(`1 story matches “${target.slug}”`)).toBeVisible();
  await page.getByRole('link', { name: new RegExp(target.headline.replace(/[()]/g, '\\$&')) }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText(target.headline);
  // Back in the library, the search is as it was left.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toHaveValue(target.slug);
  await expect(page.getByText(`1 story matches “${target.slug}”`)).toBeVisible();
});

test('the library’s search fits a phone-width window', async ({ page, host }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(host.url);
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('québec bridge');
  await expect(page.getByText(`${storiesMatching('québec bridge').length} stories match “québec bridge”`)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.screenshot({ path: join(SHOTS_DIR, 'library-search-search-390.png') });
});
