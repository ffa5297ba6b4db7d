// @vitest-environment jsdom
// The XSS corpus (tests/fixtures/xss) as a hostile page puts it on the clipboard: every vector, one paste at a
// time, live and as text. The cleanup keeps words and safe links only; what DOMPurify hands on, parsed
// again, holds nothing active (mutation XSS: markup that turns dangerous when serialised and re-read).

import { describe, expect, it } from 'vitest';
import { blockText } from '../../../shared/story/plain-text.ts';
import { resolveLink } from '../../../renderer/src/paste/links.ts';
import { plainTextOnly } from '../../../renderer/src/paste/plain-text.ts';
import { sanitizeClipboardHtml } from '../../../renderer/src/paste/sanitize.ts';
import { activeContentProblems } from '../../fixtures/xss/active-content.ts';
import { HOSTILE_SAFE_URLS, hostileClipboardHtml, SAFE_HREF, UNSAFE_URLS, XSS_VECTORS } from '../../fixtures/xss/hostile-content.ts';
import { allText, clean } from './paste-test-kit.ts';

/** Every link address in pasted blocks, lists and nested lists included. */
function linkUrls(value: unknown): string[] {
  return [...allText(value).matchAll(/"url":"((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string);
}

describe.each(XSS_VECTORS.map((entry) => [entry.id, entry.name, entry] as const))('pasting vector %i (%s)', (_id, _name, entry) => {
  const html = hostileClipboardHtml(entry);

  it('gives valid story blocks whose links all go to the web or to mail', () => {
    const { blocks } = clean(html); // clean() fails unless every block passes the story schema
    expect(linkUrls(blocks).filter((url) => !SAFE_HREF.test(url))).toEqual([]);
  });

  it('keeps the vector written out as text as the words it is', () => {
    const text = clean(html).blocks.flatMap(blockText).join('\n');
    // The HTML parser drops a NUL from text; everything else the vector holds is kept, as written.
    const words = entry.vector.replace(/\u0000/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
    expect(text.replace(/[\s\u00a0]+/g, ' ')).toContain(`As text: ${words}`);
  });

  it('hands on from DOMPurify only markup that stays inert when parsed again', () => {
    const sanitized = sanitizeClipboardHtml(html).html;
    const reparsed = new DOMParser().parseFromString(sanitized, 'text/html');
    expect(activeContentProblems(reparsed)).toEqual([]);
    // And once more: serialised and parsed a second time, as mutation XSS needs.
    const twice = new DOMParser().parseFromString(reparsed.body.innerHTML, 'text/html');
    expect(activeContentProblems(twice)).toEqual([]);
  });

  it('gives a one-line field (headline, caption) plain words', () => {
    expect(typeof plainTextOnly(html)).toBe('string');
  });
});

describe('pasted links', () => {
  it.each(UNSAFE_URLS)('drops the address %j and keeps its words', (url) => {
    const { blocks } = clean(`<p>Before <a href="${url.replace(/"/g, '&quot;')}">the words</a> after</p>`);
    expect(linkUrls(blocks)).toEqual([]);
    expect(allText(blocks)).toContain('the words');
  });

  it.each(UNSAFE_URLS)('never become anything but a web or mail address in resolveLink() either, behind DOMPurify: %j', (url) => {
    expect(resolveLink(url).url).toBeNull();
    // Against the page's address, a scheme-less one ("javascript&colon;…") is a path on that page.
    const resolved = resolveLink(url, 'https://news.example/story').url;
    expect(resolved === null || /^https:\/\/news\.example\//.test(resolved), String(resolved)).toBe(true);
  });

  it.each(HOSTILE_SAFE_URLS)('keeps the web or mail address %j as a link, never as markup', (url) => {
    const { blocks } = clean(`<p>Before <a href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">the words</a> after</p>`);
    expect(linkUrls(blocks).every((kept) => SAFE_HREF.test(kept))).toBe(true);
  });

  it('resolves a relative link against the page only to the web', () => {
    const { blocks } = clean('<p><a href="//evil.example/x">protocol-relative</a> <a href="/\\evil.example">slash-backslash</a></p>', {
      baseUrl: 'https://news.example/story',
    });
    expect(linkUrls(blocks).every((url) => /^https:\/\//.test(url))).toBe(true);
  });
});
