import { describe, expect, it } from 'vitest';
import { LINT_RULES, lintStory } from '../../../shared/lint/index.ts';
import { DEFAULT_LINT_SETTINGS, LintSettings } from '../../../shared/lint/lint-settings.ts';
import { cleanStory, paragraph, photo } from './lint-test-story.ts';

describe('lintStory()', () => {
  it('finds nothing to say about a clean story', () => {
    expect(lintStory(cleanStory())).toEqual([]);
  });

  it('lists problems in story order: headline, highlights, lead, body by paragraph and offset', () => {
    const story = cleanStory({
      headline: '',
      highlights: ['Only one TK'],
      lead: photo({ id: 'lead', alt: '' }),
      body: [paragraph('First TK here and TK there.'), paragraph('Second  paragraph.')],
    });
    const places = lintStory(story).map(({ rule, where }) => [rule, where.path.join('.'), where.start ?? null]);
    expect(places).toEqual([
      ['headline-missing', 'headline', null],
      ['highlights-too-few', 'highlights', null],
      ['placeholder-left', 'highlights.0', 9],
      ['photo-no-alt', 'lead.alt', null],
      ['placeholder-left', 'body.0.children', 6],
      ['placeholder-left', 'body.0.children', 18],
      ['doubled-space', 'body.1.children', 6],
    ]);
  });

  it('skips the rules the desk has switched off', () => {
    const story = cleanStory({ headline: '', body: [paragraph('TK  here')] });
    const settings = LintSettings.parse({ disabledRules: ['placeholder-left', 'headline-missing'] });
    expect(lintStory(story, settings).map((problem) => problem.rule)).toEqual(['doubled-space']);
  });

  it('uses the house defaults when no settings are given', () => {
    const story = cleanStory({ headline: 'a'.repeat(DEFAULT_LINT_SETTINGS.headlineMaxLength + 1) });
    expect(lintStory(story).map((problem) => problem.rule)).toEqual(['headline-too-long']);
  });

  it('reports only rules it declares, each with the severity LINT_RULES gives it', () => {
    const story = cleanStory({
      headline: '',
      slug: '',
      highlights: [],
      dateline: { location: '', source: '' },
      lead: photo({ id: 'lead', media: null, alt: '', caption: 'A man "waves" the the flag  TK.', credit: { ...photo().credit, photographers: [], organization: '' } }),
    });
    const severities = new Map(LINT_RULES.map((rule) => [rule.id, rule.severity]));
    const problems = lintStory(story);
    expect(problems.length).toBeGreaterThan(8);
    for (const problem of problems) expect(problem.severity).toBe(severities.get(problem.rule));
  });
});

describe('LINT_RULES', () => {
  it('gives every rule a unique id the preferences can store, a title and a description', () => {
    const ids = LINT_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of LINT_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9-]{1,64}$/);
      expect(rule.title.length).toBeGreaterThan(3);
      expect(rule.description).toMatch(/\.$/);
    }
  });

  it('covers every check NEWSROOM.md lists', () => {
    expect(LINT_RULES.map((rule) => rule.id)).toEqual(
      expect.arrayContaining([
        'headline-missing',
        'headline-too-long',
        'slug-missing',
        'slug-format',
        'slug-too-long',
        'highlights-too-few',
        'highlights-too-many',
        'highlight-too-long',
        'dateline-missing',
        'photo-no-alt',
        'photo-no-caption',
        'photo-no-credit',
        'credit-disagrees',
        'credit-only-in-caption',
        'caption-no-place',
        'caption-no-date',
        'video-no-duration',
        'video-no-title',
        'placeholder-left',
        'doubled-word',
        'doubled-space',
        'straight-quote',
      ]),
    );
  });
});
