// Issue 8, hostile content: the XSS corpus (tests/fixtures/xss — the OWASP filter-evasion vectors, mutation
// XSS included) comes in every way a story's text can — a story file opened from the library, the clipboard,
// a saved web page dropped on the window, a Word document — and nothing runs: not in the editor, not in the
// preview, not in an exported file opened in Chromium. A trap, installed before any page script, turns every
// way a vector could announce itself (its __xss() call, alert/confirm/prompt, a dialog, a Content Security
// Policy violation, a script Chromium refused in the sandboxed preview) into a failure. The documents are
// also read for what would run if the browser's other defences (CSP, the sandbox) were not there.

import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { marked } from 'marked';
import { newStoryId } from '../../shared/story/ids.ts';
import type { MediaFile } from '../../shared/story/schema.ts';
import { buildZip } from '../electron/import/zip-builder.ts';
import { activeContentProblems, storyDocumentProblems, unsafeLinks } from '../fixtures/xss/active-content.ts';
import { hostileClipboardHtml, hostileStory, hostileWebPage, hostileWordDocumentParts, XSS_VECTORS } from '../fixtures/xss/hostile-content.ts';
import { dropFile, paste } from './fixtures/clipboard-and-drop.ts';
import { PROJECT_ROOT, startHostProcess } from './fixtures/host-process.ts';

const PICTURE = join(PROJECT_ROOT, 'tests/fixtures/media/street-12x8.jpg');

// ── the trap ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Runs in every frame before its own scripts (Playwright's init script, which no page policy can block):
 * __xss() and the dialog functions report through the console instead of running, and every Content
 * Security Policy violation is reported too: a blocked inline handler is a vector that tried.
 */
const TRAP = `(() => {
  const report = (what) => console.error('XSS-TRAP ' + what + ' in ' + location.href.slice(0, 80));
  Object.defineProperty(window, '__xss', { value: (id) => report('__xss(' + id + ') ran'), configurable: false });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    Object.defineProperty(window, name, { value: (...args) => report(name + '(' + args.join(',') + ') ran'), configurable: false });
  }
  addEventListener('securitypolicyviolation', (event) => {
    // Every violation counts: the app itself never asks for what its policy forbids (renderer/src/zod-without-eval.ts).
    report('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI + ' (' + event.sample + ')');
  }, true);
})();`;

/** Everything in a page that says a vector got somewhere: trap reports, dialogs, errors, refused scripts. */
function watch(page: Page): string[] {
  const breaches: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    breaches.push(`console ${message.type()}: ${message.text().slice(0, 300)}`);
  });
  page.on('dialog', (dialog) => {
    breaches.push(`a ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => breaches.push(`uncaught: ${error.message.slice(0, 300)}`));
  return breaches;
}

async function trappedContext(browser: Browser, options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false });
  await context.addInitScript(TRAP);
  return context;
}

// ── reading documents for what would run (the audits of tests/fixtures/xss/active-content.ts) ──────────
// Handed to page.evaluate as source text, they read the live DOM exactly as the unit tests read a parsed one.

/** The app's own page: the React root with the preview frame allowed, and the links inside the editor. */
async function editorProblems(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const root = document.getElementById('root');
    const frames = [...document.querySelectorAll('iframe[title="Preview"]')];
    const editor = document.querySelector('[data-slate-editor]');
    return [
      ...(${activeContentProblems.toString()})(root, { allowedFrames: frames, appChrome: true }),
      ...(editor ? (${unsafeLinks.toString()})(editor) : []).map((href) => 'an editor link to ' + href),
      ...[...document.body.querySelectorAll('script')].filter((script) => !script.src).map(() => 'an inline script in the page'),
    ];
  })()`);
}

/** The live preview's document, read from the page (the frame itself runs no script, not even ours). */
async function previewProblems(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const frame = document.querySelector('iframe[title="Preview"]');
    return (${storyDocumentProblems.toString()})(frame.contentDocument);
  })()`);
}

async function openPreview(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Preview' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect
    .poll(() => page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]')?.contentDocument?.querySelector('article') !== null))
    .toBe(true);
}

/**
 * An exported (or Markdown-rendered) file opened in Chromium with the trap: with its Content Security
 * Policy, as a reader opens it, and — for `alsoWithoutPolicy` — once more with the policy bypassed, where
 * only the escaping stands between a vector and the trap.
 */
async function openedFileProblems(
  browser: Browser,
  path: string,
  kind: 'story-document' | 'markdown',
  { alsoWithoutPolicy = false } = {},
): Promise<string[]> {
  const problems: string[] = [];
  for (const bypassCSP of alsoWithoutPolicy ? [false, true] : [false]) {
    const context = await trappedContext(browser, { bypassCSP });
    const page = await context.newPage();
    const breaches = watch(page);
    page.on('requestfailed', (request) => breaches.push(`a failed load of ${request.url().slice(0, 120)}`));
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    await page.mouse.move(200, 200); // hover handlers get their chance
    await page.waitForTimeout(300); // timers, onload, meta refresh
    const audit =
      kind === 'story-document'
        ? `(${storyDocumentProblems.toString()})(document)`
        : `[...(${activeContentProblems.toString()})(document), ...(${unsafeLinks.toString()})(document).map((href) => 'a link to ' + href)]`;
    const found = (await page.evaluate(audit)) as string[];
    if (page.url() !== pathToFileURL(path).href) found.push(`the page went to ${page.url().slice(0, 80)}`);
    problems.push(...[...breaches, ...found].map((problem) => `${path}${bypassCSP ? ' (CSP bypassed)' : ''}: ${problem}`));
    await context.close();
  }
  return problems;
}

// ── exporting through the dialog ─────────────────────────────────────────────────────────────────────────

async function exportAs(page: Page, menuItem: string, destination: string): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: menuItem }).click();
  const dialog = page.getByRole('dialog', { name: 'Export story' });
  await expect(dialog.getByRole('region', { name: 'Problems' }).getByText('Checking the story…')).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Save to' }).fill(destination);
  const anyway = dialog.getByRole('button', { name: 'Export anyway' });
  if (await anyway.isVisible()) await anyway.click();
  else await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(destination);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
}

/** The story's exports (single-file HTML, HTML folder, Markdown read by marked), each opened with the trap. */
async function exportedFilesProblems(page: Page, browser: Browser, folder: string): Promise<string[]> {
  const html = join(folder, 'story.html');
  const site = join(folder, 'story-site');
  const markdown = join(folder, 'story.md');
  await exportAs(page, 'HTML (single file)…', html);
  await exportAs(page, 'HTML (folder)…', site);
  await exportAs(page, 'Markdown…', markdown);
  // A CMS reads the Markdown with a Markdown processor, which passes HTML through: what marked makes of it.
  const rendered = join(folder, 'story-markdown.html');
  await writeFile(rendered, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Markdown</title></head><body>${await marked.parse(await readFile(markdown, 'utf8'))}</body></html>`);
  return [
    ...(await openedFileProblems(browser, html, 'story-document', { alsoWithoutPolicy: true })),
    ...(await openedFileProblems(browser, join(site, 'index.html'), 'story-document')),
    ...(await openedFileProblems(browser, rendered, 'markdown')),
  ];
}

/** Nodes as slate-react puts them on the clipboard (application/x-slate-fragment): base64 of the URI-encoded JSON. */
function slateFragment(nodes: unknown[]): string {
  return Buffer.from(encodeURIComponent(JSON.stringify(nodes))).toString('base64');
}

/**
 * Pastes each clipboard in turn, as tests/e2e/fixtures/clipboard-and-drop.ts's paste() does, in one go: the
 * editor takes each paste at its caret before the next comes, as it would from a person pasting quickly.
 */
async function pasteEach(page: Page, clipboards: Record<string, string>[]): Promise<void> {
  await page.getByRole('textbox', { name: 'Story' }).evaluate(async (editor, all) => {
    for (const [index, contents] of all.entries()) {
      const clipboard = new DataTransfer();
      for (const [type, value] of Object.entries(contents)) clipboard.setData(type, value);
      const target = getSelection()?.anchorNode?.parentElement ?? editor;
      const pasteEvent = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true });
      if (target.dispatchEvent(pasteEvent)) {
        target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: clipboard, bubbles: true, cancelable: true }));
      }
      // Let the editor render, so the caret in the page follows the pastes.
      await new Promise((done) => requestAnimationFrame(() => done(index)));
    }
  }, clipboards);
}

// ── a Copydesk of its own: a library holding the hostile story file ─────────────────────────────────────

interface HostileHost {
  url: string;
  origin: string;
  /** A folder of the test's own, for the files it writes and the exports. */
  scratch: string;
  storyId: string;
}

const test = base.extend<{ hostile: HostileHost; breaches: string[] }>({
  hostile: async ({}, use) => {
    const scratch = await mkdtemp(join(tmpdir(), 'copydesk-hostile-'));
    const libraryDir = join(scratch, 'library');
    const configDir = join(scratch, 'config');
    await mkdir(configDir, { recursive: true });
    const storyId = newStoryId(Date.parse('2026-11-28T09:00:00Z'), new Uint8Array(10).fill(7));
    const picture = `${createHash('sha256').update(await readFile(PICTURE)).digest('hex')}.jpg` as MediaFile;
    const storyFolder = join(libraryDir, '2026-hostile-content');
    await mkdir(join(storyFolder, 'media'), { recursive: true });
    await copyFile(PICTURE, join(storyFolder, 'media', picture));
    await writeFile(join(storyFolder, 'story.json'), `${JSON.stringify(hostileStory(storyId, { media: { picture, video: null }, slices: 6 }), null, 2)}\n`);
    const host = await startHostProcess({ libraryDir, configDir });
    try {
      await use({ url: host.url, origin: new URL(host.url).origin, scratch, storyId });
    } finally {
      await host.stop();
      await rm(scratch, { recursive: true, force: true });
    }
  },
  context: async ({ context }, use) => {
    await context.addInitScript(TRAP);
    await use(context);
  },
  breaches: async ({ page }, use) => {
    await use(watch(page));
  },
});

// The checks of the editor, the preview and the exports are soft: a breach in one still lets the others
// report, so a failure says every place a vector got through.
test.describe.configure({ timeout: 90_000 });
// No trace: it snapshots the whole page at every step, and these pages hold stories of hundreds of vectors.
test.use({ trace: 'off' });

test('a story file with the corpus in every field opens, previews, searches and exports with nothing running', async ({
  page,
  browser,
  hostile,
  breaches,
}) => {
  await page.goto(hostile.url);
  const stories = page.getByRole('list', { name: 'Stories in the library' });
  await expect(stories.getByRole('link')).toHaveCount(1);
  await expect(stories.getByRole('link')).toContainText('<script>__xss(1)</script>');

  // The library's search shows the matched words around a vector.
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('__xss');
  await expect(stories.getByRole('link')).toHaveCount(1);
  expect.soft(await editorProblems(page), 'the editor').toEqual([]);

  await stories.getByRole('link').click();
  await expect(page.getByLabel('Headline', { exact: true })).toContainText('<script>__xss(1)</script>');
  const body = page.getByLabel('Body', { exact: true });
  await expect(body.getByText('<svg onload=__xss(78)>', { exact: false }).first()).toBeVisible();
  await expect(body.locator('a[href]').first()).toBeVisible();
  // Hover, focus and click where the vectors are: handlers would fire now if any had got in.
  await body.getByText('onmouseover', { exact: false }).first().hover();
  await body.locator('a[href]').first().click();
  expect(page.url()).toContain(hostile.origin);
  expect.soft(await editorProblems(page), 'the editor').toEqual([]);

  await openPreview(page);
  expect.soft(await previewProblems(page), 'the preview').toEqual([]);
  await page.screenshot({ path: '/tmp/copydesk-shots/hostile-story-file-1280.png' });

  // The browser host's media route takes only a story's own file names.
  for (const name of ['../story.json', '..%2fstory.json', '%2e%2e/story.json', '..%5cstory.json', '..\\story.json', 'x%00.jpg', '%2fetc%2fpasswd']) {
    const response = await page.request.get(`${hostile.origin}/media/${hostile.storyId}/${name}`);
    expect(response.status(), name).toBe(404);
    expect(await response.text(), name).not.toContain('schemaVersion');
  }

  expect.soft(await exportedFilesProblems(page, browser, hostile.scratch), 'the exported files').toEqual([]);
  expect(breaches, 'the trap, in the app’s page').toEqual([]);
});

test.describe('pasting', () => {
  // Chromium checks the page's policy whenever its parser meets an inline handler, even in a document that
  // DOMParser made and that can run nothing: the paste sanitiser's reading of hostile HTML files a report
  // although no handler could ever run. With the policy out of the way, the trap's __xss() is the judge, and
  // it proves more: that the paste path runs nothing by itself, whatever the page's policy.
  test.use({ bypassCSP: true });

  test('every vector pasted from a web page, as HTML, as plain text and as a copied story fragment, stays text', async ({
    page,
    browser,
    hostile,
    breaches,
  }) => {
    await page.goto(hostile.url);
    await page.getByRole('button', { name: 'New story' }).click();
    const editor = page.getByRole('textbox', { name: 'Story' });
    await expect(editor).toBeFocused();

    // One-line parts take the words only.
    await paste(page, { 'text/html': hostileClipboardHtml(XSS_VECTORS[27]!) });
    await expect(page.getByLabel('Headline', { exact: true })).toContainText('onerror=__xss(28)');

    const body = page.getByLabel('Body', { exact: true });
    await body.click();
    await pasteEach(page, XSS_VECTORS.map((vector) => ({ 'text/html': hostileClipboardHtml(vector) })));
    // Every paste arrived (a paste's first paragraph joins the one at the caret, so they are counted in the text).
    const occurrences = (words: string) => body.evaluate((element, what) => element.textContent!.split(what).length - 1, words);
    await expect.poll(() => occurrences('As text: ')).toBe(XSS_VECTORS.length);
    expect(await occurrences('Vector ')).toBe(XSS_VECTORS.length);
    await paste(page, { 'text/plain': XSS_VECTORS.map((entry) => entry.vector).join('\n\n') });

    // What this editor puts on the clipboard when text is copied (slate-react's fragment), forged: a link to
    // a script and text that looks like markup.
    const fragment = [
      { type: 'paragraph', children: [{ text: 'Forged ' }, { type: 'link', url: 'javascript:__xss(9503)', children: [{ text: 'fragment link' }] }, { text: ' <img src=x onerror=__xss(9504)>' }] },
    ];
    await paste(page, { 'application/x-slate-fragment': slateFragment(fragment), 'text/plain': 'Forged fragment' });
    await expect(body.getByText('fragment link')).toBeVisible();
    await expect.soft(body.getByText('fragment link').locator('xpath=ancestor-or-self::a'), 'the forged link').toHaveCount(0);

    await body.getByText('fragment link').hover();
    expect.soft(await editorProblems(page), 'the editor').toEqual([]);
    await openPreview(page);
    expect.soft(await previewProblems(page), 'the preview').toEqual([]);
    await page.screenshot({ path: '/tmp/copydesk-shots/hostile-paste-1280.png' });

    expect.soft(await exportedFilesProblems(page, browser, hostile.scratch), 'the exported files').toEqual([]);
    expect(breaches, 'the trap, in the app’s page').toEqual([]);
  });
});

test('a hostile web page dropped on the window and a hostile Word document imported become inert stories', async ({
  page,
  hostile,
  breaches,
}) => {
  const pagePath = join(hostile.scratch, 'hostile-page.html');
  await writeFile(pagePath, hostileWebPage());
  const wordPath = join(hostile.scratch, 'hostile-letter.docx');
  await writeFile(wordPath, buildZip(hostileWordDocumentParts()));

  await page.goto(hostile.url);
  await expect(page.getByRole('heading', { name: 'Stories', exact: true })).toBeVisible();
  await dropFile(page, pagePath, page.locator('main'));
  await expect(page.getByLabel('Headline', { exact: true })).toContainText('Council <script>__xss(9308)</script> votes');
  await expect(page.getByLabel('Body', { exact: true }).getByText('Vector 1 as text: <script>__xss(1)</script>')).toBeVisible();
  expect.soft(await editorProblems(page), 'the editor').toEqual([]);
  await openPreview(page);
  expect.soft(await previewProblems(page), 'the preview').toEqual([]);

  await page.getByRole('link', { name: 'Library' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(wordPath);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Council <script>__xss(9401)</script> votes on budget');
  expect.soft(await editorProblems(page), 'the editor').toEqual([]);
  await openPreview(page);
  expect.soft(await previewProblems(page), 'the preview').toEqual([]);
  await page.screenshot({ path: '/tmp/copydesk-shots/hostile-word-import-1280.png' });

  expect(breaches, 'the trap, in the app’s page').toEqual([]);
});

