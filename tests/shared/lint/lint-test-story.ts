// Stories for the lint tests: a clean one that trips no rule, and the parts to spoil it with; and the check
// every fix must pass — applied to the story, it makes its own problem go away.

import { expect } from 'vitest';
import { applyLintEdits, lintStory } from '../../../shared/lint/index.ts';
import type { LintSettings } from '../../../shared/lint/lint-settings.ts';
import type { LintProblem } from '../../../shared/lint/lint-types.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { Credit, Inline, Photo, Poster, Story, Video } from '../../../shared/story/schema.ts';

export const MEDIA = `${'a'.repeat(64)}.jpg`;
export const VIDEO_MEDIA = `${'b'.repeat(64)}.mp4`;

export function credit(fields: Partial<Credit> = {}): Credit {
  return { photographers: [], organization: '', via: '', restrictions: [], copyright: '', ...fields };
}

export const DREW_AP = credit({ photographers: ['Richard Drew'], organization: 'AP', kind: 'staff' });

export const GOOD_CAPTION =
  'President Donald Trump addresses the United Nations General Assembly at U.N. headquarters, Tuesday, Sept. 25, 2018.';

export function photo(fields: Partial<Photo> = {}): Photo {
  return {
    type: 'photo',
    id: 'p1',
    media: MEDIA,
    alt: 'Trump at a lectern before a green marble wall',
    caption: GOOD_CAPTION,
    credit: DREW_AP,
    ...fields,
  };
}

export function poster(fields: Partial<Poster> = {}): Poster {
  const { type: _type, id: _id, ...rest } = photo();
  return { ...rest, ...fields };
}

export function video(fields: Partial<Video> = {}): Video {
  return {
    type: 'video',
    id: 'v1',
    title: 'Trump to migrants: Make your nations great again',
    durationSeconds: 77,
    media: VIDEO_MEDIA,
    poster: poster(),
    caption: '',
    credit: credit({ organization: 'CNN' }),
    ...fields,
  };
}

export function paragraph(...children: (string | Inline)[]) {
  return { type: 'paragraph' as const, children: children.map((child) => (typeof child === 'string' ? { text: child } : child)) };
}

/** A story no rule has anything to say about; tests spoil one field at a time. */
export function cleanStory(fields: Partial<Story> = {}): Story {
  const base = createStory({
    id: '01m8fmnz6zdx2335w8hachna38',
    now: new Date('2026-03-01T09:00:00Z'),
    headline: 'Courthouse arrests will continue, DOJ and DHS say',
  });
  return {
    ...base,
    highlights: ['DHS says courthouses are not “sensitive locations”', 'California’s chief justice had complained'],
    dateline: { location: 'WASHINGTON', source: 'CNN' },
    lead: photo({ id: 'lead' }),
    body: [paragraph('The Departments of Justice and Homeland Security said this week that arrests would continue.')],
    ...fields,
  };
}

export function problemsOf(story: Story, rule: string, settings?: LintSettings): LintProblem[] {
  return lintStory(story, settings).filter((problem) => problem.rule === rule);
}

/**
 * Applies the problem's fix and checks that it is gone: the rule reports one problem fewer in that field (others
 * there, such as a second straight quote, may stay).
 */
export function expectFixResolves(story: Story, problem: LintProblem, settings?: LintSettings): Story {
  expect(problem.fix, `${problem.rule} has a fix`).toBeDefined();
  const inField = (from: Story) =>
    problemsOf(from, problem.rule, settings).filter((other) => JSON.stringify(other.where.path) === JSON.stringify(problem.where.path));
  const fixed = applyLintEdits(story, problem.fix!.edits);
  expect(inField(fixed).length).toBeLessThan(inField(story).length);
  return fixed;
}
