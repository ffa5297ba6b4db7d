// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bold, boldItalic, bulleted, clean, cleanFixture, italic, link, numbered, paragraph, subhead } from './paste-test-kit.ts';

describe('cleanPastedHtml() with Google Docs', () => {
  it('does not make everything bold because of the <b style="font-weight:normal" id="docs-internal-guid-…"> wrapper', () => {
    expect(cleanFixture('google-docs-windows-bold-wrapper.html')).toEqual({
      blocks: [paragraph('Hello world')],
      warnings: [],
    });
  });

  it('reads bold and italics from font-weight:700 and font-style:italic spans, keeps links, and makes the heading a subhead', () => {
    const { blocks } = cleanFixture('google-docs-safari-formatting.html');
    expect(blocks.slice(0, 3)).toEqual([
      paragraph('This is a ', bold('title')),
      subhead('This is a ', italic('heading')),
      paragraph(
        'Formatting test: ',
        bold('bold'),
        ', ',
        italic('italic'),
        ', ',
        link('https://w.org/', 'link'),
        ', strikethrough, superscript, subscript, ',
        boldItalic('nested'),
        '.',
      ),
    ]);
  });

  it('turns the <ul> nested directly inside a <ul> into a nested list, and keeps numbered lists numbered', () => {
    const { blocks } = cleanFixture('google-docs-safari-formatting.html');
    expect(blocks.slice(3, 5)).toEqual([
      bulleted('A', ['Bulleted', bulleted('Indented')], 'List'),
      numbered('One', 'Two', 'Three'),
    ]);
  });

  it('pastes the table as one paragraph per cell and the picture not at all, and says so', () => {
    const result = cleanFixture('google-docs-safari-formatting.html');
    expect(result.blocks.slice(5)).toEqual(
      ['One', 'Two', 'Three', '1', '2', '3', 'I', 'II', 'III', 'An image:'].map((text) => paragraph(text)),
    );
    expect(result.warnings).toEqual([
      {
        kind: 'image',
        message: 'A picture (https://lh4.googleusercontent.com/ID) was left out; insert pictures with Insert photo.',
      },
      { kind: 'table', message: 'A table was pasted as separate paragraphs; the story body has no tables.' },
    ]);
  });

  it('keeps each level of a mixed numbered and bulleted list, and starts a new list when the outer style changes', () => {
    expect(cleanFixture('google-docs-nested-lists.html').blocks).toEqual([
      numbered(['1', bulleted(['A', numbered('1')])], '2', ['3', bulleted('A', 'B')]),
      bulleted(['A', numbered('1', '2')]),
    ]);
  });

  it('hangs an item seven levels deeper under the item before it, since the story cannot hold empty levels', () => {
    expect(cleanFixture('google-docs-repeatedly-nested-list.html').blocks).toEqual([
      numbered(['A1', numbered('B8', ['C3', numbered('D4')], 'E2')]),
    ]);
  });

  it('nests a flat list by the aria-level Google Docs puts on each item', () => {
    // Newer Google Docs writes the depth on each <li>; this sample keeps the structure flat to test that alone.
    const html =
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><ul>' +
      '<li aria-level="1" style="list-style-type:disc;"><p role="presentation"><span>Courthouse</span></p></li>' +
      '<li aria-level="2" style="list-style-type:circle;"><p role="presentation"><span>Lobby</span></p></li>' +
      '<li aria-level="1" style="list-style-type:disc;"><p role="presentation"><span>Street</span></p></li>' +
      '</ul></b>';
    expect(clean(html).blocks).toEqual([bulleted(['Courthouse', bulleted('Lobby')], 'Street')]);
  });
});
