import { describe, expect, it } from 'vitest';
import { exportProblems, formatEmbargoTime, hasBlockingProblems } from '../../../shared/render/export-check.ts';
import { fixtureStory } from './fixture-stories.ts';

const courthouse = fixtureStory('courthouse-arrests.json');
const embargoed = { ...courthouse, embargo: '2026-12-02T06:00:00+01:00' };

describe('the export check and the embargo', () => {
  it('warns while the embargo is ahead, and does not stop the export', () => {
    const problems = exportProblems(embargoed, { format: 'html', now: new Date('2026-12-02T04:59:00Z') });
    expect(problems[0]).toEqual({
      severity: 'warning',
      code: 'embargoed',
      message: 'Embargoed until Wed 2 Dec 2026, 06:00 UTC+01:00: the story must not be published before then.',
      part: 'headline',
      where: 'embargo',
    });
    expect(hasBlockingProblems(problems)).toBe(false);
  });

  it('says nothing once the embargo has lifted, or when there is none', () => {
    const codes = (story: typeof courthouse) =>
      exportProblems(story, { format: 'html', now: new Date('2026-12-02T05:00:00Z') }).map((problem) => problem.code);
    expect(codes(embargoed)).not.toContain('embargoed');
    expect(codes(courthouse)).not.toContain('embargoed');
  });
});

describe('formatEmbargoTime()', () => {
  it.each([
    ['2026-12-02T06:00:00+01:00', 'Wed 2 Dec 2026, 06:00 UTC+01:00'],
    ['2026-06-01T09:30:00.000Z', 'Mon 1 Jun 2026, 09:30 UTC'],
    ['2025-03-09T23:15:00-05:00', 'Sun 9 Mar 2025, 23:15 UTC-05:00'],
  ])('prints %s as it was written: %s', (iso, text) => {
    expect(formatEmbargoTime(iso)).toBe(text);
  });
});
