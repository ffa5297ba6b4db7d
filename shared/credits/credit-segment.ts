// One slash-separated part of a credit line, and what it is: people ("Jae C. Hong and Ashley Landis"), an
// organisation ("AP Photo", "Getty Images North America"), a marker ("File", "Pool", "Stringer") or a
// photographer on assignment ("Jane Doe for The Washington Post"). People and organisations stand in either
// order in a line ("Richard Drew/AP", "REUTERS/Danish Siddiqui"), so a part is told by its own words.

import type { CreditKind } from '../story/schema.ts';
import { knownOrganization, knownOrganizationName, looksLikeOrganization } from './organizations.ts';
import { normalizePersonName } from './person-name.ts';

/** The words for a picture in prefixes and markers: "Photo by", "AP Photo", "Photograph:", "Pool photo". */
export const PHOTO_WORD =
  String.raw`(?:photo(?:graph)?s?|pictures?|images?|video|fotos?|illustration|photo[\s-]illustration)`;

/** Separators around and between parts, trimmed from both ends (a full stop only from the front). */
export const SEPARATORS = /^[\s,;:.\-–—|/]+|[\s,;:\-–—|/]+$/g;

/** Characters no credit part holds: sentence punctuation, brackets, markup. */
export const FORBIDDEN = /[:;?!"“”«»<>{}[\]#*=_~^$%@()\\]|--/;

// ── markers ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The kind a marker means; null for the markers that name no one ("Stringer", "STR", "Staff"); undefined
 * when the text is not a marker.
 */
export function markerKind(text: string): CreditKind | null | undefined {
  const marker = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(?:file|files|file photos?|archive|archives|archive photos?)$/.test(marker)) return 'file';
  if (/^pool(?: photos?| pictures?| images?)?$/.test(marker)) return 'pool';
  if (/^handout(?: photos?| pictures?| images?)?$/.test(marker)) return 'handout';
  if (marker === 'courtesy') return 'courtesy';
  if (/^(?:stringer|str|staff|staff photographer|photographer|anonymous|unknown)$/.test(marker)) return null;
  return undefined;
}

/** A marker after a comma or a dash: "Richard Drew, File", "Saul Loeb - Pool". */
const AFTER_SEPARATOR = /^(.*?)(?:\s*,|\s+[-–—])\s*([^,\-–—]+)$/;
/** EPA runs a marker in capitals on without one: "US NAVY HANDOUT". */
const RUN_ON_IN_CAPITALS = /^(.+?)\s+(HANDOUT|POOL|FILE|FILES|STRINGER)$/;

export interface PeeledMarkers {
  rest: string;
  kinds: CreditKind[];
  /** A "Stringer" or "STR" marker was there. */
  anonymous: boolean;
}

/**
 * "Richard Drew, File", Getty's "Saul Loeb - Pool", EPA's "US NAVY HANDOUT", "Reuters file photo" → the
 * part without its markers, and the markers.
 */
export function peelMarkers(part: string): PeeledMarkers {
  const kinds: CreditKind[] = [];
  let anonymous = false;
  let rest = part;
  // "Reuters file photo", "AP pool photo": the organisation's own picture, of a kind.
  const ownOfKind = /^(.+?)\s+(file|pool|handout)\s+(photo(?:graph)?s?|pictures?|images?)$/i.exec(rest);
  if (ownOfKind) {
    kinds.push(markerKind(ownOfKind[2]!)!);
    rest = `${ownOfKind[1]} ${ownOfKind[3]}`;
  }
  for (;;) {
    const marker = AFTER_SEPARATOR.exec(rest) ?? RUN_ON_IN_CAPITALS.exec(rest);
    if (!marker) break;
    const kind = markerKind(marker[2]!);
    if (kind === undefined) break;
    if (kind === null) anonymous = true;
    else kinds.push(kind);
    rest = marker[1]!.trim();
  }
  return { rest, kinds, anonymous };
}

// ── people ───────────────────────────────────────────────────────────────────────────────────────────────

const NAME_PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'das', 'dos', 'du', 'di', 'la', 'las', 'los', 'le', 'les',
  'ten', 'ter', 'bin', 'ibn', 'y', 'e',
]);
/** Capitalised words that begin a phrase rather than a name: "From Facebook", "By The Pool". */
const NOT_NAME_WORDS = new Set([
  'from', 'via', 'by', 'of', 'the', 'and', 'for', 'with', 'in', 'on', 'at', 'to', 'photo', 'photos', 'image', 'images',
  'picture', 'video', 'credit', 'courtesy', 'file', 'pool', 'handout',
]);
const NAME_SUFFIX_WITH_DOT = /^(?:Jr|Sr|St|Dr|Jnr|Snr|Mr|Mrs|Ms)\.$/i;

function isNameWord(word: string, index: number): boolean {
  if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !NAME_SUFFIX_WITH_DOT.test(word)) return false;
  if (NOT_NAME_WORDS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word)) return true;
  if (index > 0 && NAME_PARTICLES.has(word)) return true;
  return /^(?:d|l|al|el)['’-]\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word);
}

/** One person's name: capitalised words, initials and particles; one word only when `oneWord` allows. */
function isPersonName(name: string, oneWord: boolean): boolean {
  const words = name.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 6 || (!oneWord && words.length === 1)) return false;
  if (!words.every(isNameWord)) return false;
  // Initials alone ("J. R.") are no one's name, unless in a list of one-letter names ("A and B").
  if (!oneWord && !words.some((word) => /\p{L}{2,}/u.test(word))) return false;
  return !words.every((word) => NAME_PARTICLES.has(word.toLowerCase()));
}

/** "Jae C. Hong and Ashley Landis", "A, B and C" → the names, normalised; null when one is not a name. */
function splitPeople(text: string): string[] | null {
  const joined = text.replace(/,\s*(Jr\.?|Sr\.?|II|III|IV)(?=$|\s|,)/g, ' $1');
  const names = joined
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/i)
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) return null;
  // In a list ("A and B") a one-word name is still a name; alone, one word may be an organisation.
  const inList = names.length > 1;
  return names.every((name) => isPersonName(name, inList)) ? names.map(normalizePersonName) : null;
}

/** A word built like an organisation's: an acronym ("NHS") or one inside it ("JPL-Caltech"), not "X". */
export function looksLikeAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase()) return letters.length >= 2 && letters.length <= 4;
  return /\p{Lu}{2,}/u.test(word);
}

// ── organisations ────────────────────────────────────────────────────────────────────────────────────────

/** The organisation as it asks to be written ("REUTERS" → "Reuters", "REUTERS TV" → "Reuters TV"). */
export const organizationName = (name: string) => knownOrganizationName(name) ?? name.trim();

/** "the U.S. Navy" → "U.S. Navy"; "the family" and "the Smith family" stay as written. */
export function withoutLeadingThe(text: string): string {
  const properName = /^the\s+[\p{Lu}\p{N}]/u.test(text) && /(?:^|\s)[\p{Lu}\p{N}]\S*$/u.test(text);
  return properName ? text.replace(/^the\s+/, '') : text;
}

/** Abbreviations that end in a full stop inside a name: "Dept. of Defense", "Sgt. Jane Doe", "Inc.". */
const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'corp', 'dept', 'jr', 'sr', 'st', 'dr', 'mr', 'mrs', 'ms', 'gov', 'sen', 'rep', 'gen', 'col', 'sgt',
  'capt', 'adm', 'cpl', 'pvt', 'maj', 'lt', 'no', 'mt', 'ft', 'bros', 'assn', 'univ',
]);

/** A full stop after a word and then more: two sentences, never one name ("… IMAGE. NO …", "Doe. REUTERS"). */
function holdsTwoSentences(text: string): boolean {
  for (const match of text.matchAll(/(\p{L}+)\.\s/gu)) {
    const word = match[1]!;
    if (word.length >= 2 && !ABBREVIATIONS.has(word.toLowerCase())) return true;
  }
  return false;
}

// ── a part ───────────────────────────────────────────────────────────────────────────────────────────────

export type Segment =
  | { type: 'people'; names: string[] }
  /** `known`: an agency or outlet from the list, which alone says the text is a credit. */
  | { type: 'organization'; name: string; known: boolean }
  /** One capitalised word: a photographer beside an organisation ("Name/Gamma-Rapho"), else an organisation. */
  | { type: 'ambiguous'; word: string }
  | { type: 'assignment'; names: string[]; organization: string };

const MAX_ORGANIZATION_WORDS = 10;

const OWN_PICTURE = new RegExp(String.raw`^(.+?)\s+${PHOTO_WORD}$`, 'i');

/**
 * What one part is, or null when it is none of them (a sentence, a phrase, punctuation no credit has).
 * `lenient` is for the holder after "Courtesy of", which may be anything: "Courtesy of the family".
 */
export function classifySegment(part: string, lenient: boolean): Segment | null {
  const text = withoutLeadingThe(part);
  if (FORBIDDEN.test(text) || holdsTwoSentences(text)) return null;
  // "AP Photo", "AFP PHOTO", "NASA photo": the organisation's own picture ("Magnum Photos" is a name).
  const own = OWN_PICTURE.exec(text);
  if (own && !knownOrganization(text) && (knownOrganizationName(own[1]!) || /^[A-Z][A-Z.&-]{1,7}$/.test(own[1]!))) {
    return { type: 'organization', name: organizationName(own[1]!), known: true };
  }
  const known = knownOrganizationName(text);
  if (known) return { type: 'organization', name: known, known: true };
  const assignment = /^(.+?)\s+for\s+(.+)$/.exec(text);
  if (assignment && !looksLikeOrganization(assignment[1]!)) {
    const names = splitPeople(assignment[1]!);
    const organization = withoutLeadingThe(assignment[2]!);
    if (names && /^[\p{Lu}\p{N}]/u.test(organization)) {
      return { type: 'assignment', names, organization: organizationName(organization) };
    }
  }
  const startsProperly = /^[\p{Lu}\p{N}]/u.test(text);
  const words = text.split(' ').length;
  if (looksLikeOrganization(text) && (startsProperly || lenient) && words <= MAX_ORGANIZATION_WORDS) {
    return { type: 'organization', name: organizationName(text), known: false };
  }
  const names = splitPeople(text);
  if (names) return { type: 'people', names };
  if (isPersonName(text, true)) return { type: 'ambiguous', word: text };
  if (lenient && words <= MAX_ORGANIZATION_WORDS) return { type: 'organization', name: text, known: false };
  return null;
}

/** "Jane Doe, USA TODAY" → two parts, when what follows the comma is an organisation and the rest people. */
export function splitCommaOrganization(part: string): string[] {
  const comma = part.lastIndexOf(',');
  if (comma === -1) return [part];
  const before = part.slice(0, comma).trim();
  const after = part.slice(comma + 1).trim();
  if (!looksLikeOrganization(after) || !/^[\p{Lu}\p{N}]/u.test(after) || looksLikeOrganization(before)) return [part];
  return splitPeople(before) ? [before, after] : [part];
}
