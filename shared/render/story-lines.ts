// The small printed lines every output format shares, so HTML, Markdown and text can never disagree:
// the dateline as newspapers print it, the byline, a video's running time and a credit in the house style.

import { formatCreditLine } from '../credits/format-credit.ts';
import type { CreditStyle } from '../bridge/preferences.ts';
import type { BylineEntry, Credit, Dateline } from '../story/schema.ts';
import { joinNames } from '../credits/format-credit.ts';

/** What the house style asks of credit lines: the style and, for "custom", its pattern. */
export interface CreditHouseStyle {
  creditStyle: CreditStyle;
  customCreditPattern?: string;
}

/** The dash between the dateline and the first words of the story (CNN and AP print an em dash). */
export const DATELINE_DASH = '—';

/**
 * "WASHINGTON (AP)", "(CNN)", "JAKARTA": the place in capitals, then the source in parentheses. '' when the
 * story has no dateline.
 */
export function datelineLabel(dateline: Dateline): string {
  const location = dateline.location.trim().toLocaleUpperCase('en');
  const source = dateline.source.trim();
  return [location, source ? `(${source})` : ''].filter(Boolean).join(' ');
}

/**
 * "By Laura Jarrett, CNN"; "By Laura Jarrett and Evan Perez, CNN" when everyone shares one organisation;
 * "By Laura Jarrett, CNN, and Jane Doe, The Associated Press" otherwise. Titles follow the name. '' when there
 * is nobody on the byline.
 */
export function bylineLine(byline: readonly BylineEntry[]): string {
  const entries = byline.filter((entry) => entry.name.trim() !== '');
  if (entries.length === 0) return '';
  const organizations = new Set(entries.map((entry) => entry.organization.trim()));
  const shared = organizations.size === 1 ? [...organizations][0]! : null;
  if (shared !== null) {
    const names = joinNames(entries.map((entry) => withTitle(entry)));
    return `By ${names}${shared ? `, ${shared}` : ''}`;
  }
  const people = entries.map((entry) => [withTitle(entry), entry.organization.trim()].filter(Boolean).join(', '));
  // Each person already holds commas, so the list needs its own: "A, CNN, and B, AP".
  const last = people.pop()!;
  return `By ${people.length > 0 ? `${people.join(', ')}, and ${last}` : last}`;
}

function withTitle(entry: BylineEntry): string {
  const title = entry.title.trim();
  return title ? `${entry.name.trim()}, ${title}` : entry.name.trim();
}

/**
 * The credit line in the house style; '' for a credit that names no one. A video's credit says so where the
 * style names the medium: CNN "VIDEO: CNN", AP "(AP Video/Name)", Getty "Video by Name/Getty Images".
 */
export function creditLine(credit: Credit, style: CreditHouseStyle, medium: 'photo' | 'video' = 'photo'): string {
  const line = formatCreditLine(credit, style.creditStyle, style.customCreditPattern);
  if (medium === 'photo' || style.creditStyle === 'custom') return line;
  return line
    .replace(/^PHOTO: /, 'VIDEO: ')
    .replace(/^\(AP Photo\b/, '(AP Video')
    .replace(/^Photo (by|courtesy of) /, 'Video $1 ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "April 1, 2017": the day of an ISO time in UTC, so that every machine prints the same. A time written with
 * an offset ("2017-04-01T23:30:00-05:00") is turned into UTC first (April 2).
 */
export function correctionDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
