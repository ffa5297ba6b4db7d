import { describe, expect, it } from 'vitest';
import { BodyWordCounts } from '../../../electron/library/body-word-counts.ts';
import { bodyText } from '../../../shared/story/plain-text.ts';
import type { BodyBlock, Story } from '../../../shared/story/schema.ts';
import { countWords } from '../../../shared/text/word-count.ts';

const ID = '01jgen0000000000000000000a';
const credit = { photographers: [], organization: '', via: '', restrictions: [], copyright: '' };

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });

/** Every kind of block, with lines that end and start on what joins words (it's, 1,200, one-quarter) and other scripts. */
const BODY: BodyBlock[] = [
  paragraph('The council met on Tuesday. It approved 1,200 homes, about one-'),
  paragraph('quarter of them near the harbour; officials said it’s'),
  { type: 'subhead', children: [{ text: '3.' }] },
  paragraph('5 people were at the meeting'),
  paragraph('東京で会議が開かれた'),
  paragraph('ภาษาไทยไม่มีช่องว่างระหว่างคำ'),
  paragraph('   '),
  {
    type: 'paragraph',
    children: [{ text: 'Read the ' }, { type: 'link', url: 'https://example.com', children: [{ text: 'full', bold: true }] }, { text: 'report' }],
  },
  { type: 'block-quote', children: [{ text: '“We are ready,” she said' }], attribution: 'Mayor Ana Costa' },
  {
    type: 'list',
    style: 'bulleted',
    items: [
      { children: [{ text: 'First item' }], sublist: { type: 'list', style: 'numbered', items: [{ children: [{ text: 'nested one' }] }] } },
      { children: [{ text: 'Second' }] },
    ],
  },
  { type: 'photo', id: 'p1', media: null, alt: 'not counted', caption: 'Boats in the harbour at dawn', credit },
  { type: 'video', id: 'v1', title: 'The storm', durationSeconds: 60, media: null, poster: null, caption: 'Waves over the wall', credit },
];

const wholeCount = (body: BodyBlock[]) => countWords(bodyText({ body }));

describe('BodyWordCounts', () => {
  it('counts as many words as the story’s text holds, in any script, however the blocks are sliced', async () => {
    for (const blocksPerSlice of [1, 2, 5, 250]) {
      expect(await new BodyWordCounts({ blocksPerSlice }).count(ID, { body: BODY })).toBe(wholeCount(BODY));
    }
  });

  it('stays right as the story is edited between saves: lines changed, added, removed and repeated', async () => {
    const counts = new BodyWordCounts({ blocksPerSlice: 3 });
    const edits: BodyBlock[][] = [
      BODY,
      [...BODY.slice(0, 3), paragraph('A new paragraph of six words'), ...BODY.slice(3)],
      BODY.slice(2),
      [...BODY, ...BODY],
      BODY.map((block, index) => (index === 0 ? paragraph('Shorter now') : block)),
      [],
      BODY,
    ];
    for (const body of edits) expect(await counts.count(ID, { body })).toBe(wholeCount(body));
  });

  it('keeps each story’s counts apart, and counts a story again after forgetting it', async () => {
    const counts = new BodyWordCounts({ storiesKept: 1 });
    const other = '01jgen0000000000000000000b';
    expect(await counts.count(ID, { body: BODY })).toBe(wholeCount(BODY));
    expect(await counts.count(other, { body: [paragraph('two words')] })).toBe(2);
    expect(await counts.count(ID, { body: BODY.slice(1) })).toBe(wholeCount(BODY.slice(1)));
    counts.forget(ID);
    expect(await counts.count(ID, { body: BODY })).toBe(wholeCount(BODY));
  });

  it('lets other work run between its slices, so the disk write it runs beside is not held up', async () => {
    const story: Pick<Story, 'body'> = { body: Array.from({ length: 40 }, (_, index) => paragraph(`Paragraph ${index} of the story`)) };
    const order: string[] = [];
    const counting = new BodyWordCounts({ blocksPerSlice: 10 }).count(ID, story).then(() => order.push('counted'));
    setImmediate(() => order.push('other work'));
    await counting;
    expect(order).toEqual(['other work', 'counted']);
  });
});
