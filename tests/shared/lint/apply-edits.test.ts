import { describe, expect, it } from 'vitest';
import { applyLintEdits, replaceInInlines } from '../../../shared/lint/apply-edits.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import type { Inline } from '../../../shared/story/schema.ts';
import { cleanStory, credit, paragraph, photo } from './lint-test-story.ts';

const RUNS: Inline[] = [
  { text: 'Police ' },
  { text: 'said', bold: true },
  { text: ' in ' },
  { type: 'link', url: 'https://example.com/', children: [{ text: 'a ' }, { text: 'statement', italic: true }] },
];

describe('replaceInInlines()', () => {
  it('replaces text inside one run, keeping its marks', () => {
    expect(replaceInInlines(RUNS, 7, 11, 'stated')).toEqual([
      { text: 'Police ' },
      { text: 'stated', bold: true },
      { text: ' in ' },
      RUNS[3],
    ]);
  });

  it('replaces across runs: the new text takes the first run’s marks and emptied runs go', () => {
    expect(replaceInInlines(RUNS, 6, 15, ' told ')).toEqual([{ text: 'Police told ' }, RUNS[3]]);
  });

  it('reaches into a link and drops a link left with no text', () => {
    expect(replaceInInlines(RUNS, 15, 17, '')).toEqual([
      RUNS[0],
      RUNS[1],
      RUNS[2],
      { type: 'link', url: 'https://example.com/', children: [{ text: 'statement', italic: true }] },
    ]);
    expect(replaceInInlines(RUNS, 11, 26, '.')).toEqual([RUNS[0], RUNS[1], { text: '.' }]);
  });

  it('inserts with the marks of the text before the insertion point', () => {
    expect(replaceInInlines(RUNS, 11, 11, ' firmly')).toEqual([RUNS[0], { text: 'said firmly', bold: true }, RUNS[2], RUNS[3]]);
    expect(replaceInInlines([{ text: '' }], 0, 0, 'New')).toEqual([{ text: 'New' }]);
  });

  it('leaves one empty run when everything is removed', () => {
    expect(replaceInInlines(RUNS, 0, 26, '')).toEqual([{ text: '' }]);
  });
});

describe('applyLintEdits()', () => {
  it('replaces text in a plain field and in a paragraph, leaving the original story as it was', () => {
    const story = cleanStory({ headline: 'Old headline', body: [paragraph('One  two')] });
    const fixed = applyLintEdits(story, [
      { kind: 'replace-text', path: ['headline'], start: 0, end: 3, text: 'New' },
      { kind: 'replace-text', path: ['body', 0, 'children'], start: 3, end: 5, text: ' ' },
    ]);
    expect(fixed.headline).toBe('New headline');
    expect(fixed.body[0]).toEqual(paragraph('One two'));
    expect(story.headline).toBe('Old headline');
    expect(story.body[0]).toEqual(paragraph('One  two'));
    expect(fixed.lead).toBe(story.lead);
  });

  it('applies several edits to one text from its end, so each offset means the original text', () => {
    const story = cleanStory({ subheadline: `"It's" done` });
    const fixed = applyLintEdits(story, [
      { kind: 'replace-text', path: ['subheadline'], start: 0, end: 1, text: '“' },
      { kind: 'replace-text', path: ['subheadline'], start: 5, end: 6, text: '”' },
      { kind: 'replace-text', path: ['subheadline'], start: 3, end: 4, text: '’' },
    ]);
    expect(fixed.subheadline).toBe('“It’s” done');
  });

  it('sets a credit', () => {
    const story = cleanStory({ body: [photo()] });
    const vucci = credit({ photographers: ['Evan Vucci'], organization: 'AP' });
    const fixed = applyLintEdits(story, [{ kind: 'set-credit', path: ['body', 0, 'credit'], credit: vucci }]);
    expect(fixed.body[0]).toMatchObject({ credit: vucci });
  });

  it('refuses, with a message, edits for a field the story no longer has or a range outside it', () => {
    const story = cleanStory({ body: [paragraph('Short')] });
    const apply = (edit: Parameters<typeof applyLintEdits>[1][number]) => () => applyLintEdits(story, [edit]);
    expect(apply({ kind: 'replace-text', path: ['body', 3, 'children'], start: 0, end: 1, text: '' })).toThrow(
      /no body\.3 \(it changed since it was checked\)/,
    );
    expect(apply({ kind: 'replace-text', path: ['body', 0, 'children'], start: 2, end: 9, text: '' })).toThrow(/characters 2–9 are outside body\.0\.children/);
    expect(apply({ kind: 'replace-text', path: ['dateline'], start: 0, end: 0, text: 'x' })).toThrow(/dateline is not text/);
    expect(apply({ kind: 'set-credit', path: ['headline'], credit: credit() })).toThrow(/headline is not a credit/);
    expect(apply({ kind: 'replace-text', path: ['headline'], start: 0, end: 1, text: '' })).not.toThrow();
    expect(apply({ kind: 'set-credit', path: ['body', 0, 'x'], credit: credit() })).toThrow(CopydeskError);
  });

  it('refuses a credit the story schema would not accept', () => {
    const story = cleanStory({ body: [photo()] });
    expect(() =>
      applyLintEdits(story, [{ kind: 'set-credit', path: ['body', 0, 'credit'], credit: credit({ photographers: [' padded '] }) }]),
    ).toThrow(/not a valid credit/);
  });

  it('refuses edits that overlap in one text', () => {
    const story = cleanStory({ headline: 'Headline' });
    expect(() =>
      applyLintEdits(story, [
        { kind: 'replace-text', path: ['headline'], start: 0, end: 4, text: 'x' },
        { kind: 'replace-text', path: ['headline'], start: 2, end: 6, text: 'y' },
      ]),
    ).toThrow(/two edits overlap in headline/);
  });
});
