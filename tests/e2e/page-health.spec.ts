// The page loads cleanly under its Content-Security-Policy: no console errors (a CSP violation is one), no
// uncaught exceptions, in the library and in a story, at desk and phone widths.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SHOTS_DIR, test } from './fixtures/host.ts';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // The event stream is cut when the page goes away; that is not a problem of the page.
    if (!request.url().endsWith('/api/events')) problems.push(`request failed: ${request.url()}`);
  });
  return problems;
}

test('the library and a story load with no console errors and no CSP violations', async ({ page, host }) => {
  const problems = collectProblems(page);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Stories', exact: true })).toBeVisible();
  await expect(page.getByText('No stories yet')).toBeVisible();

  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
  await page.getByLabel('Headline', { exact: true }).fill('A clean page');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  await page.screenshot({ path: join(SHOTS_DIR, 'story-new-1280.png') });

  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('A clean page');
  expect(problems).toEqual([]);
});

test('the library is usable in a narrow window', async ({ page, host }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const problems = collectProblems(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Headline', { exact: true }).fill('Narrow windows still work');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: /Narrow windows still work/ })).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'library-390.png'), fullPage: true });

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});

test('a page opened without its token says what to do instead of failing silently', async ({ page, host }) => {
  // The cookie from the first visit lets the page load; the bridge has no token in this fresh tab.
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Stories', exact: true })).toBeVisible();
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('alert')).toContainText('Copydesk could not read the library');
  await expect(page.getByRole('alert')).toContainText('?token=');
});
