// Video durations as editors type them and as pages print them (NEWSROOM.md, "video"): CNN's player shows
// "01:17" and "00:33" (two-digit minutes), an hour or more reads "1:02:03", and schema.org's
// VideoObject.duration wants ISO 8601 ("PT1M17S").
//
// What parseDuration accepts, and why:
//   m:ss, mm:ss   "1:17", "01:17", "90:00"  minutes may be any size when they are the largest unit
//   h:mm:ss       "1:02:03"                 minutes are then 00–59 and written with two digits
//   seconds are always the last part, two digits, 00–59: "1:5" could mean 1:05 or 1:50, so it is refused.
// A bare number ("75") is refused too: an editor may mean seconds or minutes. The longest duration is the
// schema's limit, 24:00:00. Every refusal quotes the text and says what to change.

/** The longest video the story schema accepts (Video.durationSeconds): one day. */
export const MAX_DURATION_SECONDS = 24 * 3600;

export type ParsedDuration = { ok: true; seconds: number } | { ok: false; message: string };

const EXAMPLE = 'such as 01:17 or 1:02:03';

const refuse = (message: string): ParsedDuration => ({ ok: false, message });

export function parseDuration(text: string): ParsedDuration {
  const input = text.trim();
  if (input === '') return refuse(`Enter a duration ${EXAMPLE}`);
  const quoted = `"${input}"`;
  if (!/^[0-9:]+$/.test(input)) {
    return refuse(`A duration is digits and colons, ${EXAMPLE}: ${quoted} has other characters`);
  }
  const parts = input.split(':');
  if (parts.length === 1) return refuse(`Write minutes and seconds, ${EXAMPLE}: ${quoted} could be either`);
  if (parts.length > 3) return refuse(`Too many parts in ${quoted}: write m:ss or h:mm:ss`);
  if (parts.some((part) => part === '')) return refuse(`A number is missing in ${quoted}: write m:ss or h:mm:ss`);

  const [secondsText] = parts.slice(-1) as [string];
  const [minutesText] = parts.slice(-2) as [string];
  const hoursText = parts.length === 3 ? parts[0]! : null;

  if (secondsText.length !== 2) return refuse(`Seconds need two digits in ${quoted}, such as 1:05`);
  const seconds = Number(secondsText);
  if (seconds > 59) return refuse(`Seconds must be 00–59 in ${quoted}`);

  const minutes = Number(minutesText);
  let hours = 0;
  if (hoursText !== null) {
    if (minutesText.length !== 2) return refuse(`Minutes need two digits in ${quoted}, such as 1:02:03`);
    if (minutes > 59) return refuse(`Minutes must be 00–59 in ${quoted}`);
    hours = Number(hoursText);
  }

  const total = hours * 3600 + minutes * 60 + seconds;
  if (total > MAX_DURATION_SECONDS) return refuse(`${quoted} is longer than the 24:00:00 a video may last`);
  return { ok: true, seconds: total };
}

function wholeSeconds(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`A duration must be a finite number of seconds, at least 0 (got ${seconds})`);
  }
  return Math.round(seconds);
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** "00:33", "01:17", "59:59"; from an hour on "1:02:03". Fractions of a second are rounded. */
export function formatDuration(seconds: number): string {
  const total = wholeSeconds(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  return hours > 0 ? `${hours}:${twoDigits(minutes)}:${twoDigits(rest)}` : `${twoDigits(minutes)}:${twoDigits(rest)}`;
}

/** ISO 8601 for schema.org's VideoObject.duration: "PT1M17S", "PT33S", "PT1H2M3S", "PT1H", "PT0S". */
export function isoDuration(seconds: number): string {
  const total = wholeSeconds(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (total === 0) return 'PT0S';
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`;
}
