// The desk's times as a person types and reads them, in this computer's time zone, and as the story keeps
// them: ISO 8601 with the offset they were set in ("2026-12-02T06:00:00+00:00"), so the file says both the
// moment and the wall clock the editor meant.

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** A moment as ISO 8601 in this computer's time zone, to the second: "2026-06-01T09:00:00+01:00". */
export function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * A datetime-local field's value ("2026-12-02T06:00") as the story keeps it, or null when the field is empty
 * or not (yet) a whole date and time: clearing the field lifts the embargo.
 */
export function isoFromLocalInput(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year!, month! - 1, day!, hour!, minute!, second!);
  return Number.isNaN(date.getTime()) ? null : localIso(date);
}

/** A stored time as a datetime-local field shows it, in this computer's time zone: "2026-12-02T06:00". */
export function localInputFromIso(iso: string | null): string {
  const time = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(time)) return '';
  const date = new Date(time);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A stored time's day as a date field shows it, in this computer's time zone: "2026-11-28". */
export function localDateFromIso(iso: string): string {
  return localInputFromIso(iso).slice(0, 10);
}

/**
 * A stored time moved to another day ("2026-11-30" from a date field), keeping its time of day; null when the
 * date is empty or not a date.
 */
export function isoOnDate(iso: string, day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const before = Date.parse(iso);
  const date = Number.isNaN(before) ? new Date(0, 0, 1, 12) : new Date(before);
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : localIso(date);
}

/** Whether an embargo still holds at `now`: it is set and its moment is still ahead. */
export function embargoHolds(embargo: string | null, now: number): boolean {
  const until = embargo ? Date.parse(embargo) : Number.NaN;
  return !Number.isNaN(until) && until > now;
}

/**
 * "Tue 2 Dec, 06:00" (in the reader's locale and time zone), with the year when it is not this year's: the
 * embargo banner's time.
 */
export function formatEmbargoMoment(embargo: string, now: number, locale?: string): string {
  const time = Date.parse(embargo);
  if (Number.isNaN(time)) return embargo;
  const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(time);
}
