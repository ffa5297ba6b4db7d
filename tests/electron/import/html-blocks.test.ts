import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomNode } from '../../../electron/import/dom-nodes.ts';
import { htmlToBlocks, safeLink } from '../../../electron/import/html-blocks.ts';

function blocksOf(html: string, options: Parameters<typeof htmlToBlocks>[1] = {}) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlToBlocks(document.body as unknown as DomNode, options);
}

describe('htmlToBlocks()', () => {
  it('reads headings, paragraphs and quotes as blocks, with white space collapsed', () => {
    expect(blocksOf('<h2>  Talks  resume </h2><p>One\n   two</p><blockquote><p>Said it.</p><p>Twice.</p></blockquote>')).toEqual([
      { kind: 'heading', level: 2, text: [{ text: 'Talks resume' }] },
      { kind: 'paragraph', text: [{ text: 'One two' }] },
      { kind: 'quote', text: [{ text: 'Said it.' }] },
      { kind: 'quote', text: [{ text: 'Twice.' }] },
    ]);
  });

  it('keeps bold and italic as marks, and joins runs with the same marks', () => {
    expect(blocksOf('<p>A <b>bold</b><strong> move</strong> and <em>an <i>aside</i></em>.</p>')).toEqual([
      {
        kind: 'paragraph',
        text: [{ text: 'A ' }, { text: 'bold move', bold: true }, { text: ' and ' }, { text: 'an aside', italic: true }, { text: '.' }],
      },
    ]);
  });

  it('keeps http(s) and mailto links, and only the words of any other', () => {
    const [block] = blocksOf(
      '<p><a href="https://example.com/a">web</a> <a href="mailto:desk@example.com">mail</a> ' +
        '<a href="javascript:alert(1)">script</a> <a href=" JaVaScRiPt:alert(1)">caps</a> <a href="file:///etc/passwd">file</a> ' +
        '<a href="data:text/html,<script>x</script>">data</a> <a href="#top">anchor</a></p>',
    );
    expect(block).toEqual({
      kind: 'paragraph',
      text: [
        { type: 'link', url: 'https://example.com/a', children: [{ text: 'web' }] },
        { text: ' ' },
        { type: 'link', url: 'mailto:desk@example.com', children: [{ text: 'mail' }] },
        { text: ' script caps file data anchor' },
      ],
    });
  });

  it('resolves a relative link against the page’s address, and drops it without one', () => {
    expect(blocksOf('<p><a href="/news/a">rel</a></p>', { baseUrl: 'https://paper.example/x/y' })).toEqual([
      { kind: 'paragraph', text: [{ type: 'link', url: 'https://paper.example/news/a', children: [{ text: 'rel' }] }] },
    ]);
    expect(blocksOf('<p><a href="/news/a">rel</a></p>')).toEqual([{ kind: 'paragraph', text: [{ text: 'rel' }] }]);
    expect(safeLink('//evil.example/x')).toBeNull();
  });

  it('reads a list with its nested lists flattened after the item that holds them', () => {
    expect(blocksOf('<ol><li>One<ul><li>One a</li><li>One b</li></ul></li><li><p>Two</p></li></ol>')).toEqual([
      { kind: 'list', style: 'numbered', items: [[{ text: 'One' }], [{ text: 'One a' }], [{ text: 'One b' }], [{ text: 'Two' }]] },
    ]);
  });

  it('reads a figure as a picture with its caption, and a credit marked up apart on a line of its own', () => {
    expect(
      blocksOf('<figure><img src="a.jpg" alt=" Cars  queue "><figcaption>Cars queue. <span class="credit">Photograph: Tom Ashby/PA</span></figcaption></figure>'),
    ).toEqual([{ kind: 'picture', ref: 'a.jpg', alt: 'Cars queue', caption: 'Cars queue.\nPhotograph: Tom Ashby/PA' }]);
  });

  it('takes a lazy-loaded picture’s real address, and skips tracking pixels and pictures without one', () => {
    expect(
      blocksOf(
        '<img src="data:image/gif;base64,R0lGOD" data-src="real.jpg" alt="x"><img src="pixel.gif" width="1" height="1"><img alt="no source">',
      ),
    ).toEqual([{ kind: 'picture', ref: 'real.jpg', alt: 'x', caption: '' }]);
  });

  it('joins a caption paragraph to the picture beside it that has none (Word’s captions, above or below)', () => {
    expect(blocksOf('<p><img src="a.png"></p><figcaption>Below.</figcaption><figcaption>Above.</figcaption><p><img src="b.png"></p>')).toEqual([
      { kind: 'picture', ref: 'a.png', alt: '', caption: 'Below.' },
      { kind: 'picture', ref: 'b.png', alt: '', caption: 'Above.' },
    ]);
    expect(blocksOf('<figcaption>No picture here.</figcaption>')).toEqual([{ kind: 'paragraph', text: [{ text: 'No picture here.' }] }]);
  });

  it('splits a paragraph at <br> and a picture inside it', () => {
    expect(blocksOf('<p>First line<br>second line <img src="p.jpg"> after</p>')).toEqual([
      { kind: 'paragraph', text: [{ text: 'First line' }] },
      { kind: 'paragraph', text: [{ text: 'second line' }] },
      { kind: 'picture', ref: 'p.jpg', alt: '', caption: '' },
      { kind: 'paragraph', text: [{ text: 'after' }] },
    ]);
  });

  it('reads a table row as one line of its cells', () => {
    expect(blocksOf('<table><tr><th>Town</th><th>Votes</th></tr><tr><td>Dover</td><td><b>1,204</b></td></tr></table>')).toEqual([
      { kind: 'paragraph', text: [{ text: 'Town | Votes' }] },
      { kind: 'paragraph', text: [{ text: 'Dover | ' }, { text: '1,204', bold: true }] },
    ]);
  });

  it('never reads scripts, styles, forms, frames, players or hidden text', () => {
    expect(
      blocksOf(
        '<script>alert(1)</script><style>p{}</style><noscript>Enable JS</noscript><form><input value="x"><button>Go</button></form>' +
          '<iframe srcdoc="<p>framed</p>"></iframe><video><p>Your browser…</p></video><svg><text>svg</text></svg>' +
          '<p hidden>hidden</p><p style="display: none">none</p><p aria-hidden="true">aria</p><p>Kept.</p>',
      ),
    ).toEqual([{ kind: 'paragraph', text: [{ text: 'Kept.' }] }]);
  });

  it('drops paragraphs of nothing but spaces', () => {
    expect(blocksOf('<p>&nbsp;</p><p> \u00a0 </p><p>Text</p>')).toEqual([{ kind: 'paragraph', text: [{ text: 'Text' }] }]);
  });
});
