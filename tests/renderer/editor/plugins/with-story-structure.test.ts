import { Editor, Node, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { createStoryEditor } from '../../../../renderer/src/editor/create-story-editor.ts';
import { field } from '../../../../renderer/src/editor/document/to-slate.ts';
import { REGION_ORDER, type StoryEditor } from '../../../../renderer/src/editor/document/types.ts';
import { bold, doc, editorWith, expected, h2, italic, li, link, p, photo, quote, ul, video } from '../builders.ts';

/** Runs normalisation over a document given as is (not through the builders' normalising editor). */
function normalise(document: unknown[]): Descendant[] {
  const editor = createStoryEditor();
  editor.children = structuredClone(document) as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

function apply(document: Descendant[], change: (editor: StoryEditor) => void): Descendant[] {
  const editor = editorWith(document);
  change(editor);
  return editor.children;
}

describe('withStoryStructure(): the regions', () => {
  const cases: { it: string; input: unknown[]; output: Descendant[] }[] = [
    { it: 'makes an empty document the eight empty regions', input: [], output: doc() },
    {
      it: 'adds a missing region where it belongs',
      input: doc({ headline: 'Storm' }).filter((region) => region.type !== 'dateline'),
      output: doc({ headline: 'Storm' }),
    },
    {
      it: 'puts regions that are out of order back in order',
      input: [...doc({ headline: 'Storm', body: [p('Boats stayed in port.')] })].reverse(),
      output: doc({ headline: 'Storm', body: [p('Boats stayed in port.')] }),
    },
    {
      it: 'moves a paragraph at the top level into the body (at its start when it comes before it)',
      input: [...doc({ body: [p('Two')] }).slice(0, 2), p('One'), ...doc({ body: [p('Two')] }).slice(2)],
      output: doc({ body: [p('One'), p('Two')] }),
    },
    {
      it: 'merges a second body into the first',
      input: [...doc({ body: [p('One')] }), { type: 'body', children: [p('Two')] }],
      output: doc({ body: [p('One'), p('Two')] }),
    },
    {
      it: 'joins the words of a second headline to the first',
      input: [{ type: 'headline', children: [{ text: '' }] }, ...doc({ headline: 'Storm' })],
      output: doc({ headline: 'Storm' }),
    },
    {
      it: 'drops a second, empty subheadline',
      input: [...doc({ subheadline: 'Calm' }), { type: 'subheadline', children: [{ text: '' }] }],
      output: doc({ subheadline: 'Calm' }),
    },
  ];
  it.each(cases)('$it', ({ input, output }) => {
    expect(normalise(input)).toEqual(expected(output));
  });

  it('never lets the headline be removed: it comes back empty', () => {
    const result = apply(doc({ headline: 'Storm', body: [p('Text')] }), (editor) => Transforms.removeNodes(editor, { at: [0] }));
    expect(result).toEqual(expected(doc({ body: [p('Text')] })));
  });

  it('keeps the eight regions whatever is removed', () => {
    const result = apply(doc({ headline: 'A', body: [p('B')] }), (editor) => {
      for (let i = 7; i >= 0; i--) Transforms.removeNodes(editor, { at: [i] });
    });
    expect(result.map((node) => (node as { type: string }).type)).toEqual(REGION_ORDER);
  });
});

describe('withStoryStructure(): what each part may hold', () => {
  const regions = (document: Descendant[]) => document;
  const cases: { it: string; input: Descendant[]; output: Descendant[] }[] = [
    {
      it: 'strips bold and italics from the headline',
      input: doc({ headline: 'x' }).map((region) =>
        region.type === 'headline' ? { type: 'headline', children: [bold('Storm '), italic('closes')] } : region,
      ) as Descendant[],
      output: doc({ headline: 'Storm closes' }),
    },
    {
      it: 'unwraps a link in the headline, keeping its words',
      input: doc().map((region) =>
        region.type === 'headline' ? { type: 'headline', children: [{ text: 'See ' }, link('https://a.example', 'this')] } : region,
      ) as Descendant[],
      output: doc({ headline: 'See this' }),
    },
    {
      it: 'joins the lines of a headline with one space',
      input: doc({ headline: 'Storm closes\nthe harbour' }),
      output: doc({ headline: 'Storm closes the harbour' }),
    },
    {
      it: 'joins the lines of a caption with one space, and drops a break that already has a space',
      input: doc({ body: [photo('a', { caption: 'Boats in port \non Tuesday.\r\nNo sailing.' })] }),
      output: doc({ body: [photo('a', { caption: 'Boats in port on Tuesday. No sailing.' })] }),
    },
    {
      it: 'turns a highlight dropped into the body into a paragraph',
      input: doc({ body: [p('One'), { type: 'highlight', children: [{ text: 'Two' }] } as never] }),
      output: doc({ body: [p('One'), p('Two')] }),
    },
    {
      it: 'turns a paragraph dropped into the highlights into a bullet, without its bold',
      input: regions(
        doc().map((region) =>
          region.type === 'highlights' ? { type: 'highlights', children: [p(bold('Strong'))] } : region,
        ) as Descendant[],
      ),
      output: doc({ highlights: ['Strong'] }),
    },
    {
      it: 'unwraps a whole region pasted into the body, keeping its text as paragraphs',
      input: doc({ body: [p('One'), { type: 'highlights', children: [{ type: 'highlight', children: [{ text: 'Two' }] }] } as never] }),
      output: doc({ body: [p('One'), p('Two')] }),
    },
    {
      it: 'moves a photo put in the headline region out, and drops it there, keeping the headline text',
      input: doc().map((region) =>
        region.type === 'headline' ? { type: 'headline', children: [{ text: 'Storm' }, photo('x') as never] } : region,
      ) as Descendant[],
      output: doc({ headline: 'Storm' }),
    },
    {
      it: 'gives an empty body its empty paragraph',
      input: doc().map((region) => (region.type === 'body' ? { type: 'body', children: [] } : region)) as Descendant[],
      output: doc(),
    },
    {
      it: 'gives empty highlights one empty bullet and an empty byline one empty entry',
      input: doc().map((region) =>
        region.type === 'highlights' || region.type === 'byline' ? { type: region.type, children: [] } : region,
      ) as Descendant[],
      output: doc(),
    },
    {
      it: 'completes a photo missing its alt text and credit, in order',
      input: doc({ body: [{ type: 'photo', id: 'a', media: null, children: [field('caption', 'Boats')] } as never] }),
      output: doc({ body: [photo('a', { caption: 'Boats' })] }),
    },
    {
      it: 'puts a photo’s parts back in order',
      input: doc({
        body: [{ type: 'photo', id: 'a', media: null, children: [...photo('a', { caption: 'C', alt: 'A' }).children].reverse() } as never],
      }),
      output: doc({ body: [photo('a', { caption: 'C', alt: 'A' })] }),
    },
    {
      it: 'keeps a paragraph that strayed into a quote, after the quote',
      input: doc({ body: [{ type: 'block-quote', children: [...(quote('Words', 'Her') as unknown as { children: never[] }).children, p('Stray')] } as never] }),
      output: doc({ body: [quote('Words', 'Her'), p('Stray')] }),
    },
    {
      it: 'gives a list item without text an empty text before its nested list',
      input: doc({ body: [ul({ type: 'list-item', children: [ul('Inner')] } as never)] }),
      output: doc({ body: [ul(li('', ul('Inner')))] }),
    },
    {
      it: 'joins two nested lists of one item into the first',
      input: doc({ body: [ul({ type: 'list-item', children: [...li('Outer', ul('A')).children, ul('B')] } as never)] }),
      output: doc({ body: [ul(li('Outer', ul('A', 'B')))] }),
    },
    {
      it: 'removes a list left with no items, and a body left with nothing gets its paragraph',
      input: doc({ body: [{ type: 'list', style: 'bulleted', children: [] } as never] }),
      output: doc(),
    },
    {
      it: 'unwraps a link whose address is not http(s) or mailto',
      input: doc({ body: [p('See ', link('javascript:alert(1)', 'this'), '.')] }),
      output: doc({ body: [p('See this.')] }),
    },
    {
      it: 'keeps a second lead photo, at the top of the body',
      input: doc({ lead: photo('a'), body: [p('Text')] }).map((region) =>
        region.type === 'lead' ? { type: 'lead', children: [photo('a'), photo('b')] } : region,
      ) as Descendant[],
      output: doc({ lead: photo('a'), body: [photo('b'), p('Text')] }),
    },
    {
      it: 'drops the empty slot of the lead once it has a photo',
      input: doc().map((region) =>
        region.type === 'lead' ? { type: 'lead', children: [{ type: 'empty-slot', slot: 'lead', children: [{ text: '' }] }, photo('a')] } : region,
      ) as Descendant[],
      output: doc({ lead: photo('a') }),
    },
    {
      it: 'moves a photo out of the related videos to the end of the body',
      input: doc({ body: [p('Text')], related: [video('v'), photo('a')] }),
      output: doc({ body: [p('Text'), photo('a')], related: [video('v')] }),
    },
    {
      it: 'strips marks and links from fields',
      input: doc({ body: [photo('a')] }).map((region) =>
        region.type === 'body'
          ? {
              type: 'body',
              children: [
                {
                  ...photo('a'),
                  children: photo('a').children.map((child) =>
                    child.type === 'field' && child.name === 'caption'
                      ? { ...child, children: [bold('Boats '), link('https://a.example', 'in port')] }
                      : child,
                  ),
                },
              ],
            }
          : region,
      ) as Descendant[],
      output: doc({ body: [photo('a', { caption: 'Boats in port' })] }),
    },
  ];
  it.each(cases)('$it', ({ input, output }) => {
    expect(normalise(input as unknown[])).toEqual(expected(output));
  });

  it('leaves a story from to-slate as it is, apart from the spacer text Slate puts around links', () => {
    const input = doc({ headline: 'A', body: [h2('Sub'), p('x ', link('https://a.example', 'y')), quote('q', 'who'), ul('one', li('two', ul('three')))] });
    const output = normalise(input);
    expect(output.slice(0, 6)).toEqual(input.slice(0, 6));
    expect(Node.string(output[6]!)).toBe(Node.string(input[6]!));
  });
});

describe('withStoryStructure(): local normalisation', () => {
  it('marks only the typed text and its block dirty when typing, not the body or the editor', () => {
    const editor = editorWith(doc({ body: [p('One|'), p('Two')] }));
    const dirty = editor.getDirtyPaths({ type: 'insert_text', path: [6, 0, 0], offset: 3, text: 'x' });
    expect(dirty).toEqual([[6, 0], [6, 0, 0]]);
  });

  it('normalises nothing above the paragraph while typing in a long body', () => {
    const body = Array.from({ length: 2000 }, (_, i) => p(`Paragraph ${i}.`));
    const editor = editorWith(doc({ body }));
    Transforms.select(editor, { path: [6, 1000, 0], offset: 3 });
    const seen: number[][] = [];
    const { normalizeNode } = editor;
    editor.normalizeNode = (entry, options) => {
      seen.push(entry[1]);
      normalizeNode(entry, options);
    };
    editor.insertText('x');
    expect(seen).toEqual([[6, 1000, 0], [6, 1000]]);
  });
});
