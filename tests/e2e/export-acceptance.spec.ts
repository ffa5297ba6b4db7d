// Issue 4's "done when", as a new user would try it: a story written in the app exports to one HTML file that
// opens offline in a browser with every picture, passes html-validate and axe, matches the preview, and
// carries JSON-LD a structured-data reader accepts; the Markdown and plain-text exports read well.

import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import type { Browser, Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { marked } from 'marked';
import { expect, SHOTS_DIR, test } from './fixtures/host.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PICTURES = [join(ROOT, 'tests/fixtures/media/street-12x8.jpg'), join(ROOT, 'tests/fixtures/media/harbour-16x10.png')];
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let scratch = '';
test.beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'copydesk-acceptance-'));
});
test.afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function typeInto(page: Page, field: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
  await field.click();
  await page.keyboard.type(text);
}

async function exportAs(page: Page, menuItem: string, destination: string): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: menuItem }).click();
  const dialog = page.getByRole('dialog', { name: 'Export story' });
  await expect(dialog.getByText('No problems found.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Save to' }).fill(destination);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(destination);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
}

/** Opens a file in a fresh browser context where every request but file: and data: is refused and recorded. */
async function openOffline(browser: Browser, path: string, options: { bypassCSP?: boolean } = {}) {
  const context = await browser.newContext({ offline: true, bypassCSP: options.bypassCSP ?? false });
  const network: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data):/.test(url)) return route.continue();
    network.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  return { context, page, network, refused };
}

test('a story written in the app leaves as one HTML file a newsroom can publish, and as Markdown and wire text', async ({
  page,
  host,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();

  // Written from the keyboard: headline, two highlights, byline, dateline, two paragraphs.
  await page.keyboard.type('Harbour reopens after three days of storms');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // no subheadline
  for (const highlight of ['Ferries sail again from Friday', 'Queues on the A20 expected to clear by evening']) {
    await page.keyboard.type(highlight);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ana Ruiz');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Dover');
  await page.keyboard.press('Enter');
  await page.keyboard.type('CNN');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The port of Dover reopened on Friday after three days of storms, its operators said.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The first ferry left for Calais at 6 a.m., and lorries began to move on the A20.');

  // Two photos, each with a caption, alt text and a credit.
  const body = page.getByLabel('Body', { exact: true });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert photo' }).click();
  await (await chooser).setFiles(PICTURES);
  const photos = [
    { caption: 'The first ferry leaves Dover, England, on Friday, Nov. 27, 2026.', alt: 'A white ferry leaving a grey harbour', photographer: 'Kirsty Wigglesworth', organisation: 'AP' },
    { caption: 'Lorries queue on the A20 outside Dover on Friday.', alt: 'A line of lorries on a motorway', photographer: 'Ben Stansall', organisation: 'AFP' },
  ];
  for (const [index, photo] of photos.entries()) {
    await expect(body.getByLabel('Caption').nth(index)).toBeVisible();
    await typeInto(page, body.getByLabel('Caption').nth(index), photo.caption);
    await typeInto(page, body.getByLabel('Alt text').nth(index), photo.alt);
    await typeInto(page, body.getByLabel('Credit: photographers').nth(index), photo.photographer);
    await typeInto(page, body.getByLabel('Credit: organisation').nth(index), photo.organisation);
  }
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^Saved at/, { timeout: 10_000 });

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Preview"]');
  await expect(preview.locator('[data-part="credit"]').nth(1)).toHaveText('PHOTO: Ben Stansall/AFP');

  const htmlFile = join(scratch, 'harbour.html');
  const markdownFile = join(scratch, 'markdown', 'harbour.md');
  const textFile = join(scratch, 'harbour.txt');
  await exportAs(page, 'HTML (single file)…', htmlFile);
  await exportAs(page, 'Markdown…', markdownFile);
  await exportAs(page, 'Plain text (wire style)…', textFile);

  // One file that html-validate's recommended rules accept.
  const html = await readFile(htmlFile, 'utf8');
  const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
  expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);

  // Its JSON-LD, as a structured-data reader sees it: one NewsArticle with both pictures, and no error.
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(html);
  const [article] = extracted.jsonld.NewsArticle as Record<string, any>[];
  expect(article).toMatchObject({
    headline: 'Harbour reopens after three days of storms',
    abstract: 'Ferries sail again from Friday\nQueues on the A20 expected to clear by evening',
    dateline: 'DOVER (CNN)',
    author: [{ '@type': 'Person', name: 'Ana Ruiz' }],
  });
  expect(article!.image.map((image: { creditText: string }) => image.creditText)).toEqual([
    'PHOTO: Kirsty Wigglesworth/AP',
    'PHOTO: Ben Stansall/AFP',
  ]);
  const issues = await new Validator().validate(extracted);
  expect(issues.filter((issue) => issue.severity === 'ERROR')).toEqual([]);

  // Opened offline from disk: every picture shows, nothing is asked of the network, the policy refuses nothing.
  const offline = await openOffline(browser, htmlFile);
  const pictures = await offline.page.locator('img').evaluateAll((images) => (images as HTMLImageElement[]).map((image) => image.naturalWidth));
  expect(pictures).toEqual([12, 16]);
  await expect(offline.page.locator('[data-part="body"] > p').first()).toHaveText(
    'DOVER (CNN) — The port of Dover reopened on Friday after three days of storms, its operators said.',
  );
  expect(offline.network).toEqual([]);
  expect(offline.refused).toEqual([]);
  await offline.page.screenshot({ path: join(SHOTS_DIR, 'acceptance-export-offline.png'), fullPage: true });

  // It reads exactly as the preview does.
  const articleText = (locator: { locator(selector: string): { innerText(): Promise<string> } }) => locator.locator('article').innerText();
  expect(await articleText(offline.page)).toBe(await articleText(preview));
  await offline.context.close();

  // axe-core finds no violation (the test context lifts the file's CSP only to run axe in it).
  const audited = await openOffline(browser, htmlFile, { bypassCSP: true });
  await audited.page.addScriptTag({ content: AXE_SOURCE });
  const violations = await audited.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run(document)).violations.map((violation) => violation.id);
  });
  expect(violations).toEqual([]);
  await audited.context.close();

  // The Markdown reads as the story, with its pictures beside it.
  const markdown = await readFile(markdownFile, 'utf8');
  expect(markdown.split('\n').slice(0, 8)).toEqual([
    '# Harbour reopens after three days of storms',
    '',
    '**Story highlights**',
    '',
    '- Ferries sail again from Friday',
    '- Queues on the A20 expected to clear by evening',
    '',
    'By Ana Ruiz',
  ]);
  expect(markdown).toContain('**DOVER (CNN)** — The port of Dover reopened on Friday');
  expect(markdown).toContain('_The first ferry leaves Dover, England, on Friday, Nov. 27, 2026._ PHOTO: Kirsty Wigglesworth/AP');
  const images = [...(await marked.parse(markdown)).matchAll(/<img src="([^"]+)" alt="([^"]+)"/g)];
  expect(images.map((image) => image[2])).toEqual(photos.map((photo) => photo.alt));
  for (const image of images) expect((await stat(join(scratch, 'markdown', image[1]!))).size).toBeGreaterThan(0);

  // The plain text reads as wire copy: credits in parentheses after captions.
  const text = await readFile(textFile, 'utf8');
  expect(text).toContain('Harbour reopens after three days of storms\n');
  expect(text).toContain('\nDOVER (CNN) — The port of Dover reopened on Friday after three days of storms, its operators said.\n');
  expect(text).toContain('\nPHOTO: The first ferry leaves Dover, England, on Friday, Nov. 27, 2026. (Kirsty Wigglesworth/AP)\n');
  expect(text).toContain('\nPHOTO: Lorries queue on the A20 outside Dover on Friday. (Ben Stansall/AFP)\n');
  expect(text).not.toMatch(/[<>*_#]/);
});
