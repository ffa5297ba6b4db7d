// Rules over every text a reader sees: placeholders, doubled words and spaces, straight quotes.
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../../shared/story/schema.ts';
import { cleanStory, expectFixResolves, paragraph, photo, problemsOf, video } from './lint-test-story.ts';

const list: BodyBlock = {
  type: 'list',
  style: 'bulleted',
  items: [
    { children: [{ text: 'First item' }] },
    {
      children: [{ text: 'Second item' }],
      sublist: { type: 'list', style: 'numbered', items: [{ children: [{ text: 'Nested TK item' }] }] },
    },
  ],
};

describe('placeholder rule', () => {
  it('finds TK, TKTK, XX and XXX as whole words, in any case, as errors', () => {
    const text = 'TK said tktk, XX or $XXX million';
    expect(problemsOf(cleanStory({ body: [paragraph(text)] }), 'placeholder-left')).toMatchObject([
      { severity: 'error', where: { path: ['body', 0, 'children'], start: 0, end: 2 }, message: '“TK” is a placeholder left in: put in the fact it stands for.' },
      { where: { start: 8, end: 12 } },
      { where: { start: 14, end: 16 } },
      { where: { start: 21, end: 24 } },
    ]);
  });

  it('leaves words that only contain the letters alone: TKO, XXL, Xbox', () => {
    expect(problemsOf(cleanStory({ body: [paragraph('A TKO in XXL at the Xbox event')] }), 'placeholder-left')).toEqual([]);
  });

  it('counts offsets over every run of a paragraph, links included', () => {
    const story = cleanStory({
      body: [paragraph('Police ', { text: 'said', bold: true }, ' ', { type: 'link', url: 'https://example.com/', children: [{ text: 'in a TK ' }, { text: 'statement' }] })],
    });
    expect(problemsOf(story, 'placeholder-left')).toMatchObject([{ where: { path: ['body', 0, 'children'], start: 17, end: 19 } }]);
  });

  it('checks list items at every depth, captions, alt text, titles, the headline and corrections', () => {
    const story = cleanStory({
      headline: 'Arrests TK',
      body: [list, photo({ alt: 'A man TK' })],
      relatedVideos: [video({ title: 'XX video' })],
      corrections: [{ date: '2026-03-01T10:00:00.000Z', text: 'An earlier version said TK.' }],
    });
    expect(problemsOf(story, 'placeholder-left').map((problem) => problem.where.path.join('.'))).toEqual([
      'headline',
      'body.0.items.1.sublist.items.0.children',
      'body.1.alt',
      'relatedVideos.0.title',
      'corrections.0.text',
    ]);
  });

  it('does not check the editor’s notes, which are never published', () => {
    expect(problemsOf(cleanStory({ editorsNotes: 'Confirm the TK with legal.' }), 'placeholder-left')).toEqual([]);
  });
});

describe('doubled word rule', () => {
  it('finds a word written twice, whatever its case, and removes the second', () => {
    const story = cleanStory({ body: [paragraph('It was The the end.')] });
    const [problem] = problemsOf(story, 'doubled-word');
    expect(problem).toMatchObject({ where: { start: 7, end: 14 }, message: '“The” is written twice.' });
    expect(problem!.fix!.label).toBe('Remove the second “the”');
    const fixed = expectFixResolves(story, problem!);
    expect(fixed.body[0]).toEqual(paragraph('It was The end.'));
  });

  it('finds a doubled word across runs and keeps the marks of the rest', () => {
    const story = cleanStory({ body: [paragraph('the ', { text: 'the', bold: true }, ' end')] });
    const fixed = expectFixResolves(story, problemsOf(story, 'doubled-word')[0]!);
    expect(fixed.body[0]).toEqual(paragraph('the', ' end'));
  });

  it('leaves grammatical doubles, numbers and words that only share a start', () => {
    const text = 'She had had enough; he said that that was wrong; 10 10-minute breaks; the theme; is isn’t';
    expect(problemsOf(cleanStory({ body: [paragraph(text)] }), 'doubled-word')).toEqual([]);
  });
});

describe('doubled space rule', () => {
  it('finds two or more spaces and makes them one', () => {
    const story = cleanStory({ highlights: ['Two  spaces here', 'And\u00a0 one more'] });
    const problems = problemsOf(story, 'doubled-space');
    expect(problems).toMatchObject([
      { where: { path: ['highlights', 0], start: 3, end: 5 } },
      { where: { path: ['highlights', 1], start: 3, end: 5 } },
    ]);
    expect(problems[0]!.message).toBe('2 spaces in a row in “Two  spaces”: one is enough.');
    const fixed = expectFixResolves(story, problems[0]!);
    expect(fixed.highlights[0]).toBe('Two spaces here');
  });

  it('quotes only the start and end of a long word around the spaces', () => {
    const [problem] = problemsOf(cleanStory({ body: [paragraph(`https://example.com/${'a'.repeat(40)}  next`)] }), 'doubled-space');
    expect(problem!.message).toBe(`2 spaces in a row in “…${'a'.repeat(16)}  next”: one is enough.`);
  });

  it('leaves single spaces and line breaks alone', () => {
    expect(problemsOf(cleanStory({ body: [paragraph('One space.\n\nNew line.')] }), 'doubled-space')).toEqual([]);
  });
});

describe('straight quote rule', () => {
  it('finds straight quotes and apostrophes and offers the curly one typing would give', () => {
    const text = `"It's over," she said of the '90s.`;
    const problems = problemsOf(cleanStory({ body: [paragraph(text)] }), 'straight-quote');
    expect(problems.map((problem) => [problem.where.start, problem.fix!.edits[0]])).toEqual([
      [0, { kind: 'replace-text', path: ['body', 0, 'children'], start: 0, end: 1, text: '“' }],
      [3, { kind: 'replace-text', path: ['body', 0, 'children'], start: 3, end: 4, text: '’' }],
      [11, { kind: 'replace-text', path: ['body', 0, 'children'], start: 11, end: 12, text: '”' }],
      [29, { kind: 'replace-text', path: ['body', 0, 'children'], start: 29, end: 30, text: '’' }],
    ]);
    expect(problems[1]!.message).toBe('Straight apostrophe in “"It\'s”: house style uses ’.');
  });

  it('fixes one quote at a time without changing how the others are read', () => {
    let story = cleanStory({ headline: `Trump: "We reject 'globalism'"` });
    for (let problem = problemsOf(story, 'straight-quote').at(-1); problem; problem = problemsOf(story, 'straight-quote').at(-1)) {
      story = expectFixResolves(story, problem);
    }
    expect(story.headline).toBe('Trump: “We reject ‘globalism’”');
  });

  it('leaves web addresses, alt text and curly quotes alone', () => {
    const story = cleanStory({
      body: [paragraph('See https://example.com/?q="a" and “quoted” text it’s'), photo({ alt: `A "protest" sign` })],
    });
    expect(problemsOf(story, 'straight-quote')).toEqual([]);
  });
});

