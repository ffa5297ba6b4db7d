// One credit expression — the text of a line, or of one parenthesised group in it — read into its parts:
//
//   clause  := prefix* part ("/" part)* (" via " distributor ("," marker)*)?
//   prefix  := "PHOTO:" | "Photo by" | "Credit:" | "Credit..." | "Photo credit should read[:]" | "©" [year]
//            | "Copyright" [year] | "Courtesy [of]" | "Handout photo courtesy of" | "Pool photo by" …
//
// A clause only counts when something in it says it is a credit (a prefix, a known agency, a marker, a
// distributor, or people beside an organisation): "Jane Doe" or "(New York Times)" alone is not one.

import type { Credit, CreditKind } from '../story/schema.ts';
import {
  classifySegment,
  FORBIDDEN,
  looksLikeAcronym,
  markerKind,
  organizationName,
  peelMarkers,
  PHOTO_WORD,
  SEPARATORS,
  splitCommaOrganization,
  withoutLeadingThe,
  type Segment,
} from './credit-segment.ts';
import { isDistributor, isOfficialSource, looksLikeOrganization } from './organizations.ts';
import { normalizePersonName } from './person-name.ts';

export interface Clause {
  photographers: string[];
  organizations: string[];
  via: string;
  kinds: Set<CreditKind>;
  copyright: string;
  /** "Photo credit should read …": the line the agency asks for. */
  requested: boolean;
  /** "Name for The Washington Post": on assignment, so not staff. */
  onAssignment: boolean;
  /** Something in the text says it is a credit: a prefix, a known agency, a marker, a distributor. */
  evidence: boolean;
}

/** Stands in for the copyright holder until the clause's first organisation or person is known. */
const COPYRIGHT_HOLDER_PENDING = '\u0000';

interface Prefix {
  pattern: RegExp;
  apply(clause: Clause, match: RegExpExecArray): void;
}

const PREFIXES: Prefix[] = [
  { pattern: /^photo\s*credit\s+(?:should|must)\s+reads?\s*:?\s*/i, apply: (clause) => (clause.requested = true) },
  // "Credit:", "Photo credit:", and the New York Times' "Credit...".
  { pattern: /^(?:photo\s*)?credits?(?:\s+line)?\s*(?::|\.{2,}|…)\s*/i, apply: () => {} },
  { pattern: new RegExp(String.raw`^${PHOTO_WORD}\s*:\s*`, 'i'), apply: () => {} },
  // The BBC's "Image source, Getty Images".
  { pattern: new RegExp(String.raw`^${PHOTO_WORD}\s+source\s*[,:]\s*`, 'i'), apply: () => {} },
  { pattern: new RegExp(String.raw`^${PHOTO_WORD}\s+by\s*:?\s+`, 'i'), apply: () => {} },
  // "Pool photo by Doug Mills/The New York Times via AP", "FILE PHOTO: …", "Handout photo: …".
  {
    pattern: new RegExp(String.raw`^(pool|handout|file)\s+${PHOTO_WORD}(?:\s+by)?\s*:?\s+`, 'i'),
    apply: (clause, match) => clause.kinds.add(markerKind(match[1]!)!),
  },
  {
    pattern: new RegExp(String.raw`^(handout\s+)?(?:${PHOTO_WORD}\s+)?courtesy(?:\s+of)?\s*:?\s+`, 'i'),
    apply: (clause, match) => clause.kinds.add(match[1] ? 'handout' : 'courtesy'),
  },
  // "© 2024 Jane Doe", "Copyright 2024 The Associated Press", "Photo © Jane Doe", "Satellite image ©2024 Maxar".
  {
    pattern: new RegExp(
      String.raw`^(?:(?:satellite\s+)?${PHOTO_WORD}\s*(?=©))?(?:©|copyright\b\s*©?)\s*` +
        String.raw`(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\b\s*,?\s*)?`,
      'i',
    ),
    apply: (clause) => (clause.copyright = COPYRIGHT_HOLDER_PENDING),
  },
];

/** "U.S. Navy photo by Jane Doe": the organisation's picture by a named photographer. */
const OWN_PICTURE_BY = new RegExp(String.raw`^(.+?)\s+${PHOTO_WORD}\s+by\s+(.+)$`, 'i');

/** Takes the prefixes off the front of the text, noting on the clause what each says. */
function readPrefixes(text: string, clause: Clause): string {
  let rest = text;
  let found = true;
  while (found) {
    found = false;
    for (const prefix of PREFIXES) {
      const match = prefix.pattern.exec(rest);
      if (!match || match[0].length === 0) continue;
      prefix.apply(clause, match);
      rest = rest.slice(match[0].length).replace(SEPARATORS, '');
      clause.evidence = true;
      found = true;
    }
  }
  return rest;
}

/** " via AP", " via REUTERS", " via AP, Pool": the distributor and any marker after it; false when unreadable. */
function readDistributor(text: string, clause: Clause): boolean {
  const peeled = peelMarkers(text);
  for (const kind of peeled.kinds) clause.kinds.add(kind);
  for (const part of peeled.rest.split(/\s*\/\s*/).filter(Boolean)) {
    const kind = markerKind(part);
    if (kind) clause.kinds.add(kind);
    if (kind !== undefined) continue;
    const name = withoutLeadingThe(part);
    if (clause.via || FORBIDDEN.test(name) || !/^[\p{Lu}\p{N}]/u.test(name)) return false;
    clause.via = organizationName(name);
  }
  return clause.via !== '';
}

/** Reads the slash-separated parts into the clause; false when one of them is not a credit's part. */
function readParts(text: string, clause: Clause, lenient: boolean): boolean {
  const parts = text
    .split(/\s*\/\s*|\s+\|\s+/)
    .map((part) => part.replace(SEPARATORS, ''))
    .filter(Boolean)
    .flatMap(splitCommaOrganization);
  const segments: Segment[] = [];
  let anonymous = false;
  for (const part of parts) {
    const kind = markerKind(part);
    if (kind !== undefined) {
      if (kind) clause.kinds.add(kind);
      else anonymous = true;
      clause.evidence = true;
      continue;
    }
    const peeled = peelMarkers(part);
    for (const peeledKind of peeled.kinds) clause.kinds.add(peeledKind);
    anonymous ||= peeled.anonymous;
    if (peeled.kinds.length > 0 || peeled.anonymous) clause.evidence = true;
    const segment = classifySegment(peeled.rest, lenient);
    if (!segment) return false;
    segments.push(segment);
  }

  const beside = segments.some((segment) => segment.type === 'organization') || clause.via !== '';
  for (const segment of segments) {
    switch (segment.type) {
      case 'people':
        clause.photographers.push(...segment.names);
        break;
      case 'organization':
        clause.organizations.push(segment.name);
        if (segment.known || segments.length > 1 || clause.via) clause.evidence = true;
        break;
      case 'assignment':
        clause.photographers.push(...segment.names);
        clause.organizations.push(segment.organization);
        clause.onAssignment = true;
        if (looksLikeOrganization(segment.organization)) clause.evidence = true;
        break;
      case 'ambiguous':
        if (beside && !looksLikeAcronym(segment.word)) clause.photographers.push(normalizePersonName(segment.word));
        else clause.organizations.push(organizationName(segment.word));
        break;
    }
  }
  // "REUTERS/Stringer" credits Reuters; "Stringer" alone credits no one.
  return !anonymous || clause.photographers.length > 0 || clause.organizations.length > 0 || clause.via !== '';
}

/** The clause a credit expression gives, or null when it is not one. */
export function readClause(input: string): Clause | null {
  const clause: Clause = {
    photographers: [],
    organizations: [],
    via: '',
    kinds: new Set(),
    copyright: '',
    requested: false,
    onAssignment: false,
    evidence: false,
  };
  let text = input.replace(SEPARATORS, '').replace(/[.,;]?\s*all rights reserved\.?$/i, '');
  // A full stop ends the line, except after an initial or an abbreviation that is part of a name.
  if (text.endsWith('.') && !/(?:^|[\s./])(?:\p{L}|Jr|Sr|Inc|Co|Ltd|St)\.$/u.test(text)) text = text.slice(0, -1);

  text = readPrefixes(text, clause);
  // "© Jane Doe 2024": the year may follow the holder too.
  if (clause.copyright) text = text.replace(/\s*,?\s*\d{4}$/, '');

  const ownBy = OWN_PICTURE_BY.exec(text);
  if (ownBy && looksLikeOrganization(ownBy[1]!)) {
    text = `${ownBy[2]}/${ownBy[1]}`;
    clause.evidence = true;
  }

  const via = /^(.*?)\s*\bvia\s+(.+)$/i.exec(text);
  if (via) {
    if (!readDistributor(via[2]!, clause)) return null;
    text = via[1]!;
    clause.evidence ||= looksLikeOrganization(clause.via) || text !== '';
  }
  const lenient = clause.kinds.has('courtesy') || clause.kinds.has('handout');
  if (!readParts(text, clause, lenient)) return null;

  clause.photographers = [...new Set(clause.photographers)];
  clause.organizations = clause.organizations.filter(
    (name, index, all) => all.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index,
  );
  if (clause.copyright === COPYRIGHT_HOLDER_PENDING) {
    clause.copyright = clause.organizations[0] ?? clause.photographers[0] ?? '';
  }
  return clause;
}

/** How much a clause says, to choose between two: the requested line first, then the fuller one. */
export function clauseWeight(clause: Clause): number {
  return (
    (clause.requested ? 100 : 0) +
    (clause.via ? 4 : 0) +
    clause.organizations.length * 2 +
    clause.photographers.length +
    clause.kinds.size
  );
}

const KIND_PRIORITY: CreditKind[] = ['handout', 'pool', 'file', 'courtesy', 'staff'];

/** The credit a clause gives, with the line's restrictions; null when it names no source. */
export function creditOfClause(clause: Clause, restrictions: string[]): Credit | null {
  const organizations = [...clause.organizations];
  let via = clause.via;
  // "AFP/Getty Images", "Getty Images North America/Getty Images", "NASA/AP": an agency distributing another's
  // picture.
  if (!via && organizations.length > 1 && isDistributor(organizations[organizations.length - 1]!)) {
    via = organizations.pop()!;
  }
  let kind = KIND_PRIORITY.find((candidate) => clause.kinds.has(candidate));
  // "Handout/Reuters" is Reuters handing on someone's handout: "Handout via Reuters", as Reuters writes it.
  if (!via && kind === 'handout' && clause.photographers.length === 0 && organizations.length === 1 && isDistributor(organizations[0]!)) {
    via = organizations.pop()!;
  }
  const organization = organizations.join('/');
  if (!kind && !clause.onAssignment && clause.photographers.length > 0 && organization && !via) kind = 'staff';
  if (!kind && clause.photographers.length === 0 && via && organization && isOfficialSource(organization)) {
    kind = 'handout';
  }
  const hasSource =
    clause.photographers.length > 0 || organization !== '' || via !== '' || kind === 'pool' || kind === 'handout';
  if (!hasSource) return null;
  return {
    photographers: clause.photographers,
    organization,
    via,
    ...(kind ? { kind } : {}),
    restrictions,
    copyright: clause.copyright,
  };
}
