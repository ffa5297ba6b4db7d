// @vitest-environment jsdom
// The XSS corpus (tests/fixtures/xss) imported: a saved web page whose head and article carry every vector,
// a Word document with the vectors as text and hostile hyperlinks, and each vector alone in a page. What
// comes in is words and web or mail links; pictures pointing out of the page's folder are never read; the
// story the import saves renders with nothing active in it.

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeLink } from '../../../electron/import/html-blocks.ts';
import { importFile } from '../../../electron/import/import-file.ts';
import { importIntoLibrary } from '../../../electron/import/save-imported-story.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import { mediaPath } from '../../../shared/render/render-options.ts';
import { bodyText } from '../../../shared/story/plain-text.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { storyDocumentProblems } from '../../fixtures/xss/active-content.ts';
import {
  escapeMarkup,
  HOSTILE_SAFE_URLS,
  hostileWebPage,
  hostileWordDocumentParts,
  inFile,
  SAFE_HREF,
  UNSAFE_URLS,
  XSS_VECTORS,
} from '../../fixtures/xss/hostile-content.ts';
import { useTempFolders } from '../helpers/temp-library.ts';
import { buildZip } from './zip-builder.ts';

const tempFolder = useTempFolders();
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** Every link address anywhere in a value (story, parts). */
function linkUrls(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/"url":"((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string);
}

const render = (story: Story) =>
  new DOMParser().parseFromString(renderStoryHtml(story, { creditStyle: 'cnn', stylesheet: '', mediaUrl: mediaPath, includeVideoFiles: true }), 'text/html');

/**
 * A library, and a saved page in a folder two levels below a folder that holds "secret" pictures — the files
 * the page's traversal addresses (../../secret.png, %2e%2e/…, ..\\…) aim at.
 */
async function setting() {
  const root = await tempFolder();
  const pageFolder = join(root, 'downloads', 'saved');
  await mkdir(pageFolder, { recursive: true });
  await writeFile(join(root, 'secret.png'), PNG);
  await writeFile(join(root, 'downloads', 'secret.png'), PNG);
  const library = await StoryLibrary.open(join(root, 'library'));
  return { library, pageFolder };
}

describe('importing a saved web page that carries the whole corpus', () => {
  it('saves a valid story of words and web or mail links, and reads no picture from outside the page’s folder', async () => {
    const { library, pageFolder } = await setting();
    const bytes = new TextEncoder().encode(hostileWebPage());
    const { opened, notes } = await importIntoLibrary(library, { fileName: 'hostile.html', bytes, baseFolder: pageFolder });
    const story = opened.story;

    expect(linkUrls(story).length).toBeGreaterThan(0);
    expect(linkUrls(story).filter((url) => !SAFE_HREF.test(url))).toEqual([]);
    expect(await readdir(join(opened.path, 'media')).catch(() => [])).toEqual([]);
    expect(notes.map((note) => note.message).filter((message) => /has no picture/.test(message)).length).toBeGreaterThanOrEqual(6);
    expect(storyDocumentProblems(render(story))).toEqual([]);
  });

  it('keeps each vector the page wrote as text as the words it is', async () => {
    const { library, pageFolder } = await setting();
    const { opened } = await importIntoLibrary(library, { fileName: 'hostile.html', bytes: new TextEncoder().encode(hostileWebPage()), baseFolder: pageFolder });
    const text = bodyText(opened.story).replace(/[\s\u00a0]+/g, ' ');
    for (const entry of XSS_VECTORS) {
      expect(text).toContain(`Vector ${entry.id} as text: ${entry.vector.replace(/\u0000/g, '\ufffd').replace(/[\s\u00a0]+/g, ' ').trim()}`);
    }
  });
});

describe('importing a Word document with the corpus as text and hostile hyperlinks', () => {
  it('saves a valid story whose links all go to the web or to mail, and reads no linked file', async () => {
    const { library, pageFolder } = await setting();
    const bytes = buildZip(hostileWordDocumentParts());
    const { opened } = await importIntoLibrary(library, { fileName: 'hostile.docx', bytes, baseFolder: pageFolder });
    const story = opened.story;

    expect(story.headline).toBe('Council <script>__xss(9401)</script> votes on budget');
    expect(linkUrls(story).length).toBeGreaterThan(0);
    expect(linkUrls(story).filter((url) => !SAFE_HREF.test(url))).toEqual([]);
    expect(await readdir(join(opened.path, 'media')).catch(() => [])).toEqual([]);
    expect(storyDocumentProblems(render(story))).toEqual([]);
  });
});

describe('safeLink(), the importers’ test of an <a href>', () => {
  it.each(UNSAFE_URLS)('never gives anything but a web or mail address for %j', (url) => {
    expect(safeLink(url)).toBeNull();
    // Against the page's address, a scheme-less one ("javascript&colon;…") is a path on that page.
    const resolved = safeLink(url, 'https://news.example/story');
    expect(resolved === null || /^https:\/\/news\.example\//.test(resolved), String(resolved)).toBe(true);
  });

  it.each(HOSTILE_SAFE_URLS)('keeps the web or mail address %j as it is', (url) => {
    expect(safeLink(url)).toBe(url);
  });
});

describe.each(XSS_VECTORS.map((entry) => [entry.id, entry.name, entry] as const))('importing vector %i (%s) alone in a page', (_id, _name, entry) => {
  it('gives parts whose links all go to the web or to mail', async () => {
    const page = `<!DOCTYPE html><html><head><title>${escapeMarkup(entry.name)}</title></head><body><article><h1>Vector ${entry.id}</h1><p>Before the vector.</p><p>${inFile(entry.vector)}</p><p>After the vector.</p></article></body></html>`;
    const imported = await importFile({ fileName: `vector-${entry.id}.html`, bytes: new TextEncoder().encode(page) });
    expect(linkUrls(imported.parts).filter((url) => !SAFE_HREF.test(url))).toEqual([]);
    for (const picture of imported.pictures) expect(picture.ref).not.toMatch(/^\s*(javascript|vbscript):/i);
  });
});
