// The dateline at the start of a story's first paragraph, in the forms wires and networks print it:
//   WASHINGTON (AP) —          NEW YORK (AP) —          JAKARTA (Reuters) -       WASHINGTON, June 20 (Reuters) -
//   (CNN) --    (CNN) —    (CNN)The …                LONDON, England (CNN) --   SAN JUAN, Puerto Rico (AP) _
//   WASHINGTON —  (a staff story with no source in parentheses)
//   Washington (CNN)President …  Hong Kong (CNN) —  (CNN's own form: the place in ordinary case, for a known source)
// The place is in capitals, optionally followed by a state or country in ordinary case; a date after it
// (Reuters' older style) is not part of the place.

import type { Dateline } from '../story/schema.ts';

export interface FoundDateline {
  dateline: Dateline;
  /** The dateline as the source printed it, dash included: "(CNN) —", "JAKARTA (Reuters) -". */
  printed: string;
  /** The paragraph's text after the dateline (may be '' when the dateline stood on a line of its own). */
  rest: string;
}

const UPPER_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’\-]*`;
const PLACE_IN_CAPITALS = String.raw`${UPPER_WORD}(?:[ \t]+${UPPER_WORD})*`;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’\-]*`;
const REGION = String.raw`(?:,[ \t]*${WORD}(?:[ \t]+${WORD})*)*`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:,[ \t]*${MONTH}[ \t]+\d{1,2})?`;
const SOURCE = String.raw`\((\p{L}[\p{L}\d.&'’ \-]{0,38}?)\)`;
// "_" is the em dash of old ASCII wire copy ("NEW YORK (AP) _ The …").
const DASH = String.raw`(?:—|–|―|--?|_)`;

const WITH_SOURCE = new RegExp(String.raw`^(?:(${PLACE_IN_CAPITALS}${REGION})${DATE}\s+)?${SOURCE}\s*(${DASH}(?=\s|$))?\s*`, 'u');
/** CNN's own form since about 2015: the place in ordinary case, "Washington (CNN)President Trump …". */
const PLACE_IN_WORDS = String.raw`${WORD}(?:[ \t]+${WORD}){0,3}`;
const ORDINARY_PLACE = new RegExp(String.raw`^(${PLACE_IN_WORDS}${REGION})${DATE}\s+${SOURCE}\s*(${DASH}(?=\s|$))?\s*`, 'u');
const WITHOUT_SOURCE = new RegExp(String.raw`^(${PLACE_IN_CAPITALS}${REGION})${DATE}\s+(?:—|–|―|--|-|_)\s+`, 'u');

/** Sources that open a story with no dash after them: CNN prints "(CNN)The Departments …". */
const KNOWN_SOURCES = /^(?:CNN|CNN Money|CNNMoney|CNN Business|AP|Reuters|AFP|UPI|Bloomberg|BBC|dpa|EFE)$/i;

const hasEnoughCapitals = (place: string) => (place.match(/\p{Lu}/gu) ?? []).length >= 2;

/** Short capitals that open sentences rather than datelines ("NASA — the agency said …"). */
const ACRONYMS = new Set(['NASA', 'NATO', 'OPEC', 'FEMA', 'ASEAN', 'UNHCR', 'UNICEF', 'WHO', 'CDC', 'FDA', 'EPA']);

/** A place in capitals, not an acronym opening a sentence ("ICE — the agency …" is not a dateline). */
function isPlace(place: string): boolean {
  const first = place.split(/[ ,]/)[0]!;
  if (ACRONYMS.has(first)) return false;
  return place.includes(' ') || place.includes(',') || first.replace(/[^\p{Lu}]/gu, '').length >= 4;
}

/** The dateline that opens `text`, or null when it opens with something else. */
export function findDateline(text: string): FoundDateline | null {
  const withSource = WITH_SOURCE.exec(text);
  if (withSource) {
    const [matched, place = '', source = '', dash] = withSource;
    const opensDirectly = dash !== undefined || KNOWN_SOURCES.test(source.trim());
    if (opensDirectly && (place === '' || hasEnoughCapitals(place))) {
      return {
        dateline: { location: place.trim(), source: source.trim() },
        printed: matched.trim(),
        rest: text.slice(matched.length).trim(),
      };
    }
  }
  const ordinary = ORDINARY_PLACE.exec(text);
  if (ordinary && KNOWN_SOURCES.test(ordinary[2]!.trim())) {
    const [matched, place = '', source = ''] = ordinary;
    return { dateline: { location: place.trim(), source: source.trim() }, printed: matched.trim(), rest: text.slice(matched.length).trim() };
  }
  const withoutSource = WITHOUT_SOURCE.exec(text);
  if (withoutSource) {
    const [matched, place = ''] = withoutSource;
    if (isPlace(place.trim())) {
      return {
        dateline: { location: place.trim(), source: '' },
        printed: matched.trim(),
        rest: text.slice(matched.length).trim(),
      };
    }
  }
  return null;
}
