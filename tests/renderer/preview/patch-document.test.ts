// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import type { HtmlRenderOptions } from '../../../shared/render/render-options.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { BodyBlock, Story } from '../../../shared/story/schema.ts';
import { patchDocument } from '../../../renderer/src/preview/patch-document.ts';

const OPTIONS: HtmlRenderOptions = {
  stylesheet: 'body { margin: 0; }',
  creditStyle: 'ap',
  mediaUrl: (file) => `/media/01jq0000000000000000000000/${file}`,
  includeVideoFiles: true,
};

const PICTURE = `${'a'.repeat(64)}.jpg`;

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });

function story(change: Partial<Story> = {}): Story {
  return {
    ...createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' }),
    highlights: ['Waves over the wall'],
    byline: [{ name: 'Ana Ruiz', title: '', organization: 'AP' }],
    body: [
      paragraph('First paragraph.'),
      {
        type: 'photo',
        id: 'photo-1',
        media: PICTURE,
        alt: 'The harbour wall',
        caption: 'Waves break over the harbour wall.',
        credit: { photographers: ['Ana Ruiz'], organization: 'AP', via: '', restrictions: [], copyright: '' },
      },
      paragraph('Second paragraph.'),
      paragraph('Third paragraph.'),
    ],
    ...change,
  };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const serialize = (document: Document) => document.documentElement.outerHTML;
const bodyBlocks = (document: Document) => Array.from(document.querySelector('[data-part="body"]')!.children);

/** The live document after patching `before` to `after`, and what a fresh parse of `after` gives. */
function patched(before: Story, after: Story) {
  const live = parse(renderStoryHtml(before, OPTIONS));
  const blocks = bodyBlocks(live);
  const nodes = {
    head: Array.from(live.head.childNodes),
    headline: live.querySelector('[data-part="headline"]')!,
    article: live.querySelector('article')!,
    body: live.querySelector('[data-part="body"]')!,
    picture: live.querySelector('img')!,
  };
  patchDocument(live, renderStoryHtml(after, OPTIONS));
  return { live, blocks, nodes, fresh: parse(renderStoryHtml(after, OPTIONS)) };
}

describe('patchDocument()', () => {
  it('replaces only the changed paragraph, leaving every other node the very same object', () => {
    const before = story();
    const after = story({ body: before.body.map((block, index) => (index === 2 ? paragraph('Second paragraph, rewritten.') : block)) });
    const { live, blocks, nodes, fresh } = patched(before, after);

    const now = bodyBlocks(live);
    expect(now[2]).not.toBe(blocks[2]);
    expect(now[2]!.textContent).toBe('Second paragraph, rewritten.');
    for (const index of [0, 1, 3]) expect(now[index]).toBe(blocks[index]);
    expect(live.querySelector('img')).toBe(nodes.picture);
    expect(live.querySelector('[data-part="headline"]')).toBe(nodes.headline);
    expect(live.querySelector('article')).toBe(nodes.article);
    expect(live.querySelector('[data-part="body"]')).toBe(nodes.body);
    // In the head only the structured data changed (its word count): the stylesheet and the rest stay.
    const head = Array.from(live.head.childNodes);
    head.forEach((node, index) => {
      if (node.nodeName === 'SCRIPT') expect(node).not.toBe(nodes.head[index]);
      else expect(node).toBe(nodes.head[index]);
    });
    expect(serialize(live)).toBe(serialize(fresh));
  });

  it('inserts a new block between unchanged ones and keeps those after it', () => {
    const before = story();
    const after = story({ body: [...before.body.slice(0, 2), paragraph('A new paragraph.'), ...before.body.slice(2)] });
    const { live, blocks, fresh } = patched(before, after);

    const now = bodyBlocks(live);
    expect(now).toHaveLength(5);
    [0, 1].forEach((index) => expect(now[index]).toBe(blocks[index]));
    expect(now[3]).toBe(blocks[2]);
    expect(now[4]).toBe(blocks[3]);
    expect(serialize(live)).toBe(serialize(fresh));
  });

  it('removes a block and keeps the picture when blocks move around it', () => {
    const before = story();
    const after = story({ body: [before.body[1]!, before.body[0]!, before.body[3]!] });
    const { live, blocks, nodes, fresh } = patched(before, after);

    const now = bodyBlocks(live);
    expect(now).toHaveLength(3);
    expect(now[0]).toBe(blocks[1]);
    expect(now[1]).toBe(blocks[0]);
    expect(now[2]).toBe(blocks[3]);
    expect(live.querySelector('img')).toBe(nodes.picture);
    expect(serialize(live)).toBe(serialize(fresh));
  });

  it('changes the <title> and the header line that changed, and nothing else in the head', () => {
    const before = story();
    const after = story({ headline: 'Harbour storm floods the quay' });
    const { live, nodes, blocks, fresh } = patched(before, after);

    expect(live.title).toBe('Harbour storm floods the quay');
    expect(live.querySelector('[data-part="headline"]')).not.toBe(nodes.headline);
    expect(live.querySelector('style')).toBe(nodes.head.find((node) => node.nodeName === 'STYLE'));
    expect(live.querySelector('meta[http-equiv]')).toBe(nodes.head.find((node) => (node as Element).getAttribute?.('http-equiv')));
    bodyBlocks(live).forEach((block, index) => expect(block).toBe(blocks[index]));
    expect(serialize(live)).toBe(serialize(fresh));
  });

  it('adds and removes whole parts (a header line, the body) and matches a fresh parse each time', () => {
    const steps: Story[] = [
      story(),
      story({ subheadline: 'The sea wall held, just.' }),
      story({ subheadline: 'The sea wall held, just.', body: [] }),
      story({ headline: '', highlights: [], byline: [], body: [] }),
      story({ dateline: { location: 'Bilbao', source: 'AP' } }),
    ];
    const live = parse(renderStoryHtml(steps[0]!, OPTIONS));
    for (const step of steps.slice(1)) {
      const html = renderStoryHtml(step, OPTIONS);
      patchDocument(live, html);
      expect(serialize(live)).toBe(serialize(parse(html)));
    }
  });

  it('leaves the document untouched when nothing changed', () => {
    const { live, blocks, nodes, fresh } = patched(story(), story());
    bodyBlocks(live).forEach((block, index) => expect(block).toBe(blocks[index]));
    expect(live.querySelector('img')).toBe(nodes.picture);
    expect(serialize(live)).toBe(serialize(fresh));
  });
});
