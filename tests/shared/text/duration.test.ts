import { describe, expect, it } from 'vitest';
import { formatDuration, isoDuration, MAX_DURATION_SECONDS, parseDuration } from '../../../shared/text/duration.ts';
import { Video } from '../../../shared/story/schema.ts';

const seconds = (text: string) => {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new Error(`expected "${text}" to parse: ${parsed.message}`);
  return parsed.seconds;
};
const message = (text: string) => {
  const parsed = parseDuration(text);
  if (parsed.ok) throw new Error(`expected "${text}" to be refused, got ${parsed.seconds}`);
  return parsed.message;
};

describe('parseDuration()', () => {
  it('reads the durations of the CNN fixture (mm:ss)', () => {
    expect(seconds('00:33')).toBe(33);
    expect(seconds('01:17')).toBe(77);
    expect(seconds('02:49')).toBe(169);
  });

  it('reads m:ss with a one-digit minute', () => {
    expect(seconds('1:17')).toBe(77);
    expect(seconds('0:05')).toBe(5);
  });

  it('reads h:mm:ss', () => {
    expect(seconds('1:02:03')).toBe(3723);
    expect(seconds('01:02:03')).toBe(3723);
    expect(seconds('0:00:00')).toBe(0);
  });

  it('accepts 60 minutes or more when minutes are the largest unit', () => {
    expect(seconds('75:00')).toBe(4500);
    expect(seconds('120:30')).toBe(7230);
  });

  it('ignores spaces around the duration', () => {
    expect(seconds('  01:17 \n')).toBe(77);
  });

  it('accepts exactly the schema limit of 24 hours and refuses more', () => {
    expect(seconds('24:00:00')).toBe(MAX_DURATION_SECONDS);
    expect(message('24:00:01')).toBe('"24:00:01" is longer than the 24:00:00 a video may last');
    expect(message('1440:01')).toMatch(/longer than the 24:00:00/);
  });

  it('refuses seconds of 60 or more, naming the text', () => {
    expect(message('1:75')).toBe('Seconds must be 00–59 in "1:75"');
    expect(message('1:02:60')).toBe('Seconds must be 00–59 in "1:02:60"');
  });

  it('refuses minutes of 60 or more when hours are given', () => {
    expect(message('1:60:00')).toBe('Minutes must be 00–59 in "1:60:00"');
  });

  it('refuses seconds and minutes that are not two digits, since "1:5" could be 1:05 or 1:50', () => {
    expect(message('1:5')).toBe('Seconds need two digits in "1:5", such as 1:05');
    expect(message('1:005')).toBe('Seconds need two digits in "1:005", such as 1:05');
    expect(message('1:2:03')).toBe('Minutes need two digits in "1:2:03", such as 1:02:03');
  });

  it('refuses a bare number, which could be seconds or minutes', () => {
    expect(message('75')).toBe('Write minutes and seconds, such as 01:17 or 1:02:03: "75" could be either');
  });

  it('refuses an empty text', () => {
    expect(message('')).toBe('Enter a duration such as 01:17 or 1:02:03');
    expect(message('   ')).toBe('Enter a duration such as 01:17 or 1:02:03');
  });

  it('refuses missing parts and too many parts', () => {
    expect(message(':30')).toBe('A number is missing in ":30": write m:ss or h:mm:ss');
    expect(message('1::30')).toBe('A number is missing in "1::30": write m:ss or h:mm:ss');
    expect(message('1:')).toBe('A number is missing in "1:": write m:ss or h:mm:ss');
    expect(message('1:02:03:04')).toBe('Too many parts in "1:02:03:04": write m:ss or h:mm:ss');
  });

  it('refuses anything but digits and colons', () => {
    for (const text of ['1m17s', '-1:00', '1.17', '1:17.5', 'PT1M17S', '１:１７', '01 : 17']) {
      expect(message(text), text).toBe(
        `A duration is digits and colons, such as 01:17 or 1:02:03: "${text}" has other characters`,
      );
    }
  });
});

describe('formatDuration()', () => {
  it('prints minutes and seconds with two digits each, as CNN shows them', () => {
    expect(formatDuration(33)).toBe('00:33');
    expect(formatDuration(77)).toBe('01:17');
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(3599)).toBe('59:59');
  });

  it('prints an hour or more as h:mm:ss', () => {
    expect(formatDuration(3600)).toBe('1:00:00');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(36000)).toBe('10:00:00');
    expect(formatDuration(MAX_DURATION_SECONDS)).toBe('24:00:00');
  });

  it('rounds a fraction of a second', () => {
    expect(formatDuration(76.6)).toBe('01:17');
    expect(formatDuration(77.4)).toBe('01:17');
  });

  it('refuses negative and non-finite numbers', () => {
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('prints what parseDuration reads back, for every second of the first two hours and the limit', () => {
    for (let value = 0; value <= 7200; value++) {
      expect(parseDuration(formatDuration(value))).toEqual({ ok: true, seconds: value });
    }
    expect(parseDuration(formatDuration(MAX_DURATION_SECONDS))).toEqual({ ok: true, seconds: MAX_DURATION_SECONDS });
  });
});

describe('isoDuration()', () => {
  it('prints ISO 8601 durations for schema.org, leaving out zero parts', () => {
    expect(isoDuration(77)).toBe('PT1M17S');
    expect(isoDuration(33)).toBe('PT33S');
    expect(isoDuration(3723)).toBe('PT1H2M3S');
    expect(isoDuration(60)).toBe('PT1M');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(isoDuration(3605)).toBe('PT1H5S');
    expect(isoDuration(MAX_DURATION_SECONDS)).toBe('PT24H');
  });

  it('prints PT0S for no time at all', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(0.4)).toBe('PT0S');
  });

  it('refuses negative and non-finite numbers', () => {
    expect(() => isoDuration(-5)).toThrow(RangeError);
    expect(() => isoDuration(Number.NaN)).toThrow(RangeError);
  });
});

describe('the duration limit', () => {
  it('is the story schema’s limit for a video', () => {
    const video = { type: 'video', id: 'v1', credit: {} };
    expect(Video.safeParse({ ...video, durationSeconds: MAX_DURATION_SECONDS }).success).toBe(true);
    expect(Video.safeParse({ ...video, durationSeconds: MAX_DURATION_SECONDS + 1 }).success).toBe(false);
  });
});
