// A credit is data (NEWSROOM.md, "Credit lines: the real formats"); a house style renders it as a line.
// Names are printed as the credit holds them: an importer turns "MANDEL NGAN" into "Mandel Ngan" once, so
// every style prints the same person the same way.
//
// ── the forms each style prints ──────────────────────────────────────────────────────────────────────────
//
// credit: photographers · organization [via distributor] · kind
//                                              CNN                                               AP
// Richard Drew · AP · staff                    PHOTO: Richard Drew/AP                            (AP Photo/Richard Drew)
// – · AP                                       PHOTO: AP                                         (AP Photo)
// Richard Drew · AP · file                     PHOTO: Richard Drew/AP                            (AP Photo/Richard Drew, File)
// – · AP · file                                PHOTO: AP                                         (AP Photo/File)
// Evan Vucci · AP · pool                       PHOTO: Evan Vucci/AP                              (AP Photo/Evan Vucci, Pool)
// John Moore · Getty Images · staff            PHOTO: John Moore/Getty Images                    (John Moore/Getty Images)
// Brian Gottesman · The New York Times via AP  PHOTO: Brian Gottesman/The New York Times via AP  (Brian Gottesman/The New York Times via AP)
// Mandel Ngan · AFP via Getty Images           PHOTO: Mandel Ngan/AFP/Getty Images               (Mandel Ngan/AFP via Getty Images)
// – · Bloomberg via Getty Images               PHOTO: Bloomberg/Getty Images                     (Bloomberg via Getty Images)
// Name · Gamma-Rapho via Getty Images          PHOTO: Name/Gamma-Rapho/Getty Images              (Name/Gamma-Rapho via Getty Images)
// – · – · pool                                 PHOTO: Pool                                       (Pool)
// Carlos Barria · – via AP · pool              PHOTO: Carlos Barria/Pool via AP                  (Carlos Barria/Pool via AP)
// – · CNN · staff                              PHOTO: CNN                                        (CNN)
// – · U.S. Navy via AP · handout               PHOTO: U.S. Navy via AP                           (U.S. Navy via AP)
// – · – via Reuters · handout                  PHOTO: Handout via Reuters                        (Handout via Reuters)
// Jane Doe · – · courtesy                      PHOTO: Courtesy Jane Doe                          (Courtesy of Jane Doe)
// Danish Siddiqui · Reuters · file             PHOTO: Danish Siddiqui/Reuters                    (Danish Siddiqui/Reuters, File)
//
//                                              Getty
// Richard Drew · AP · staff                    Photo by Richard Drew/AP
// – · AP                                       AP
// Richard Drew · AP · file                     Photo by Richard Drew/AP
// – · AP · file                                AP
// Evan Vucci · AP · pool                       Photo by Evan Vucci/AP
// John Moore · Getty Images · staff            Photo by John Moore/Getty Images
// Brian Gottesman · The New York Times via AP  Photo by Brian Gottesman/The New York Times via AP
// Mandel Ngan · AFP via Getty Images           Photo by Mandel Ngan/AFP via Getty Images
// – · Bloomberg via Getty Images               Bloomberg via Getty Images
// Name · Gamma-Rapho via Getty Images          Photo by Name/Gamma-Rapho via Getty Images
// – · – · pool                                 Pool
// Carlos Barria · – via AP · pool              Photo by Carlos Barria/Pool via AP
// – · CNN · staff                              CNN
// – · U.S. Navy via AP · handout               U.S. Navy via AP
// – · – via Reuters · handout                  Handout via Reuters
// Jane Doe · – · courtesy                      Photo courtesy of Jane Doe
// Danish Siddiqui · Reuters · file             Photo by Danish Siddiqui/Reuters
//
// The rules behind the table:
// - The credited source is "photographers/organization". A pool or handout picture with no organisation is
//   credited to "Pool" or "Handout" (CNN's "PHOTO: Pool"; Reuters' "Handout via REUTERS"). A distributor
//   equal to the organisation is printed once.
// - Photographers: "A", "A and B", "A, B and C" (AP style: no serial comma).
// - CNN prints "PHOTO: " and the agency's requested credit. Getty Images asks for a slash
//   ("MANDEL NGAN/AFP/Getty Images", "Scott Olson/Getty Images North America/Getty Images" in the CNN
//   fixture); every other distributor asks for " via " ("… via AP", "Handout via REUTERS"). CNN prints no
//   file or pool marker (the caption's "FILE -" says it) and no restrictions (they are for editors).
// - AP prints its own pictures as "AP Photo[/names]" and everyone else's as "names/organization via
//   distributor", all in parentheses; ", File" / ", Pool" follow the names ("/File" when there is none);
//   restrictions follow the parentheses in capitals, joined by ", ": "(AP Photo/Richard Drew) MANDATORY
//   CREDIT, NO SALES". "AP", "Associated Press" and "The Associated Press" all count as AP.
// - Getty writes "Photo by " before a named photographer and nothing before an organisation alone
//   ("Bloomberg via Getty Images"); the distributor always follows " via " (Getty's current form).
// - Courtesy pictures: CNN "Courtesy Jane Doe", AP "Courtesy of Jane Doe", Getty "Photo courtesy of Jane Doe".
// - Copyright is never part of a built-in credit line (it is the IPTC Copyright Notice); a custom
//   pattern may print it with {copyright}.
// - A credit that names no one (creditIsEmpty) prints '' in every style.
//
// ── custom patterns ──────────────────────────────────────────────────────────────────────────────────────
//
// Placeholders: {photographers} {organization} {via} {kind} {restrictions} {copyright}. {organization}
// falls back to "Pool"/"Handout" as above; {kind} prints "Staff", "Pool", "Handout", "File" or "Courtesy";
// {restrictions} joins them with ", " as written. Text between placeholders collapses by two rules:
// 1. Separators: text before the first placeholder and after the last is always printed (when anything
//    is); text between two placeholders belongs to the one after it and is printed only when that one has
//    a value and something was printed before it. "{photographers}/{organization} via {via}" therefore
//    prints "Jane Doe via AP", "Bloomberg via Getty Images" and "Richard Drew/AP" with no dangling "/" or
//    " via ".
// 2. Optional groups: "[…]" vanishes, with its text, when any placeholder directly inside it is empty (or
//    when nothing inside it printed). Groups nest: "{photographers}[/{organization}[ via {via}]]". Use a
//    group whenever text must pair up: "{organization}[ ({copyright})]".
// "\" prints the next character as it is: "\[" "\]" "\{" "\}" "\\". A pattern with problems
// (validateCreditPattern) is not guessed at: the default pattern is used until it is fixed.

import type { CreditStyle } from '../bridge/preferences.ts';
import type { Credit, CreditKind } from '../story/schema.ts';

/** The preferences' default custom pattern (Preferences.customCreditPattern). */
export const DEFAULT_CREDIT_PATTERN = '{photographers}/{organization}';

export const CREDIT_PLACEHOLDERS = [
  'photographers',
  'organization',
  'via',
  'kind',
  'restrictions',
  'copyright',
] as const;
export type CreditPlaceholder = (typeof CREDIT_PLACEHOLDERS)[number];

export interface CreditPatternProblem {
  /** Where in the pattern, counted in characters from 0. */
  at: number;
  message: string;
}

const KIND_LABELS: Record<CreditKind, string> = {
  staff: 'Staff',
  pool: 'Pool',
  handout: 'Handout',
  file: 'File',
  courtesy: 'Courtesy',
};

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const isAp = (organization: string) => /^(the )?(ap|associated press)$/i.test(organization);
const isGetty = (distributor: string) => /^getty images$/i.test(distributor);

/** "A", "A and B", "A, B and C": AP style, no serial comma. */
export function joinNames(names: readonly string[]): string {
  const kept = names.map(clean).filter(Boolean);
  if (kept.length <= 2) return kept.join(' and ');
  return `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}`;
}

/** The credit's parts, cleaned, in the form every style prints them. */
interface CreditParts {
  names: string;
  /** The credited organisation, or "Pool"/"Handout" for a pool or handout picture with none. */
  organization: string;
  /** The distributor, unless it is the organisation again. */
  via: string;
  kind: CreditKind | undefined;
  restrictions: string[];
  copyright: string;
}

function partsOf(credit: Credit): CreditParts {
  const kind = credit.kind;
  const organization =
    clean(credit.organization) || (kind === 'pool' || kind === 'handout' ? KIND_LABELS[kind] : '');
  const via = clean(credit.via);
  return {
    names: joinNames(credit.photographers),
    organization,
    via: via && !sameName(via, organization) ? via : '',
    kind,
    restrictions: credit.restrictions.map(clean).filter(Boolean),
    copyright: clean(credit.copyright),
  };
}

/**
 * True when the credit names no source: no photographer, organisation or distributor, and it is not a pool
 * or handout picture (those are credited to "Pool" or "Handout" by themselves). Restrictions and a
 * copyright holder alone do not make a credit line.
 */
export function creditIsEmpty(credit: Credit): boolean {
  const parts = partsOf(credit);
  return !parts.names && !parts.organization && !parts.via;
}

/** "names/organization" then the distributor after `viaJoiner`. */
function source(parts: CreditParts, viaJoiner: (via: string) => string): string {
  const credited = [parts.names, parts.organization].filter(Boolean).join('/');
  if (!parts.via) return credited;
  return credited ? `${credited}${viaJoiner(parts.via)}${parts.via}` : parts.via;
}

function cnnLine(parts: CreditParts): string {
  const line = source(parts, (via) => (isGetty(via) ? '/' : ' via '));
  const courtesy = parts.kind === 'courtesy' && (parts.names || parts.organization);
  return `PHOTO: ${courtesy ? 'Courtesy ' : ''}${line}`;
}

function apLine(parts: CreditParts): string {
  let inner: string;
  if (isAp(parts.organization) && !parts.via) {
    const marker = parts.kind === 'file' || parts.kind === 'pool' ? KIND_LABELS[parts.kind] : '';
    inner = 'AP Photo';
    if (parts.names) inner += `/${parts.names}${marker ? `, ${marker}` : ''}`;
    else if (marker) inner += `/${marker}`;
  } else {
    inner = source(parts, () => ' via ');
    if (parts.kind === 'courtesy' && (parts.names || parts.organization)) inner = `Courtesy of ${inner}`;
    if (parts.kind === 'file') inner += ', File';
    if (parts.kind === 'pool' && !/\bpool\b/i.test(parts.organization)) inner += ', Pool';
  }
  const restrictions = parts.restrictions.map((restriction) => restriction.toUpperCase()).join(', ');
  return `(${inner})${restrictions ? ` ${restrictions}` : ''}`;
}

function gettyLine(parts: CreditParts): string {
  const line = source(parts, () => ' via ');
  if (parts.kind === 'courtesy' && (parts.names || parts.organization)) return `Photo courtesy of ${line}`;
  return parts.names ? `Photo by ${line}` : line;
}

/**
 * The credit line in a house style (see the table at the top of this file). `customPattern` is used only by
 * the 'custom' style; when it is missing or has problems the default pattern is used.
 */
export function formatCreditLine(credit: Credit, style: CreditStyle, customPattern?: string): string {
  if (creditIsEmpty(credit)) return '';
  const parts = partsOf(credit);
  switch (style) {
    case 'cnn':
      return cnnLine(parts);
    case 'ap':
      return apLine(parts);
    case 'getty':
      return gettyLine(parts);
    case 'custom':
      return customLine(parts, customPattern);
  }
}

// ── custom patterns ──────────────────────────────────────────────────────────────────────────────────────

type PatternNode =
  | { type: 'text'; text: string }
  | { type: 'placeholder'; name: CreditPlaceholder }
  | { type: 'group'; children: PatternNode[] };

interface ParsedPattern {
  nodes: PatternNode[];
  problems: CreditPatternProblem[];
}

const PLACEHOLDER_LIST = CREDIT_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

function isPlaceholder(name: string): name is CreditPlaceholder {
  return (CREDIT_PLACEHOLDERS as readonly string[]).includes(name);
}

/** A known placeholder the unknown one was probably meant to be: a different case, plural or spelling. */
function suggestionFor(name: string): CreditPlaceholder | undefined {
  const key = name
    .toLowerCase()
    .replace(/organisation/g, 'organization')
    .replace(/[\s_-]+/g, '');
  return CREDIT_PLACEHOLDERS.find(
    (known) =>
      known === key || known === `${key}s` || `${known}s` === key || (key.length >= 4 && known.startsWith(key)),
  );
}

function hasPlaceholder(nodes: readonly PatternNode[]): boolean {
  return nodes.some((node) => node.type === 'placeholder' || (node.type === 'group' && hasPlaceholder(node.children)));
}

const position = (at: number) => `at character ${at + 1}`;

function parsePattern(pattern: string): ParsedPattern {
  const problems: CreditPatternProblem[] = [];
  const root: PatternNode[] = [];
  const open: { children: PatternNode[]; at: number }[] = [];
  const current = () => open[open.length - 1]?.children ?? root;
  const addText = (text: string) => {
    const nodes = current();
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text') last.text += text;
    else nodes.push({ type: 'text', text });
  };

  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) {
        problems.push({ at: i, message: `The "\\" ${position(i)} has nothing after it to print as it is` });
      } else {
        addText(next);
        i++;
      }
    } else if (char === '{') {
      const close = pattern.indexOf('}', i + 1);
      if (close === -1) {
        problems.push({ at: i, message: `The "{" ${position(i)} is never closed with "}"` });
        addText(pattern.slice(i));
        break;
      }
      const name = pattern.slice(i + 1, close).trim();
      if (name === '') {
        problems.push({ at: i, message: `"{}" ${position(i)} names no placeholder: use one of ${PLACEHOLDER_LIST}` });
      } else if (!isPlaceholder(name)) {
        const suggestion = suggestionFor(name);
        problems.push({
          at: i,
          message: `Unknown placeholder {${name}} ${position(i)}: ${
            suggestion ? `did you mean {${suggestion}}?` : `use one of ${PLACEHOLDER_LIST}`
          }`,
        });
      } else {
        current().push({ type: 'placeholder', name });
      }
      i = close;
    } else if (char === '}') {
      problems.push({ at: i, message: `The "}" ${position(i)} closes no placeholder (write "\\}" to print it)` });
    } else if (char === '[') {
      open.push({ children: [], at: i });
    } else if (char === ']') {
      const group = open.pop();
      if (!group) {
        problems.push({ at: i, message: `The "]" ${position(i)} closes no optional group (write "\\]" to print it)` });
        continue;
      }
      if (!hasPlaceholder(group.children)) {
        problems.push({
          at: group.at,
          message: `The optional group ${position(group.at)} holds no placeholder, so it would never print`,
        });
      }
      current().push({ type: 'group', children: group.children });
    } else {
      addText(char);
    }
  }
  for (const group of open) {
    problems.push({ at: group.at, message: `The "[" ${position(group.at)} is never closed with "]"` });
  }
  if (problems.length === 0 && !hasPlaceholder(root)) {
    problems.push({
      at: 0,
      message: `The pattern has no placeholder, so every credit would print the same: use ${PLACEHOLDER_LIST}`,
    });
  }
  return { nodes: root, problems };
}

/** What is wrong with a custom credit pattern, in order of position; empty when it is usable. */
export function validateCreditPattern(pattern: string): CreditPatternProblem[] {
  return parsePattern(pattern).problems.sort((a, b) => a.at - b.at);
}

function placeholderValue(parts: CreditParts, name: CreditPlaceholder): string {
  switch (name) {
    case 'photographers':
      return parts.names;
    case 'organization':
      return parts.organization;
    case 'via':
      return parts.via;
    case 'kind':
      return parts.kind ? KIND_LABELS[parts.kind] : '';
    case 'restrictions':
      return parts.restrictions.join(', ');
    case 'copyright':
      return parts.copyright;
  }
}

/** A group: all of it, or '' when a placeholder directly inside is empty or nothing inside printed. */
function renderGroup(nodes: readonly PatternNode[], parts: CreditParts): string {
  let text = '';
  let printed = false;
  for (const node of nodes) {
    if (node.type === 'text') {
      text += node.text;
    } else if (node.type === 'placeholder') {
      const value = placeholderValue(parts, node.name);
      if (!value) return '';
      text += value;
      printed = true;
    } else {
      const value = renderGroup(node.children, parts);
      text += value;
      printed ||= value !== '';
    }
  }
  return printed ? text : '';
}

/** The top level: text between placeholders is the separator of the one after it (rule 1 above). */
function renderSequence(nodes: readonly PatternNode[], parts: CreditParts): string {
  let prefix = '';
  let pending = '';
  let body = '';
  let seenUnit = false;
  for (const node of nodes) {
    if (node.type === 'text') {
      if (seenUnit) pending += node.text;
      else prefix += node.text;
      continue;
    }
    const value =
      node.type === 'placeholder' ? placeholderValue(parts, node.name) : renderGroup(node.children, parts);
    if (value) body += (body ? pending : '') + value;
    pending = '';
    seenUnit = true;
  }
  return body ? `${prefix}${body}${pending}`.trim() : '';
}

function customLine(parts: CreditParts, pattern: string | undefined): string {
  let parsed = parsePattern(pattern ?? DEFAULT_CREDIT_PATTERN);
  if (parsed.problems.length > 0) parsed = parsePattern(DEFAULT_CREDIT_PATTERN);
  return renderSequence(parsed.nodes, parts);
}
