import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  embargoHolds,
  formatEmbargoMoment,
  isoFromLocalInput,
  isoOnDate,
  localDateFromIso,
  localInputFromIso,
  localIso,
} from '../../../renderer/src/workflow/local-time.ts';

// London: on GMT in winter and BST (+01:00) in summer, so the offset a time is kept with can be checked.
const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

describe('isoFromLocalInput()', () => {
  it('keeps a datetime-local value with this computer’s offset for that day', () => {
    expect(isoFromLocalInput('2026-12-02T06:00')).toBe('2026-12-02T06:00:00+00:00');
    expect(isoFromLocalInput('2026-06-01T09:30')).toBe('2026-06-01T09:30:00+01:00');
    expect(isoFromLocalInput('2026-06-01T09:30:15')).toBe('2026-06-01T09:30:15+01:00');
  });

  it('is null for an empty or unfinished field: clearing the field lifts the embargo', () => {
    expect(isoFromLocalInput('')).toBeNull();
    expect(isoFromLocalInput('2026-12-02')).toBeNull();
    expect(isoFromLocalInput('tomorrow at six')).toBeNull();
  });
});

describe('localInputFromIso()', () => {
  it('shows a stored time in this computer’s time zone, whatever offset it was kept with', () => {
    expect(localInputFromIso('2026-12-02T06:00:00+00:00')).toBe('2026-12-02T06:00');
    expect(localInputFromIso('2026-12-02T06:00:00-05:00')).toBe('2026-12-02T11:00');
    expect(localInputFromIso(null)).toBe('');
    expect(localInputFromIso('not a time')).toBe('');
  });

  it('round-trips with isoFromLocalInput', () => {
    for (const value of ['2026-03-29T00:30', '2026-10-25T23:59', '2027-01-01T00:00']) {
      expect(localInputFromIso(isoFromLocalInput(value))).toBe(value);
    }
  });
});

describe('localIso()', () => {
  it('writes the moment with the local offset, to the second', () => {
    expect(localIso(new Date('2026-07-04T12:34:56.789Z'))).toBe('2026-07-04T13:34:56+01:00');
  });
});

describe('correction dates', () => {
  it('shows the local day, and moves a correction to another day keeping its time of day', () => {
    expect(localDateFromIso('2026-11-27T23:30:00-05:00')).toBe('2026-11-28');
    expect(isoOnDate('2026-11-28T09:15:00+00:00', '2026-08-03')).toBe('2026-08-03T09:15:00+01:00');
    expect(isoOnDate('2026-11-28T09:15:00+00:00', '')).toBeNull();
  });
});

describe('embargoHolds()', () => {
  const until = '2026-12-02T06:00:00+00:00';
  it('holds until the moment, and not from it on', () => {
    expect(embargoHolds(until, Date.parse('2026-12-02T05:59:59Z'))).toBe(true);
    expect(embargoHolds(until, Date.parse('2026-12-02T06:00:00Z'))).toBe(false);
    expect(embargoHolds(null, 0)).toBe(false);
  });
});

describe('formatEmbargoMoment()', () => {
  it('says the day and time, with the year only when it is not this year', () => {
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(formatEmbargoMoment('2026-12-02T06:00:00+00:00', now, 'en-GB')).toBe('Wed 2 Dec, 06:00');
    expect(formatEmbargoMoment('2027-01-04T18:00:00+00:00', now, 'en-GB')).toBe('Mon, 4 Jan 2027, 18:00');
  });
});
