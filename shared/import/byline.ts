// Bylines as stories print them, read into people with their organisation and title:
//   By Jane Doe and John Roe, CNN                → Jane Doe · CNN; John Roe · CNN
//   By JANE DOE, Associated Press                → Jane Doe · Associated Press (names in capitals normalised)
//   By Laura Jarrett, CNN, and Jane Doe, The Associated Press   → each with their own organisation
//   By Jane Doe, AP Business Writer              → Jane Doe, title "AP Business Writer"
//   By Stanley Widianto | Reuters                → Stanley Widianto · Reuters
// A wire prints the organisation or title on the next line ("By LISA MASCARO" / "Associated Press"):
// `bylineCredential` reads that line.

import type { BylineEntry } from '../story/schema.ts';
import { knownOrganization, looksLikeOrganization } from '../credits/organizations.ts';
import { normalizePersonName } from '../credits/person-name.ts';

const TITLE_WORDS =
  /\b(?:writer|correspondent|reporter|editor|analyst|producer|contributor|columnist|critic|anchor|host|staff|chief|photographer|researcher|commentator|fellow|intern|journalist)s?\b/i;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'das', 'dos', 'du', 'di', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y']);

/** A byline is one line: longer than this it is a sentence that happens to start with "By". */
const LONGEST_BYLINE = 160;

type Token = { type: 'person'; name: string } | { type: 'organization'; name: string } | { type: 'title'; name: string };

function isPersonName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word, index) => NAME_WORD.test(word) || (index > 0 && PARTICLES.has(word)));
}

function classify(text: string): Token | null {
  if (text.split(' ').length <= 8 && TITLE_WORDS.test(text) && /^[\p{Lu}\p{N}]/u.test(text)) return { type: 'title', name: text };
  if (knownOrganization(text) || (looksLikeOrganization(text) && /^[\p{Lu}\p{N}]/u.test(text))) {
    return { type: 'organization', name: knownOrganization(text) ?? text };
  }
  if (isPersonName(text)) return { type: 'person', name: /\p{Ll}/u.test(text) ? text : normalizePersonName(text) };
  return null;
}

const SEPARATORS = /\s*[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s+\|\s+/;

/** The people on a byline ("By …"), or null when the text is not a byline. */
export function parseByline(text: string): BylineEntry[] | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length > LONGEST_BYLINE) return null;
  const match = /^by\b[\s.:]*(.+?)[\s.]*$/i.exec(clean);
  if (!match) return null;
  return readPeople(match[1]!);
}

/** The people in "Jane Doe and John Roe, CNN" (a byline without its "By"), or null. */
export function readPeople(text: string): BylineEntry[] | null {
  const parts = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  // "Emma Glanfield for MailOnline": a person writing for an organisation.
  const tokens = parts.flatMap((part): (Token | null)[] => {
    const writingFor = /^(.+?)\s+for\s+(\p{Lu}.*)$/u.exec(part);
    if (writingFor && isPersonName(writingFor[1]!)) {
      return [classify(writingFor[1]!), { type: 'organization', name: knownOrganization(writingFor[2]!) ?? writingFor[2]! }];
    }
    return [classify(part)];
  });
  if (tokens.some((token) => token === null)) return null;
  const people: BylineEntry[] = [];
  // An organisation after several names is theirs: "Jane Doe and John Roe, CNN".
  let waiting: BylineEntry[] = [];
  for (const token of tokens as Token[]) {
    if (token.type === 'person') {
      const entry: BylineEntry = { name: token.name, title: '', organization: '' };
      people.push(entry);
      waiting.push(entry);
    } else if (token.type === 'title') {
      const last = people[people.length - 1];
      if (!last || last.title) return tokens.length === 1 ? [{ name: token.name, title: '', organization: '' }] : null;
      last.title = token.name;
    } else {
      if (waiting.length === 0) return tokens.length === 1 ? [{ name: token.name, title: '', organization: '' }] : null;
      for (const entry of waiting) entry.organization = token.name;
      waiting = [];
    }
  }
  return people.length > 0 ? people : null;
}

/**
 * The line under a wire byline when it only names an organisation or a title: "Associated Press",
 * "The Associated Press", "AP Congressional Correspondent". Null for anything else.
 */
export function bylineCredential(text: string): { organization: string } | { title: string } | null {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (clean === '' || clean.length > 60) return null;
  const token = classify(clean);
  if (token?.type === 'organization') return { organization: token.name };
  if (token?.type === 'title') return { title: token.name };
  return null;
}
