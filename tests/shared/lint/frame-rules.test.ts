// The story's frame: headline, slug, highlights and dateline.
import { describe, expect, it } from 'vitest';
import { LintSettings } from '../../../shared/lint/lint-settings.ts';
import { cleanStory, expectFixResolves, paragraph, problemsOf } from './lint-test-story.ts';

describe('headline rules', () => {
  it('reports a missing or blank headline as an error', () => {
    expect(problemsOf(cleanStory({ headline: '  ' }), 'headline-missing')).toMatchObject([
      { severity: 'error', where: { path: ['headline'] } },
    ]);
    expect(problemsOf(cleanStory(), 'headline-missing')).toEqual([]);
  });

  it('points at the characters beyond the limit of a long headline', () => {
    const headline = 'Trump tells the UN General Assembly he rejects ‘the ideology of globalism’';
    const [problem] = problemsOf(cleanStory({ headline }), 'headline-too-long');
    expect(problem).toMatchObject({ severity: 'warning', where: { path: ['headline'], start: 70, end: headline.length } });
    expect(problem!.message).toContain('74 characters, 4 over the limit of 70');
  });

  it('counts characters as a reader does, so an emoji is one, and follows the limit in the settings', () => {
    const headline = `${'😀'.repeat(60)} fine`;
    expect(problemsOf(cleanStory({ headline }), 'headline-too-long')).toEqual([]);
    const settings = LintSettings.parse({ headlineMaxLength: 60 });
    expect(problemsOf(cleanStory({ headline }), 'headline-too-long', settings)).toMatchObject([
      { where: { start: 120, end: headline.length } },
    ]);
  });
});

describe('slug rules', () => {
  it('offers a slug made from the headline when there is none', () => {
    const story = cleanStory({ slug: '' });
    const [problem] = problemsOf(story, 'slug-missing');
    expect(problem!.fix).toEqual({
      label: 'Use “courthouse-arrests-will-continue-doj”',
      edits: [{ kind: 'replace-text', path: ['slug'], start: 0, end: 0, text: 'courthouse-arrests-will-continue-doj' }],
    });
    expectFixResolves(story, problem!);
  });

  it('has no fix for a missing slug while there is no headline to make one from', () => {
    const [problem] = problemsOf(cleanStory({ slug: '', headline: '' }), 'slug-missing');
    expect(problem).toBeDefined();
    expect(problem!.fix).toBeUndefined();
  });

  it('reports a slug that is not lowercase and hyphenated, and fixes it from its own words', () => {
    const story = cleanStory({ slug: 'Courthouse Arrests' });
    const [problem] = problemsOf(story, 'slug-format');
    expect(problem!.fix!.label).toBe('Use “courthouse-arrests”');
    expectFixResolves(story, problem!);
    expect(problemsOf(cleanStory({ slug: 'courthouse--arrests' }), 'slug-format')).toHaveLength(1);
    expect(problemsOf(cleanStory({ slug: 'courthouse-arrests-2026' }), 'slug-format')).toEqual([]);
  });

  it('cuts a long slug at a hyphen within the limit', () => {
    const settings = LintSettings.parse({ slugMaxLength: 24 });
    const story = cleanStory({ slug: 'courthouse-arrests-will-continue' });
    const [problem] = problemsOf(story, 'slug-too-long', settings);
    expect(problem).toMatchObject({ where: { path: ['slug'], start: 24, end: 32 } });
    expect(problem!.fix!.label).toBe('Use “courthouse-arrests-will”');
    expectFixResolves(story, problem!, settings);
    expect(problemsOf(story, 'slug-too-long')).toEqual([]);
  });
});

describe('highlight rules', () => {
  it('asks for 2 to 4 highlights, not counting empty bullets', () => {
    expect(problemsOf(cleanStory({ highlights: ['One', ' '] }), 'highlights-too-few')).toMatchObject([
      { severity: 'warning', where: { path: ['highlights'] }, message: 'The story has 1 highlight; the house asks for 2 to 4.' },
    ]);
    expect(problemsOf(cleanStory({ highlights: ['One', 'Two'] }), 'highlights-too-few')).toEqual([]);
  });

  it('points at the first highlight too many', () => {
    const highlights = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'];
    expect(problemsOf(cleanStory({ highlights }), 'highlights-too-many')).toMatchObject([{ where: { path: ['highlights', 4] } }]);
    expect(problemsOf(cleanStory({ highlights: highlights.slice(0, 4) }), 'highlights-too-many')).toEqual([]);
  });

  it('marks the part of a long highlight beyond the limit', () => {
    const settings = LintSettings.parse({ highlightMaxLength: 20 });
    const story = cleanStory({ highlights: ['Short one', 'This highlight runs on past the limit'] });
    expect(problemsOf(story, 'highlight-too-long', settings)).toMatchObject([
      { where: { path: ['highlights', 1], start: 20, end: 37 } },
    ]);
  });
});

describe('dateline rule', () => {
  it('warns when the dateline has neither a place nor a source', () => {
    expect(problemsOf(cleanStory({ dateline: { location: '', source: '' } }), 'dateline-missing')).toMatchObject([
      { severity: 'warning', where: { path: ['dateline'] } },
    ]);
  });

  it('accepts a source alone, as in CNN’s "(CNN) —"', () => {
    expect(problemsOf(cleanStory({ dateline: { location: '', source: 'CNN' } }), 'dateline-missing')).toEqual([]);
  });

  it('offers to move a dateline typed into the first paragraph into the field, where it prints the same', () => {
    const story = cleanStory({
      dateline: { location: '', source: '' },
      body: [paragraph('JAKARTA (Reuters) - Indonesia’s parliament passed the bill on Tuesday.')],
    });
    expect(problemsOf(story, 'dateline-missing')).toEqual([]);
    const [problem] = problemsOf(story, 'dateline-in-text');
    expect(problem).toMatchObject({ severity: 'info', where: { path: ['body', 0, 'children'], start: 0, end: 20 } });
    const fixed = expectFixResolves(story, problem!);
    expect(fixed.dateline).toEqual({ location: 'JAKARTA', source: 'Reuters' });
    expect(fixed.body[0]).toEqual(paragraph('Indonesia’s parliament passed the bill on Tuesday.'));
    expect(problemsOf(fixed, 'dateline-missing')).toEqual([]);
  });

  it('still calls a dateline missing when the first paragraph opens with ordinary words', () => {
    const story = cleanStory({ dateline: { location: '', source: '' }, body: [paragraph('NASA — the agency said on Monday …')] });
    expect(problemsOf(story, 'dateline-in-text')).toEqual([]);
    expect(problemsOf(story, 'dateline-missing')).toHaveLength(1);
  });
});
