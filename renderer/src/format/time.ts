// Times as a person on the desk reads them: "5 minutes ago" for today's work, a date for older stories,
// and the full date and time for a tooltip. Formatting is left to Intl, in the reader's locale.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatRelative(iso: string, now: number, locale?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const ago = now - time;
  if (ago < MINUTE && ago > -MINUTE) return 'just now';
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(ago) < HOUR) return relative.format(-Math.round(ago / MINUTE), 'minute');
  if (Math.abs(ago) < DAY) return relative.format(-Math.round(ago / HOUR), 'hour');
  if (Math.abs(ago) < 7 * DAY) return relative.format(-Math.round(ago / DAY), 'day');
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(time);
}

export function formatAbsolute(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(time);
}

/** "22:43" (or "10:43 PM" where that is the custom). */
export function formatClock(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(time);
}
