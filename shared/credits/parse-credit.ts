// Reading credits out of free text: the inverse of format-credit.ts. A credit line is a small grammar, the
// same in every agency's practice:
//
//   line    := group+ instructions?  |  clause        "(A) (B) NO SALES", "REUTERS/Danish Siddiqui/Files"
//   group   := "(" clause ")"
//   clause  := prefix* part ("/" part)* (" via " distributor)?          (credit-clause.ts)
//   part    := names ("," marker)* | organisation | marker | names " for " organisation   (credit-segment.ts)
//
// Restrictions ("MANDATORY CREDIT", "CHINA OUT", Reuters' "ATTENTION EDITORS - …") are taken out first,
// wherever they stand (restrictions.ts); names in capitals are normalised (person-name.ts); people and
// organisations are told apart by their names (organizations.ts).
//
// How the forms become data, so that format-credit.ts prints them back:
//   (AP Photo/Richard Drew)                      Richard Drew · AP · staff
//   (AP Photo)                                   – · AP
//   (AP Photo/Richard Drew, File)                Richard Drew · AP · file
//   (Brian Gottesman/The New York Times via AP)  Brian Gottesman · The New York Times via AP
//   (Carlos Barria/Pool via AP)                  Carlos Barria · – via AP · pool
//   PHOTO: MANDEL NGAN/AFP/Getty Images          Mandel Ngan · AFP via Getty Images (a last "/Getty Images"
//                                                after another organisation is Getty distributing it)
//   REUTERS/Danish Siddiqui/Files                Danish Siddiqui · Reuters · file
//   REUTERS/Stringer                             – · Reuters ("Stringer" and "STR" name no one)
//   U.S. Navy via AP                             – · U.S. Navy via AP · handout (an official body, no one named)
//   Courtesy Jane Doe                            Jane Doe · – · courtesy
//   © 2024 Jane Doe                              Jane Doe · –, copyright "Jane Doe" (the holder, no year)
// "staff" is given only when a named photographer is credited to an organisation with no distributor and no
// other marker — what "AP Photo/Name" or "Name/Getty Images" mean; otherwise the kind is left unknown.
// Two parenthesised credits make one: the one that says "Photo credit should read" is the credit the agency
// asks for, else the fuller one; the others fill in what it lacks.

import { PHOTO_WORD } from './credit-segment.ts';
import type { Credit } from '../story/schema.ts';
import { clauseWeight, creditOfClause, readClause, type Clause } from './credit-clause.ts';
import { extractRestrictions } from './restrictions.ts';

/** Longer than any credit line (restrictions included): a paragraph is not a credit. */
const MAX_CREDIT_LENGTH = 400;

// ── the text ─────────────────────────────────────────────────────────────────────────────────────────────

function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/[\uff0f\u2044\u2215]/g, '/')
    .replace(/\((?:c|C)\)/g, '©')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Groups {
  groups: string[];
  /** What stands before and between the groups. */
  between: string;
  /** What follows the last group: AP's restrictions, "(AP Photo/Richard Drew) MANDATORY CREDIT, NO SALES". */
  after: string;
}

/** The parenthesised groups of a line and the text outside them; null when the parentheses do not pair. */
function splitGroups(text: string): Groups | null {
  const groups: string[] = [];
  let between = '';
  let after = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(') {
      if (depth === 0) {
        start = i + 1;
        between += after;
        after = '';
      }
      depth++;
    } else if (char === ')') {
      depth--;
      if (depth < 0) return null;
      if (depth === 0) groups.push(text.slice(start, i));
    } else if (depth === 0) {
      after += char;
    }
  }
  return depth === 0 ? { groups, between, after } : null;
}

/** Shutterstock's picture reference after its credit: "Photo by Jane Doe/Shutterstock (12345678a)". */
const PICTURE_REFERENCE = /\s*\(\s*\d{5,}[a-z]{0,3}\s*\)\s*$/i;

const onlySeparators = (text: string) => text.replace(/[\s,;.\-–—|/]+/g, '') === '';

/** Words in capitals after a parenthesised credit are instructions: "… SOUTH KOREA OUT, NO COMMERCIAL SALES". */
function instructionsAfter(text: string): string[] | null {
  if (onlySeparators(text)) return [];
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{2,}/u.test(text)) return null;
  return text
    .split(/[,;]\s*|\.(?:\s+|$)/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => !onlySeparators(part));
}

// ── credits ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The credit a line of text gives, or null when the text is not a credit. Never throws.
 * See the table at the top of this file for how each form is read.
 */
export function parseCredit(text: string): Credit | null {
  if (typeof text !== 'string' || text.length > MAX_CREDIT_LENGTH * 4) return null;
  const normalized = normalizeText(text).replace(PICTURE_REFERENCE, '');
  if (normalized === '' || normalized.length > MAX_CREDIT_LENGTH) return null;
  const { rest, restrictions } = extractRestrictions(normalized);
  const split = splitGroups(rest.trim());
  if (!split) return null;

  let texts: string[];
  if (split.groups.length === 0) {
    texts = [rest];
  } else {
    const instructions = instructionsAfter(split.after);
    if (!onlySeparators(split.between) || !instructions) return null;
    for (const instruction of instructions) if (!restrictions.includes(instruction)) restrictions.push(instruction);
    texts = split.groups;
  }

  const clauses: Clause[] = [];
  for (const clauseText of texts) {
    if (onlySeparators(clauseText)) continue;
    const clause = readClause(clauseText);
    if (!clause || !clause.evidence) return null;
    clauses.push(clause);
  }
  if (clauses.length === 0) return null;

  const best = clauses.reduce((chosen, clause) => (clauseWeight(clause) > clauseWeight(chosen) ? clause : chosen));
  for (const other of clauses) {
    if (other === best) continue;
    if (best.photographers.length === 0) best.photographers.push(...other.photographers);
    if (best.kinds.size === 0) for (const kind of other.kinds) best.kinds.add(kind);
    best.copyright ||= other.copyright;
  }
  return creditOfClause(best, restrictions);
}

// ── captions ─────────────────────────────────────────────────────────────────────────────────────────────

export interface CaptionSplit {
  /** The caption text without its embedded credit (trimmed, no trailing "()"). */
  caption: string;
  /** The embedded credit, parsed; null when the caption carries none. */
  credit: Credit | null;
  /** The credit exactly as it was written in the caption ('' when none). */
  creditText: string;
}

/** Where a credit at the end of a caption may begin: sentence starts and opening parentheses near the end. */
function creditStarts(text: string): number[] {
  const from = Math.max(0, text.length - MAX_CREDIT_LENGTH);
  // The whole text may be the credit; a cut 400 characters from the end would start mid-word.
  const starts = new Set<number>(from === 0 ? [0] : []);
  // Scraped captions lose the space after a full stop ("scorn.REUTERS/Stringer"), so a capital may start one too.
  const boundary = /[.!?…]["'”’)]*(?:\s+|(?=\p{Lu}))|\s{2,}|(?<=\s|^)[-–—]{1,2}\s+|\n/gu;
  boundary.lastIndex = from;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    starts.add(match.index + match[0].length);
  }
  for (let i = text.indexOf('(', from); i !== -1; i = text.indexOf('(', i + 1)) starts.add(i);
  return [...starts].filter((start) => start < text.length).sort((a, b) => b - a);
}

/**
 * A credit's prefix written straight before where the credit was found belongs to the credit: the New York
 * Times' "Credit...Doug Mills/…" is found at "Doug", after the dots that look like the end of a sentence.
 */
const PREFIX_BEFORE = new RegExp(
  String.raw`(?<=^|[\s(])(?:(?:photo\s*)?credits?(?:\s+line)?\s*(?::|\.{2,}|…)|${PHOTO_WORD}(?:\s+source)?\s*[:,]|${PHOTO_WORD}\s+by)\s*$`,
  'iu',
);

function withPrefixBefore(text: string, start: number): number {
  const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return prefix ? start - (Math.min(start, 40) - prefix.index) : start;
}

/**
 * The caption left in front of the credit: no trailing spaces, dashes, bars or empty parentheses. Stripped from
 * the end one at a time: the regex /(?:\s|\(\s*\)|[-–—|])+$/ took time quadratic in a long run of spaces
 * anywhere in the caption (ten seconds for 60,000).
 */
function captionBefore(text: string): string {
  let end = text.length;
  while (end > 0) {
    if (/[\s\-–—|]/u.test(text[end - 1]!)) {
      end--;
      continue;
    }
    if (text[end - 1] !== ')') break;
    let open = end - 2;
    while (open >= 0 && /\s/u.test(text[open]!)) open--;
    if (open < 0 || text[open] !== '(') break;
    end = open;
  }
  return text.slice(0, end).trim();
}

/**
 * A caption's own words and the credit at its end: a parenthesised credit "(AP Photo/Richard Drew)", two of
 * them "(Photo by Mandel Ngan / AFP) (Photo credit should read MANDEL NGAN/AFP/Getty Images)", or a bare
 * credit sentence "REUTERS/Danish Siddiqui/Files". A caption with no credit comes back whole.
 */
export function splitCaption(text: string): CaptionSplit {
  const whole = typeof text === 'string' ? text.trim() : '';
  const starts = creditStarts(whole);
  for (let index = 0; index < starts.length; index++) {
    let start = starts[index]!;
    let credit = parseCredit(whole.slice(start));
    if (!credit) continue;
    // Earlier parenthesised credits belong to the same credit (AFP's "Photo by …" then "should read …").
    for (let next = index + 1; next < starts.length; next++) {
      const earlier = starts[next]!;
      if (whole[earlier] !== '(') continue;
      const longer = parseCredit(whole.slice(earlier));
      if (!longer) break;
      start = earlier;
      credit = longer;
    }
    start = withPrefixBefore(whole, start);
    return { caption: captionBefore(whole.slice(0, start)), credit, creditText: whole.slice(start).trim() };
  }
  return { caption: whole, credit: null, creditText: '' };
}
