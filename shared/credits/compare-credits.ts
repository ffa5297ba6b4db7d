// Whether two credits name the same picture source: the caption's inline credit against the credit field
// (NEWSROOM.md: "When a caption's inline credit and the credit field disagree, an editor wants to be told").
// Two credits agree when they name the same people and the same credited organisation, however each is
// written: case, accents and full stops in names, "AP"/"Associated Press", "Getty"/"Getty Images"/"Getty
// Images North America", "REUTERS"/"Reuters". What they do not need to share:
// - the kind (a caption's "File" or "Pool" marker is not a different source);
// - a distributor named by one only ("Mandel Ngan / AFP" agrees with "Mandel Ngan/AFP via Getty Images");
//   when both name one it must be the same;
// - restrictions written by one only (a caption seldom repeats them); when both have some they must be the
//   same set, in any order;
// - the copyright holder, which is not part of a credit line.

import type { Credit } from '../story/schema.ts';
import { normalizePersonName } from './person-name.ts';

export { normalizePersonName } from './person-name.ts';

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/** "Jae C. Hong" and "JAE C HONG" → "jae c hong". */
function personKey(name: string): string {
  return withoutAccents(normalizePersonName(name))
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names an agency goes by, each mapped to one key. */
const ORGANIZATION_ALIASES: [RegExp, string][] = [
  [/^(?:ap|associated press|ap photo|ap images)$/, 'ap'],
  [/^getty(?: images)?(?: .*)?$/, 'getty images'],
  [/^(?:afp|agence france[- ]presse|afp photo)$/, 'afp'],
  [/^(?:pa|pa wire|pa images|pa media|pa archive|press association)$/, 'pa'],
  [/^(?:epa|epa-efe|efe)$/, 'epa'],
  [/^(?:reuters|reuters photo)$/, 'reuters'],
  [/^xinhua(?: news agency)?$/, 'xinhua'],
  [/^anadolu(?: agency)?$/, 'anadolu'],
  [/^kyodo(?: news)?$/, 'kyodo'],
  [/^zuma(?: press| wire)?$/, 'zuma'],
  [/^(?:rex|rex features|rex\/shutterstock|shutterstock)$/, 'shutterstock'],
  [/^usa today(?: network| sports)?$/, 'usa today'],
  [/^(?:us|united states) /, 'us '],
];

function organizationPartKey(name: string): string {
  const key = withoutAccents(name)
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
  for (const [pattern, alias] of ORGANIZATION_ALIASES) {
    if (pattern.test(key)) return key.replace(pattern, alias);
  }
  return key;
}

/** "Sputnik/Kremlin" → "kremlin/sputnik": every organisation named, in one order. */
function organizationKey(name: string): string {
  return name
    .split('/')
    .map(organizationPartKey)
    .filter(Boolean)
    .sort()
    .join('/');
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((value, index) => value === right[index]);
};

const restrictionKey = (restriction: string) => restriction.replace(/\s+/g, ' ').trim().toUpperCase();

/** True when the two credits name the same people and organisation (see the top of this file). */
export function creditsAgree(a: Credit, b: Credit): boolean {
  if (!sameSet(a.photographers.map(personKey).filter(Boolean), b.photographers.map(personKey).filter(Boolean))) {
    return false;
  }
  const viaA = organizationKey(a.via);
  const viaB = organizationKey(b.via);
  // A pool picture "via AP" is credited to AP when it names no organisation of its own.
  const creditedA = organizationKey(a.organization) || viaA;
  const creditedB = organizationKey(b.organization) || viaB;
  if (creditedA !== creditedB) return false;
  if (viaA && viaB && viaA !== viaB) return false;
  const restrictionsA = a.restrictions.map(restrictionKey);
  const restrictionsB = b.restrictions.map(restrictionKey);
  if (restrictionsA.length > 0 && restrictionsB.length > 0 && !sameSet(restrictionsA, restrictionsB)) return false;
  return true;
}
