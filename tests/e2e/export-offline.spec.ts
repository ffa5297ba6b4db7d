// An exported story opens offline, on its own: a story with two real pictures, exported by the Node export
// module as one HTML file and as an HTML folder, opened from file:// in Chromium with every network request
// refused. Every picture must show, nothing may be fetched from anywhere but the file itself (data:) or
// the export's own folder (file:), and the document's own Content-Security-Policy must not be violated —
// its stylesheet is allowed by its hash and must apply.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { exportStory } from '../../electron/export/export-story.ts';
import { HOUSE_STYLE, picturedStory } from '../electron/export/export-harness.ts';

let scratch = '';

test.beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'copydesk-export-e2e-'));
});

test.afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

interface Watched {
  /** Every request the page made, by URL (data: URLs cut short). */
  requests: string[];
  /** Requests refused because they would have left the machine. */
  blocked: string[];
  /** CSP violations: from the console and from `securitypolicyviolation` events. */
  violations: string[];
}

/** Records every request and refuses the ones that are not file: or data:; collects CSP violations. */
async function watch(page: Page): Promise<Watched> {
  const watched: Watched = { requests: [], blocked: [], violations: [] };
  page.on('request', (request) => watched.requests.push(request.url().slice(0, 80)));
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    watched.blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) watched.violations.push(`console: ${message.text()}`);
  });
  // Init scripts run before the document's own, and are not subject to its policy (it forbids all script).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  return watched;
}

async function pictures(page: Page) {
  return page.$$eval('img', (images) =>
    images.map((image) => ({ src: image.getAttribute('src')!.slice(0, 40), width: image.naturalWidth, complete: image.complete })),
  );
}

for (const format of ['html', 'html-folder'] as const) {
  test(`a story exported as ${format} shows its pictures offline, fetching nothing and breaking no policy`, async ({ page }) => {
    const { story, folder, pictures: files } = await picturedStory(scratch);
    const result = await exportStory({
      story,
      storyFolder: folder,
      format,
      destination: join(scratch, 'Copydesk Exports', format === 'html' ? 'harbour.html' : 'harbour'),
      houseStyle: HOUSE_STYLE,
    });
    const documentPath = format === 'html' ? result.path : join(result.path, 'index.html');

    const watched = await watch(page);
    await page.goto(pathToFileURL(documentPath).href);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour reopens after the storm');
    const shown = await pictures(page);
    expect(shown).toHaveLength(2);
    for (const picture of shown) {
      expect(picture.complete).toBe(true);
      expect(picture.width).toBeGreaterThan(0);
    }
    if (format === 'html') {
      expect(shown.map((picture) => picture.src.slice(0, 15))).toEqual(['data:image/png;', 'data:image/jpeg']);
    } else {
      expect(shown.map((picture) => picture.src)).toEqual(files.map((file) => `media/${file}`.slice(0, 40)));
    }
    // The story stylesheet, allowed by its hash, is in force.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Georgia');

    expect(watched.blocked).toEqual([]);
    expect(watched.requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    expect(watched.violations).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });
}
