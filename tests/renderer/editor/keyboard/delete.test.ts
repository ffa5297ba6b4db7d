// Backspace and Delete through the Slate API: input document with the caret (or a selection) marked,
// expected document and caret.

import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { doc, expected, li, p, photo, quote, ul, video } from '../builders.ts';
import { backspace, deleteKey, deleteSelection, hasSelectionMark, type KeyCase } from './press.ts';

describe('Backspace', () => {
  const cases: KeyCase[] = [
    { it: 'inside text deletes a character', input: doc({ body: [p('Ab|c')] }), output: doc({ body: [p('A|c')] }) },
    { it: 'at the start of the headline does nothing', input: doc({ headline: '|Storm' }), output: doc({ headline: '|Storm' }) },
    {
      it: 'at the start of the body moves to the end of the dateline instead of merging',
      input: doc({ dateline: ['LONDON', 'AP'], body: [p('|First')] }),
      output: doc({ dateline: ['LONDON', 'AP|'], body: [p('First')] }),
    },
    {
      it: 'at the start of the subheadline moves to the end of the headline',
      input: doc({ headline: 'Storm', subheadline: '|Calm' }),
      output: doc({ headline: 'Storm|', subheadline: 'Calm' }),
    },
    {
      it: 'at the start of a field moves to the field before it',
      input: doc({ dateline: ['LONDON', '|AP'] }),
      output: doc({ dateline: ['LONDON|', 'AP'] }),
    },
    { it: 'at the start of a paragraph merges it into the one before', input: doc({ body: [p('One'), p('|Two')] }), output: doc({ body: [p('One|Two')] }) },
    { it: 'at the start of a bullet merges it into the one before', input: doc({ highlights: ['One', '|Two'] }), output: doc({ highlights: ['One|Two'] }) },
    {
      it: 'at the start of the first bullet moves to the subheadline',
      input: doc({ subheadline: 'Calm', highlights: ['|One'] }),
      output: doc({ subheadline: 'Calm|', highlights: ['One'] }),
    },
    {
      it: 'on an empty first paragraph of the body removes it and moves to the dateline',
      input: doc({ dateline: ['X', 'Y'], body: [p('|'), p('Text')] }),
      output: doc({ dateline: ['X', 'Y|'], body: [p('Text')] }),
    },
    {
      it: 'on the body’s only, empty paragraph keeps it',
      input: doc({ dateline: ['X', 'Y'] }).map((region) => (region.type === 'body' ? { type: 'body', children: [p('|')] } : region)) as Descendant[],
      output: doc({ dateline: ['X', 'Y|'] }),
    },
    { it: 'at the start of a list item makes it a paragraph', input: doc({ body: [ul('One', '|Two')] }), output: doc({ body: [ul('One'), p('|Two')] }) },
    {
      it: 'on an empty nested item moves it out one level',
      input: doc({ body: [ul(li('One', ul('|')))] }),
      output: doc({ body: [ul('One', '|')] }),
    },
    { it: 'at the start of a quote makes it a paragraph', input: doc({ body: [quote('|Words', '')] }), output: doc({ body: [p('|Words')] }) },
    {
      it: 'at the start of a quote keeps its attribution as a paragraph',
      input: doc({ body: [quote('|Words', 'Her')] }),
      output: doc({ body: [p('|Words'), p('Her')] }),
    },
    {
      it: 'at the start of the paragraph after a photo moves into the photo, not merging',
      input: doc({ body: [photo('a', { credit: { copyright: 'AP' } }), p('|Text')] }),
      output: doc({ body: [photo('a', { credit: { copyright: 'AP|' } }), p('Text')] }),
    },
    {
      it: 'at the start of a caption moves to the paragraph before the photo',
      input: doc({ body: [p('Text'), photo('a', { caption: '|Boats' })] }),
      output: doc({ body: [p('Text|'), photo('a', { caption: 'Boats' })] }),
    },
    {
      it: 'on an empty byline entry removes it',
      input: doc({ byline: [['A'], ['|']] }),
      output: doc({ byline: [['A', '', '|']] }),
    },
    {
      it: 'with a selection across regions removes the text but keeps both regions',
      input: doc({ headline: 'Storm [closes', highlights: ['One', 'Two'], body: [p('the] harbour')] }),
      output: doc({ headline: 'Storm |', body: [p(' harbour')] }),
    },
    {
      it: 'with a selection across paragraphs merges them as usual',
      input: doc({ body: [p('One [two'), p('three'), p('four] five')] }),
      output: doc({ body: [p('One | five')] }),
    },
  ];
  it.each(cases)('$it', ({ input, output }) => {
    const result = hasSelectionMark(input) ? deleteSelection(input) : backspace(input);
    expect(result).toEqual(expected(output));
  });
});


describe('Delete', () => {
  const cases: KeyCase[] = [
    { it: 'inside text deletes a character', input: doc({ body: [p('A|bc')] }), output: doc({ body: [p('A|c')] }) },
    {
      it: 'at the end of the dateline moves to the body instead of merging',
      input: doc({ dateline: ['X', 'AP|'], body: [p('Text')] }),
      output: doc({ dateline: ['X', 'AP'], body: [p('|Text')] }),
    },
    { it: 'at the end of a paragraph merges the next one in', input: doc({ body: [p('One|'), p('Two')] }), output: doc({ body: [p('One|Two')] }) },
    {
      it: 'on an empty paragraph before a photo removes the paragraph',
      input: doc({ body: [p('Text'), p('|'), photo('a')] }),
      output: doc({ body: [p('Text'), photo('a')] }).map((region) => region) as Descendant[],
    },
    { it: 'at the end of the story does nothing', input: doc({ related: [video('v', { title: 'x' })] }), output: doc({ related: [video('v', { title: 'x' })] }) },
  ];
  it.each(cases)('$it', ({ input, output }) => {
    const result = deleteKey(input);
    if (JSON.stringify(output).includes('|')) expect(result).toEqual(expected(output));
    else expect(JSON.parse(JSON.stringify(result).replace(/\|/g, ''))).toEqual(expected(output));
  });
});

