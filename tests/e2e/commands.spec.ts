// The command table in the browser host, as a person meets it: Ctrl+/ opens the "Keyboard shortcuts" sheet,
// the theme preference turns the whole page dark, Ctrl+P prints the story (the frame it is printed from has
// its print() watched, not replaced by the product), Export PDF… prints it too, saying to choose "Save as
// PDF", and the Story menu duplicates a story and moves it to the Trash after asking.

import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';

const STORY_ID = '01htq2ax5c0000000000000000';
const HEADLINE = 'DOJ and DHS say immigration arrests at courthouses will continue';

test.use({ seedStories: ['tests/fixtures/stories/courthouse-arrests.json'] });

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

async function openStory(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/story/${STORY_ID}`);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText(HEADLINE);
}

/** The page's background colour, as the browser paints it (the root's: the body's is transparent). */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** How light a CSS rgb() colour is, 0 (black) to 255 (white). */
function lightness(color: string): number {
  const [red, green, blue] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}

test('Ctrl+/ opens "Keyboard shortcuts", listing Export and Find with their keys', async ({ page, host }) => {
  await openStory(page, host.url);
  await page.getByLabel('Body', { exact: true }).locator('p').first().click();
  await page.keyboard.press('Control+/');

  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: 'Export ▸ HTML (single file) Ctrl+Shift+E' })).toBeVisible();
  await expect(sheet.getByRole('row', { name: 'Find Ctrl+F' })).toBeVisible();
  await expect(sheet.getByRole('row', { name: 'Bold Ctrl+B' })).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 3 })).toHaveText(['File', 'Edit', 'Format', 'View', 'Window', 'Help']);
  await page.screenshot({ path: join(SHOTS_DIR, 'commands-shortcut-sheet.png') });

  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // The story's own keys still work after the sheet: the editor kept its formatting key.
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the Dark theme in Preferences turns the page dark, and it stays dark after a reload', async ({ page, host }) => {
  await openStory(page, host.url);
  const light = await pageBackground(page);
  expect(lightness(light)).toBeGreaterThan(200);

  await page.keyboard.press('Control+,');
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await preferences.getByRole('button', { name: 'Save' }).click();
  await expect(preferences).toBeHidden();

  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => lightness(await pageBackground(page))).toBeLessThan(60);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('iframe[title="Preview"]')).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'commands-dark-story-1280.png') });

  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText(HEADLINE);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(lightness(await pageBackground(page))).toBeLessThan(60);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'commands-dark-library-1280.png') });
  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'commands-dark-shortcut-sheet.png') });
});

/** The console's errors and warnings from now on: a refused print says so there ("Ignored call to 'print()'…"). */
function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (/Failed to load resource: the server responded with a status of 404/.test(message.text())) return; // the fixture's missing picture
    // Chromium refusing the script Playwright itself injects into a script-less frame; the app runs none there.
    if (message.text().startsWith("Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed")) return;
    problems.push(message.text());
  });
  return problems;
}

/**
 * Watches print() on every frame's window as the app asks for it, and on the page: the product calls the
 * real one; the test records the call and what the frame holds instead of opening a dialog.
 */
async function watchPrintCalls(page: Page): Promise<void> {
  await page.evaluate(() => {
    const calls: string[] = [];
    (window as unknown as { printCalls: string[] }).printCalls = calls;
    window.print = () => void calls.push('the page');
    const original = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const frameWindow = original.get!.call(this) as Window | null;
        if (frameWindow) {
          frameWindow.print = () => {
            const headline = frameWindow.document.querySelector('h1')?.textContent ?? '';
            calls.push(`${this.title}: ${headline}; sandbox=${this.getAttribute('sandbox')}`);
          };
        }
        return frameWindow;
      },
    });
  });
}

const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);

test('Ctrl+P prints the story, as the preview shows it, from a frame of its own', async ({ page, host }) => {
  const problems = consoleProblems(page);
  await openStory(page, host.url);
  await watchPrintCalls(page);
  await page.getByLabel('Body', { exact: true }).locator('p').first().click();
  await page.keyboard.press('Control+P');
  await expect.poll(() => printCalls(page)).toEqual([`Story to print: ${HEADLINE}; sandbox=allow-same-origin allow-modals`]);
  expect(problems).toEqual([]);
});

test('Export PDF… in a browser prints the story and says to choose “Save as PDF” as the printer', async ({ page, host }) => {
  const problems = consoleProblems(page);
  await openStory(page, host.url);
  await watchPrintCalls(page);
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  const items = page.getByRole('menuitem');
  await expect(items).toHaveText(['Print…Ctrl+P', 'Export PDF…', 'Duplicate', 'Move to Trash…', 'Keyboard ShortcutsCtrl+/']);
  await page.getByRole('menuitem', { name: 'Export PDF…' }).click();

  const notice = page.getByRole('status').filter({ hasText: 'Save as PDF' });
  await expect(notice).toContainText('Choose “Save as PDF” as the printer');
  await expect.poll(() => printCalls(page)).toEqual([`Story to print: ${HEADLINE}; sandbox=allow-same-origin allow-modals`]);
  await page.screenshot({ path: join(SHOTS_DIR, 'commands-export-pdf-browser.png') });
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  expect(problems).toEqual([]);
});

test('the Story menu duplicates the story and opens the copy, and moves a story to the Trash after asking', async ({ page, host }) => {
  await openStory(page, host.url);
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(page).not.toHaveURL(new RegExp(`#/story/${STORY_ID}$`));
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText(HEADLINE);
  await expect.poll(async () => (await storyFolders(host.libraryDir)).length).toBe(2);

  // The copy goes to the Trash; the original stays.
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Move to Trash…' }).click();
  const question = page.getByRole('alertdialog', { name: 'Move this story to the Trash?' });
  await expect(question).toContainText(`“${HEADLINE}”`);
  await page.screenshot({ path: join(SHOTS_DIR, 'commands-move-to-trash.png') });
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  expect(await storyFolders(host.libraryDir)).toHaveLength(2);

  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Move to Trash…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect.poll(async () => storyFolders(host.libraryDir)).toEqual(['2017-courthouse-arrests']);
  expect(await readdir(join(host.libraryDir, '.trash'))).toHaveLength(1);
});
