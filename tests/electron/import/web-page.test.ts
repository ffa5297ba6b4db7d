import { describe, expect, it } from 'vitest';
import { readWebPage } from '../../../electron/import/web-page.ts';
import type { SourceDocument } from '../../../shared/import/source-document.ts';
import { inlineText } from '../../../shared/story/plain-text.ts';

const encode = (html: string) => new TextEncoder().encode(html);
const read = (html: string, fileName = 'page.html') => readWebPage(encode(html), fileName);

/** Each block as one line of text, the picture refs and captions shown: what a reader would see. */
function lines(document: SourceDocument): string[] {
  return document.blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `h${block.level}: ${inlineText(block.text)}`;
      case 'paragraph':
        return inlineText(block.text);
      case 'quote':
        return `> ${inlineText(block.text)}`;
      case 'list':
        return block.items.map((item) => `* ${inlineText(item)}`).join(' ');
      case 'picture':
        return `[picture ${block.ref}: ${block.caption}]`;
    }
  });
}

const ARTICLE_TEXT =
  '<p>The council voted on Tuesday to close two branch libraries, after a meeting that ran past midnight and drew more than two hundred residents.</p>' +
  '<p>Supporters of the branches said the closures would hurt children and older people the most, and promised to fight the decision at the next election.</p>';

describe('readWebPage()', () => {
  it('takes the headline from the article, the byline line and the highlights box, and reads them before the text', () => {
    const { document } = read(
      `<html><head><title>Libraries to close | Paper</title></head><body><nav><a href="/">Home</a></nav>
       <article><h1>Libraries to close</h1><div class="byline">By Ana Ruiz, Staff Writer</div>
       <div class="box"><h3>Story highlights</h3><ul><li>Two branches close</li><li>Vote was 5-2</li></ul></div>${ARTICLE_TEXT}</article></body></html>`,
    );
    expect(lines(document).slice(0, 4)).toEqual([
      'h1: Libraries to close',
      'By Ana Ruiz, Staff Writer',
      'h2: Story highlights',
      '* Two branches close * Vote was 5-2',
    ]);
    expect(lines(document).filter((line) => line.includes('Two branches'))).toHaveLength(1);
  });

  it('uses the page’s title as the fallback when no headline is printed, never the site’s logo', () => {
    const { document } = read(
      `<html><head><meta property="og:title" content="Libraries to close"></head><body><h1>The Daily Paper</h1><article>${ARTICLE_TEXT}</article></body></html>`,
    );
    expect(document.title).toBe('Libraries to close');
    expect(lines(document)).not.toContain('h1: The Daily Paper');
  });

  it('joins a caption and credit printed beside a picture to the picture, not to the text', () => {
    const { document } = read(
      `<html><body><article>${ARTICLE_TEXT}<div class="photo"><img src="http://cdn.example/p.jpg" alt="Branch">
       <div class="photo-caption">The Elm Street branch on Tuesday.</div><div class="photo-credit">PHOTO: Ana Ruiz/The Paper</div></div>
       <p>A third paragraph with enough words in it to be read as part of the story by the extractor, and then some more.</p></article></body></html>`,
    );
    expect(lines(document)).toContain('[picture http://cdn.example/p.jpg: The Elm Street branch on Tuesday.\nPHOTO: Ana Ruiz/The Paper]');
    expect(lines(document)).not.toContain('The Elm Street branch on Tuesday.');
  });

  it('leaves out cookie banners, dialogs and advertisement slots', () => {
    const { document } = read(
      `<html><body><div id="cookie-banner"><p>We use cookies to give you the best experience on our website, and to show you relevant ads.</p></div>
       <div role="dialog"><p>Subscribe now and get the first month free, cancel at any time, no questions asked.</p></div>
       <article>${ARTICLE_TEXT}<div class="ad-slot"><p>Advertisement · Scroll to continue</p></div></article></body></html>`,
    );
    const text = lines(document).join('\n');
    expect(text).not.toMatch(/cookies|Subscribe|Advertisement/);
    expect(text).toContain('The council voted');
  });

  it('never takes the story out with the chrome, whatever the class of the page’s frame says', () => {
    const { document } = read(
      `<html><body class="has-cookie-banner"><div class="page ad-free"><div class="consent-given">
       <article><h1>Libraries to close</h1>${ARTICLE_TEXT}</article></div></div></body></html>`,
    );
    expect(lines(document)).toEqual(['h1: Libraries to close', expect.stringMatching(/^The council voted/), expect.stringMatching(/^Supporters/)]);
  });

  it('keeps back in place a lead figure the extractor dropped, before the first paragraph', () => {
    const { document } = read(
      `<html><body><article><header><p class="kicker">Local</p><h1>Libraries to close</h1>
       <figure><img src="lead.jpg" alt="Branch"><figcaption>The Elm Street branch.</figcaption></figure></header>
       <div class="body">${ARTICLE_TEXT}</div></article></body></html>`,
    );
    expect(lines(document).slice(0, 3)).toEqual(['h1: Libraries to close', '[picture lead.jpg: The Elm Street branch.]', expect.stringMatching(/^The council voted/)]);
  });

  it('keeps a saved page’s picture paths as written, even under a <base> address', () => {
    const { document } = read(
      `<html><head><base href="https://paper.example/news/"></head><body><article><figure><img src="./Page_files/a.jpg"><figcaption>A.</figcaption></figure>${ARTICLE_TEXT}</article></body></html>`,
    );
    expect(lines(document)).toContain('[picture ./Page_files/a.jpg: A.]');
  });

  it('reads a page in Windows-1252 that says so', () => {
    const bytes = Uint8Array.from([
      ...encode('<html><head><meta charset="windows-1252"></head><body><article><p>Caf'),
      0xe9,
      ...encode(' owner '),
      0x93,
      ...encode('closing'),
      0x94,
      ...encode(' the shop, she said, after thirty years of serving the same street and the same faces every morning.</p></article></body></html>'),
    ]);
    const { document, decoded } = readWebPage(bytes, 'old.html');
    expect(decoded).toMatchObject({ encoding: 'windows-1252', guessed: false });
    expect(lines(document).join('\n')).toContain('Café owner “closing” the shop');
  });

  describe('with hostile pages', () => {
    it('runs nothing: scripts, event attributes and javascript: links stay inert and out of the story', () => {
      const marker = '__copydeskImportRan';
      const { document } = read(
        `<html><head><script>globalThis.${marker} = 1</script></head><body onload="globalThis.${marker} = 2">
         <article><h1>Title</h1><img src="x.jpg" onerror="globalThis.${marker} = 3" alt="x">
         <p>Click <a href="javascript:globalThis.${marker}=4">here</a> or <a href="  jAvAsCrIpT:void(0)">there</a>, and read the rest of this paragraph.</p>
         ${ARTICLE_TEXT}<script>document.write('<p>injected</p>')</script><iframe src="javascript:alert(1)"></iframe>
         <svg onload="globalThis.${marker} = 5"><script>alert(1)</script></svg></article></body></html>`,
      );
      expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
      const all = JSON.stringify(document);
      expect(all).not.toMatch(/javascript|onerror|onload|injected|alert|globalThis/i);
      expect(lines(document)).toContain('Click here or there, and read the rest of this paragraph.');
    });

    it('refuses a binary file named .html', () => {
      expect(() => readWebPage(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), 'setup.html')).toThrow(
        expect.objectContaining({ code: 'unsupported-file', message: expect.stringContaining('binary data') }),
      );
    });

    it('refuses markup nested too deeply to walk, with a message instead of a crash', () => {
      const deep = `<html><body>${'<div>'.repeat(30_000)}<p>deep</p>${'</div>'.repeat(30_000)}</body></html>`;
      expect(() => read(deep, 'deep.html')).toThrow(expect.objectContaining({ code: 'unsupported-file', message: expect.stringMatching(/nested too deeply/) }));
    });

    it('reads a 5 MB page of scripts, styles and menus around an article in a moment', () => {
      const script = `<script>window.__STATE__ = ${JSON.stringify(Array.from({ length: 30_000 }, (_, i) => ({ id: i, url: `https://paper.example/${i}` })))}</script>`;
      const menu = `<nav><ul>${Array.from({ length: 2_000 }, (_, i) => `<li><a href="/t/${i}">Topic ${i}</a></li>`).join('')}</ul></nav>`;
      let html = `<html><head>${script}</head><body>${menu}<article><h1>Libraries to close</h1>${ARTICLE_TEXT}</article></body></html>`;
      while (html.length < 5 * 1024 * 1024) html = html.replace('</body>', `<script>/*${'x'.repeat(200_000)}*/</script></body>`);
      const started = Date.now();
      const { document } = read(html, 'big.html');
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(lines(document)).toEqual(['h1: Libraries to close', expect.stringMatching(/^The council voted/), expect.stringMatching(/^Supporters/)]);
    });

    it('reads a 5 MB page of nothing but text without the extractor, and says so', () => {
      const paragraph = '<p>Members argued for hours about library hours, roads and pensions, and then argued some more.</p>';
      const html = `<html><body><article><h1>Long night</h1>${`<div>${paragraph}</div>`.repeat(Math.ceil((5 * 1024 * 1024) / 111))}</article></body></html>`;
      const { document, notes } = read(html, 'huge.html');
      expect(notes).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('too large') })]);
      expect(document.blocks.length).toBeGreaterThan(40_000);
    }, 60_000);
  });
});
