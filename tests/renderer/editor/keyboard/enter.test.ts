// Enter through the Slate API: input document with the caret marked, expected document and caret.

import { describe, expect, it } from 'vitest';
import { doc, expected, h2, li, p, photo, quote, ul, video } from '../builders.ts';
import { enter, type KeyCase } from './press.ts';

describe('Enter', () => {
  const cases: KeyCase[] = [
    { it: 'in the headline moves to the subheadline, without splitting it', input: doc({ headline: 'Storm| closes' }), output: doc({ headline: 'Storm closes', subheadline: '|' }) },
    { it: 'in the subheadline moves to the first bullet', input: doc({ subheadline: 'Calm|' }), output: doc({ subheadline: 'Calm', highlights: ['|'] }) },
    { it: 'in a bullet adds a bullet', input: doc({ highlights: ['One|'] }), output: doc({ highlights: ['One', '|'] }) },
    { it: 'in the middle of a bullet splits it', input: doc({ highlights: ['One| two'] }), output: doc({ highlights: ['One', '| two'] }) },
    {
      it: 'on an empty last bullet removes it and moves to the byline',
      input: doc({ highlights: ['One', '|'] }),
      output: doc({ highlights: ['One'], byline: [['|']] }),
    },
    { it: 'on the only, empty bullet keeps it and moves on', input: doc({ highlights: ['|'] }), output: doc({ byline: [['|']] }) },
    {
      it: 'after a name on the byline adds another person',
      input: doc({ byline: [['Laura Jarrett|']] }),
      output: doc({ byline: [['Laura Jarrett'], ['|']] }),
    },
    {
      it: 'on an empty extra byline entry removes it and moves to the dateline',
      input: doc({ byline: [['Laura Jarrett'], ['|']] }),
      output: doc({ byline: [['Laura Jarrett']], dateline: ['|', ''] }),
    },
    { it: 'in the byline title moves to the organisation', input: doc({ byline: [['A', 'Reporter|', '']] }), output: doc({ byline: [['A', 'Reporter', '|']] }) },
    { it: 'in the dateline location moves to its source', input: doc({ dateline: ['WASHINGTON|', ''] }), output: doc({ dateline: ['WASHINGTON', '|'] }) },
    { it: 'in the dateline source moves to the body', input: doc({ dateline: ['X', 'AP|'], body: [p('Text')] }), output: doc({ dateline: ['X', 'AP'], body: [p('|Text')] }) },
    { it: 'in a paragraph splits it', input: doc({ body: [p('One| two')] }), output: doc({ body: [p('One'), p('| two')] }) },
    { it: 'at the end of a subhead starts a paragraph, not another subhead', input: doc({ body: [h2('Sub|')] }), output: doc({ body: [h2('Sub'), p('|')] }) },
    { it: 'in the middle of a subhead splits it', input: doc({ body: [h2('Sub|head')] }), output: doc({ body: [h2('Sub'), h2('|head')] }) },
    { it: 'in a list item adds an item', input: doc({ body: [ul('One|')] }), output: doc({ body: [ul('One', '|')] }) },
    { it: 'on an empty list item ends the list with a paragraph', input: doc({ body: [ul('One', '|')] }), output: doc({ body: [ul('One'), p('|')] }) },
    {
      it: 'on an empty nested item moves it out one level',
      input: doc({ body: [ul(li('One', ul('Two', '|')))] }),
      output: doc({ body: [ul(li('One', ul('Two')), '|')] }),
    },
    { it: 'in a quote moves to its attribution', input: doc({ body: [quote('Words|', '')] }), output: doc({ body: [quote('Words', '|')] }) },
    { it: 'in a quote’s attribution moves to a new paragraph after it', input: doc({ body: [quote('Words', 'Her|')] }), output: doc({ body: [quote('Words', 'Her'), p('|')] }) },
    { it: 'on an empty quote makes it a paragraph', input: doc({ body: [quote('|', '')] }), output: doc({ body: [p('|')] }) },
    {
      it: 'in a photo caption moves to its alt text',
      input: doc({ body: [photo('a', { caption: 'Boats|' })] }),
      output: doc({ body: [photo('a', { caption: 'Boats', alt: '|' })] }),
    },
    {
      it: 'in the last credit field of a photo moves to the paragraph after it',
      input: doc({ body: [photo('a', { credit: { copyright: 'AP|' } }), p('Next')] }),
      output: doc({ body: [photo('a', { credit: { copyright: 'AP' } }), p('|Next')] }),
    },
    {
      it: 'in the last credit field of the body’s last photo makes a paragraph after it',
      input: doc({ body: [p('Text'), photo('a', { credit: { copyright: 'AP|' } })] }),
      output: doc({ body: [p('Text'), photo('a', { credit: { copyright: 'AP' } }), p('|')] }),
    },
    {
      it: 'in a video’s title moves to its duration',
      input: doc({ related: [video('v', { title: 'Now playing|' })] }),
      output: doc({ related: [video('v', { title: 'Now playing', duration: '|' })] }),
    },
    {
      it: 'with text selected across two regions removes it without joining them',
      input: doc({ headline: 'Storm [closes', subheadline: 'the] harbour' }),
      output: doc({ headline: 'Storm ', subheadline: ' harbour|' }),
    },
  ];
  it.each(cases)('$it', ({ input, output }) => expect(enter(input)).toEqual(expected(output)));
});

