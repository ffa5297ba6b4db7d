// Usage restrictions written into credit lines: "(AP Photo/Richard Drew) MANDATORY CREDIT, NO SALES",
// "REUTERS/Name/File Photo NO RESALES. NO ARCHIVES", "EPA/US NAVY HANDOUT EDITORIAL USE ONLY/NO SALES",
// "XINHUA CHINA OUT". They are taken out of the text before the credit itself is read, wherever they stand.

const PLACES_AND_MEDIA_SHUT_OUT = [
  'CHINA', 'HONG KONG', 'MACAO', 'MACAU', 'TAIWAN', 'JAPAN', 'SOUTH KOREA', 'NORTH KOREA', 'KOREA', 'FRANCE',
  'GERMANY', 'AUSTRIA', 'SWITZERLAND', 'ITALY', 'SPAIN', 'BELGIUM', 'NETHERLANDS', 'SWEDEN', 'NORWAY', 'DENMARK',
  'FINLAND', 'ICELAND', 'POLAND', 'RUSSIA', 'ISRAEL', 'INDIA', 'PAKISTAN', 'IRAN', 'TURKEY', 'UK', 'IRELAND',
  'NORTHERN IRELAND', 'CANADA', 'MEXICO', 'BRAZIL', 'AUSTRALIA', 'NEW ZEALAND', 'TV', 'INTERNET', 'ONLINE',
  'MAGS', 'MAGAZINES', 'NEWSPAPERS', 'AFP', 'EPA', 'AP',
].map((place) => place.replace(/ /g, '\\s+'));

/** Phrases agencies write, in any case. */
const KNOWN = [
  String.raw`(?:FOR\s+)?EDITORIAL\s+USE\s+ONLY`,
  String.raw`RESTRICTED\s+TO\s+EDITORIAL\s+USE`,
  String.raw`MANDATORY\s+CREDIT`,
  String.raw`MUST\s+CREDIT`,
  String.raw`NOT\s+FOR\s+SALE\s+FOR\s+MARKETING\s+OR\s+ADVERTISING\s+CAMPAIGNS`,
  String.raw`THIS\s+(?:IMAGE|PICTURE|PHOTO)\s+(?:HAS\s+BEEN|WAS)\s+(?:SUPPLIED|PROVIDED)\s+BY\s+A\s+THIRD\s+PARTY`,
  String.raw`NO\s+(?:THIRD[-\s]PARTY\s+)?(?:RE)?SALES`,
  String.raw`NO\s+ARCHIVES?`,
  String.raw`NO\s+(?:MAGS|MAGAZINES|TV|TELEVISION|INTERNET|ONLINE|BOOKS|COMMERCIAL\s+USE|MARKETING|ADVERTISING|MOBILE|WEB)`,
  String.raw`NO\s+(?:NEWSPAPERS|CALENDARS)`,
  String.raw`(?:${PLACES_AND_MEDIA_SHUT_OUT.join('|')})\s+OUT`,
];

const KNOWN_RESTRICTION = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${KNOWN.join('|')})(?![\p{L}\p{N}])`, 'giu');
/** Any other "NO WORD" written in capitals: "NO CROPPING". Case matters here, so "no" in a name never counts. */
const CAPITALISED_NO = /(?<![\p{L}\p{N}])NO\s+[A-Z]{2,}(?![\p{L}\p{N}])/gu;

export interface ExtractedRestrictions {
  /** The text with the restrictions taken out (a space where each stood). */
  rest: string;
  /** Each restriction in capitals, single-spaced, in the order written, without repeats. */
  restrictions: string[];
}

/**
 * Reuters ends a credit with notes to editors in capitals: "KCNA via REUTERS ATTENTION EDITORS - THIS IMAGE
 * WAS PROVIDED BY A THIRD PARTY. NO THIRD PARTY SALES. SOUTH KOREA OUT." Each sentence after it is an
 * instruction, kept with the restrictions.
 */
const ATTENTION_EDITORS = /(?<![\p{L}\p{N}])ATTENTION\s+EDITORS?\b\s*[-–—:]*\s*/iu;
/** Picture-desk tags that say nothing about use: "REUTERS/Amir Cohen TPX IMAGES OF THE DAY". */
const DESK_TAGS =
  /(?<![\p{L}\p{N}])(?:(?:TPX\s+)?(?:IMAGES|PICTURES?)\s+OF\s+THE\s+(?:DAY|WEEK|YEAR)|TPX)(?![\p{L}\p{N}])/gu;

export function extractRestrictions(input: string): ExtractedRestrictions {
  const notes: string[] = [];
  let text = input.replace(DESK_TAGS, ' ');
  const attention = ATTENTION_EDITORS.exec(text);
  if (attention) {
    for (const sentence of text.slice(attention.index + attention[0].length).split(/\.(?:\s+|$)/)) {
      const note = sentence.replace(/\s+/g, ' ').trim().toUpperCase();
      if (note && !notes.includes(note)) notes.push(note);
    }
    text = text.slice(0, attention.index);
  }
  const { rest, restrictions } = extractKnown(text);
  for (const note of notes) if (!restrictions.includes(note)) restrictions.push(note);
  return { rest, restrictions };
}

function extractKnown(text: string): ExtractedRestrictions {
  const known = [...text.matchAll(KNOWN_RESTRICTION)];
  const overlapsKnown = (start: number, end: number) =>
    known.some((match) => start < match.index + match[0].length && match.index < end);
  const capitalised = [...text.matchAll(CAPITALISED_NO)].filter(
    (match) => !overlapsKnown(match.index, match.index + match[0].length),
  );
  const matches = [...known, ...capitalised].sort((a, b) => a.index - b.index);

  const restrictions: string[] = [];
  let rest = '';
  let from = 0;
  for (const match of matches) {
    const restriction = match[0].replace(/\s+/g, ' ').toUpperCase();
    if (!restrictions.includes(restriction)) restrictions.push(restriction);
    rest += `${text.slice(from, match.index)} `;
    from = match.index + match[0].length;
  }
  rest += text.slice(from);
  return { rest, restrictions };
}
