// The live preview and the export, as a person uses them in the browser host: the preview shows what is
// typed without reloading, at desktop and phone widths, and follows the caret; Export ▸ HTML (single file)…
// lists what is wrong, exports anyway when told to, and writes exactly the document the preview shows —
// renderStoryHtml's output for the story, with the pictures inside the file instead of linked.

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { renderStoryHtml } from '../../shared/render/html/story-html.ts';
import type { Story } from '../../shared/story/schema.ts';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PICTURE = join(ROOT, 'tests/fixtures/media/street-12x8.jpg');

let scratch = '';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
  scratch = await mkdtemp(join(tmpdir(), 'copydesk-export-e2e-'));
});

test.afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/**
 * Console errors and warnings (a Content Security Policy violation is one) and uncaught errors, in the page
 * and in the preview's frame. Two are expected: the 404 of the picture file the seeded fixture names but its
 * folder does not have, and Chromium refusing to run the script Playwright's frameLocator injects into the
 * script-less frame (the app itself never runs anything there).
 */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (/Failed to load resource: the server responded with a status of 404/.test(message.text())) return;
    if (message.text().startsWith("Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed")) return;
    problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

const previewFrame = (page: Page) => page.locator('iframe[title="Preview"]');

/** Marks the preview's document with an expando: a reload of the frame would lose it. */
async function markPreviewDocument(page: Page): Promise<void> {
  await previewFrame(page).evaluate((frame: HTMLIFrameElement) => {
    (frame.contentDocument as Document & { copydeskMark?: boolean }).copydeskMark = true;
  });
}

const previewStillMarked = (page: Page) =>
  previewFrame(page).evaluate((frame: HTMLIFrameElement) => (frame.contentDocument as Document & { copydeskMark?: boolean }).copydeskMark === true);

const previewScrollY = (page: Page) => previewFrame(page).evaluate((frame: HTMLIFrameElement) => frame.contentWindow!.scrollY);

/** The preview's live document, serialised. */
const previewHtml = (page: Page) =>
  previewFrame(page).evaluate((frame: HTMLIFrameElement) => `<!DOCTYPE html>\n${frame.contentDocument!.documentElement.outerHTML}`);

/**
 * Puts the same name on a picture however it is addressed: the preview's /media/<story>/<file>, or the
 * export's data: URI, named by the SHA-256 of the bytes it holds — which is how Copydesk names media files,
 * so the two agree exactly when the export carries the very picture the preview links to.
 */
function namePictures(html: string): string {
  return html.replace(/\b(src|poster)="([^"]*)"/g, (_match, attribute: string, url: string) => {
    const data = /^data:image\/(jpeg|png|gif|webp|avif);base64,(.*)$/.exec(url);
    if (data) {
      const extension = data[1] === 'jpeg' ? 'jpg' : data[1]!;
      return `${attribute}="picture:${createHash('sha256').update(Buffer.from(data[2]!, 'base64')).digest('hex')}.${extension}"`;
    }
    const linked = /^\/media\/[^/]+\/([^/]+)$/.exec(url);
    if (linked) return `${attribute}="picture:${linked[1]}"`;
    throw new Error(`An unexpected picture address: ${url.slice(0, 80)}`);
  });
}

async function openExportFromMenu(page: Page, label: string, screenshot?: string): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  if (screenshot) await page.screenshot({ path: join(SHOTS_DIR, screenshot) });
  await page.getByRole('menuitem', { name: label }).click();
  await expect(page.getByRole('dialog', { name: 'Export story' })).toBeVisible();
}

test.describe('the live preview', () => {
  test.use({ seedStories: ['tests/fixtures/stories/courthouse-arrests.json'] });

  test('shows what is typed without reloading, at desktop and phone widths, and follows the caret', async ({ page, host }) => {
    const problems = collectProblems(page);
    await page.goto(host.url);
    await page.getByRole('link', { name: /arrests at courthouses will continue/ }).click();
    const body = page.getByLabel('Body', { exact: true });
    await expect(body).toBeVisible();

    const toggle = page.getByRole('button', { name: 'Preview' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const frame = page.frameLocator('iframe[title="Preview"]');
    await expect(frame.locator('[data-part="headline"]')).toHaveText('DOJ and DHS say immigration arrests at courthouses will continue');
    await expect(previewFrame(page)).toHaveAttribute('sandbox', 'allow-same-origin');

    // The story stylesheet is the document's and applies (the page's policy allows it by its hash).
    const stylesheet = await readFile(join(ROOT, 'assets/styles/story.css'), 'utf8');
    expect(await frame.locator('style').evaluate((style) => style.textContent)).toBe(stylesheet);
    expect(await frame.locator('[data-part="highlights"]').evaluate((section) => getComputedStyle(section).borderTopWidth)).toBe('3px');

    await page.screenshot({ path: join(SHOTS_DIR, 'preview-open-1280.png'), fullPage: true });

    // Typing shows up in the preview, patched into the same document.
    await markPreviewDocument(page);
    const headlineNode = await frame.locator('[data-part="headline"]').elementHandle();
    // The caret at the paragraph's end, put there as a click would; End is not used, since the end of a
    // wrapped line and the start of the next are the same place in the text.
    const firstParagraph = body.locator('[data-slate-node="element"]').filter({ hasText: /policies if they\s+object\.$/ });
    await firstParagraph.click();
    await firstParagraph.evaluate((element) => {
      const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      while (texts.nextNode()) if ((texts.currentNode as Text).data.replace(/\uFEFF/g, '')) last = texts.currentNode as Text;
      getSelection()!.collapse(last!, last!.data.length);
    });
    await page.keyboard.type(' Typed just now.');
    await expect(frame.locator('[data-part="body"] > p').first()).toContainText('policies if they object. Typed just now.');
    expect(await previewStillMarked(page)).toBe(true);
    expect(await headlineNode!.evaluate((node) => node.isConnected)).toBe(true);
    await page.screenshot({ path: join(SHOTS_DIR, 'preview-desktop-1280.png') });

    // Phone width: a 390 px frame.
    await page.getByRole('radiogroup', { name: 'Width' }).getByRole('radio', { name: 'Phone' }).check();
    await expect.poll(async () => (await previewFrame(page).boundingBox())?.width).toBe(390);
    expect(await previewStillMarked(page)).toBe(true);

    // The caret in a later block: the preview scrolls that block into view.
    // From the top, once the frame has settled (a render of the typing above may still scroll it to the
    // caret's paragraph a moment later).
    await expect
      .poll(async () => {
        await previewFrame(page).evaluate((element: HTMLIFrameElement) => element.contentWindow!.scrollTo(0, 0));
        await page.waitForTimeout(300);
        return previewScrollY(page);
      })
      .toBe(0);
    await body.getByText('ICE says its arrests are targeted').click();
    await expect.poll(() => previewScrollY(page)).toBeGreaterThan(0);
    await expect
      .poll(() =>
        previewFrame(page).evaluate((element: HTMLIFrameElement) => {
          const list = element.contentDocument!.querySelector('[data-part="body"] > :nth-child(4)')!;
          const { top, bottom } = list.getBoundingClientRect();
          return top >= 0 && bottom <= element.contentWindow!.innerHeight;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: join(SHOTS_DIR, 'preview-phone-1280.png') });

    // Remembered: after a reload the preview is open at phone width.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await previewFrame(page).boundingBox())?.width).toBe(390);

    // In a phone-sized window the preview goes under the editor, and nothing sticks out sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS_DIR, 'preview-window-390.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.keyboard.press('Control+Alt+P');
    await expect(previewFrame(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'false');

    expect(problems).toEqual([]);
  });
});

test.describe('export', () => {
  test.use({ seedStories: ['tests/fixtures/stories/new-draft.json'] });

  test('a story without a headline is stopped by the check, and goes out when the person says "Export anyway"', async ({
    page,
    host,
  }) => {
    const problems = collectProblems(page);
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Untitled story' }).click();
    const body = page.getByLabel('Body', { exact: true });
    await body.click();
    await page.keyboard.type('A paragraph with no headline above it.');

    await openExportFromMenu(page, 'HTML (single file)…', 'export-menu-1280.png');
    const dialog = page.getByRole('dialog', { name: 'Export story' });
    await expect(dialog.getByRole('radio', { name: 'HTML (single file)' })).toBeChecked();
    const checked = dialog.getByRole('region', { name: 'Problems' });
    await expect(checked.getByRole('listitem')).toHaveText(['Error The story has no headline.']);
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Choose…' })).toHaveCount(0); // the browser host has no save dialog
    await expect(dialog.getByRole('textbox', { name: 'Save to' })).toHaveValue(/Copydesk Exports\/story\.html$/);

    const destination = join(scratch, 'untitled.html');
    await dialog.getByRole('textbox', { name: 'Save to' }).fill(destination);
    await page.screenshot({ path: join(SHOTS_DIR, 'export-dialog-problems-1280.png') });
    await dialog.getByRole('button', { name: 'Export anyway' }).click();

    const done = dialog.getByRole('status');
    await expect(done).toContainText(destination);
    await expect(done).toContainText('1 file');
    const written = await readFile(destination, 'utf8');
    expect(written).toContain('<p>A paragraph with no headline above it.</p>');
    expect(written).not.toContain('<h1');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('a complete story exports without problems, as the very document the preview shows', async ({ page, host }) => {
    const problems = collectProblems(page);
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Untitled story' }).click();
    const editor = page.getByRole('textbox', { name: 'Story' });
    await page.getByLabel('Headline', { exact: true }).click();
    await page.keyboard.type('Harbour reopens after the storm');
    const body = page.getByLabel('Body', { exact: true });
    await body.click();
    await page.keyboard.type('Ferries sailed again on Friday morning.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The port said the queues would clear by the evening.');

    // A credited photo with its alt text, after the first paragraph.
    await body.getByText('Ferries sailed again').click();
    await page.keyboard.press('End');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Insert photo' }).click();
    await (await chooser).setFiles(PICTURE);
    const pictureName = `${createHash('sha256').update(await readFile(PICTURE)).digest('hex')}.jpg`;
    await expect(body.locator(`img[src$="/${pictureName}"]`)).toBeVisible();
    await page.keyboard.type('The first ferry leaves Dover.');
    await body.getByLabel('Alt text').click();
    await page.keyboard.type('A ferry leaving the harbour under grey skies');
    await body.getByLabel('Credit: photographers').click();
    await page.keyboard.type('Ana Ruiz');
    await body.getByLabel('Credit: organisation').click();
    await page.keyboard.type('AP');

    await page.getByRole('button', { name: 'Preview' }).click();
    const frame = page.frameLocator('iframe[title="Preview"]');
    await expect(frame.locator('[data-part="credit"]')).toHaveText('PHOTO: Ana Ruiz/AP'); // the CNN house style, the default
    await expect.poll(() => frame.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(12);

    // Saved, so that the story on disk is the one exported (down to its dateModified).
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^Saved at/);

    // Ctrl+Shift+E opens the dialog on the single-file HTML.
    await editor.click();
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Export story' });
    await expect(dialog.getByRole('radio', { name: 'HTML (single file)' })).toBeChecked();
    await expect(dialog.getByText('No problems found.')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Save to' })).toHaveValue(/Copydesk Exports\/harbour-reopens-after-the-storm\.html$/);
    const destination = join(scratch, 'harbour-reopens.html');
    await dialog.getByRole('textbox', { name: 'Save to' }).fill(destination);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText(destination);
    await page.screenshot({ path: join(SHOTS_DIR, 'export-dialog-done-1280.png') });
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The file is renderStoryHtml's output for the story but for where pictures come from…
    const [folder] = await storyFolders(host.libraryDir);
    const story = (await readStoryFile(host.libraryDir, folder!)) as unknown as Story;
    const written = await readFile(destination, 'utf8');
    expect(written).toContain('src="data:image/jpeg;base64,');
    const rendered = renderStoryHtml(story, {
      stylesheet: await readFile(join(ROOT, 'assets/styles/story.css'), 'utf8'),
      creditStyle: 'cnn', // the default house style: the test's preferences are new
      mediaUrl: (file) => `/media/${story.id}/${file}`,
      includeVideoFiles: false,
    });
    expect(namePictures(written)).toBe(namePictures(rendered));

    // …and, parsed, it is exactly the preview's document with the same pictures in it.
    const exportedAsParsed = await page.evaluate(
      (html) => `<!DOCTYPE html>\n${new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML}`,
      written,
    );
    await expect.poll(async () => namePictures(await previewHtml(page))).toBe(namePictures(exportedAsParsed));

    // Exporting again to the same place asks first, and replaces only when told to.
    await openExportFromMenu(page, 'HTML (single file)…');
    await dialog.getByRole('textbox', { name: 'Save to' }).fill(destination);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByText('Replace it?')).toBeVisible();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog.getByRole('status')).toContainText(destination);
    expect(problems).toEqual([]);
  });
});
