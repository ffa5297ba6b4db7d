import { describe, expect, it } from 'vitest';
import { type Run, toRichText } from '../../../renderer/src/paste/rich-text.ts';

const run = (text: string, format: Partial<Omit<Run, 'text'>> = {}): Run => ({
  text,
  bold: false,
  italic: false,
  href: null,
  ...format,
});

describe('toRichText()', () => {
  it('collapses spaces, line breaks and no-break spaces, and trims the ends of the block', () => {
    expect(toRichText([run('\n  Four\u00a0\u00a0people \n were '), run('  arrested.  ')])).toEqual([
      { text: 'Four people were arrested.' },
    ]);
  });

  it('merges neighbouring runs with the same marks into one', () => {
    expect(toRichText([run('Court', { bold: true }), run('house', { bold: true }), run(' arrests')])).toEqual([
      { text: 'Courthouse', bold: true },
      { text: ' arrests' },
    ]);
  });

  it('keeps a space between two bold words bold, so the bold stays one run', () => {
    expect(toRichText([run('four', { bold: true }), run(' '), run('people', { bold: true })])).toEqual([
      { text: 'four people', bold: true },
    ]);
  });

  it('moves a space at the edge of a bold run or a link out of it', () => {
    expect(
      toRichText([
        run('Read '),
        run('the memo ', { href: 'https://example.org/memo' }),
        run('now', { italic: true }),
        run(' and', { bold: true }),
      ]),
    ).toEqual([
      { text: 'Read ' },
      { type: 'link', url: 'https://example.org/memo', children: [{ text: 'the memo' }] },
      { text: ' ' },
      { text: 'now', italic: true },
      { text: ' ' },
      { text: 'and', bold: true },
    ]);
  });

  it('puts differently marked runs with the same address into one link, space included', () => {
    // <a href="…">court <i>records</i></a>
    expect(
      toRichText([
        run('court ', { href: 'https://example.org/records' }),
        run('records', { href: 'https://example.org/records', italic: true }),
      ]),
    ).toEqual([
      {
        type: 'link',
        url: 'https://example.org/records',
        children: [{ text: 'court ' }, { text: 'records', italic: true }],
      },
    ]);
  });

  it('drops bold when asked (for subheads) and gives nothing for blank runs', () => {
    expect(toRichText([run('What ', { bold: true }), run('happened', { bold: true, italic: true })], { dropBold: true })).toEqual([
      { text: 'What ' },
      { text: 'happened', italic: true },
    ]);
    expect(toRichText([run(' \u00a0 ', { bold: true }), run('\n')])).toEqual([]);
  });

  it('keeps curly quotes, dashes and other typography exactly as pasted', () => {
    expect(toRichText([run('“It’s over” — she said…')])).toEqual([{ text: '“It’s over” — she said…' }]);
  });
});
