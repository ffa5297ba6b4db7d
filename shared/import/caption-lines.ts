// A picture's caption as a page prints it, often more than once: the alt text and the visible caption (the
// same words twice, or once cut short and once whole), each perhaps with the agency's credit at its end, and
// then the page's own credit line ("PHOTO: Richard Drew/AP"). This turns those lines into one caption — the
// fullest, without its embedded credit — and one credit, from whichever line says the most. When the
// caption's credit and the page's credit line name different people or agencies, the importer does not
// choose: the caption keeps its credit and the field takes the page's line, so the house-style check flags
// the disagreement with its one-click fix and a person decides.

import { Credit } from '../story/schema.ts';
import { creditsAgree } from '../credits/compare-credits.ts';
import { parseCredit, splitCaption } from '../credits/parse-credit.ts';

export interface ReconciledCaption {
  /** The caption's own words, without any credit. */
  caption: string;
  credit: Credit;
  /** Credit text that was found but could not be read, for a note; '' when there was none. */
  unreadCredit: string;
  /** The caption's credit and the page's credit line disagree: both are kept, for a person to settle. */
  disagreement: boolean;
}

/** A line that is only a credit, as pages print it under a picture: "PHOTO: Pool", "Credit: Reuters/Name". */
const CREDIT_LINE = /^(?:(?:photo(?:graph)?|image|picture|credit|photo credit|photo by|video)\s*:|image source\s*,)\s*\S/i;

export function isCreditLine(line: string): boolean {
  return CREDIT_LINE.test(line.trim());
}

/** A caption printed under its own label, as the BBC does: "Image caption, Fallen trees block a road". */
const LABELLED_CAPTION = /^(?:image|photo|picture|media)\s+caption\s*[,:]\s*(?=\S)/i;

export function isLabelledCaption(line: string): boolean {
  return LABELLED_CAPTION.test(line.trim());
}

/** The caption without its label. */
export function withoutCaptionLabel(line: string): string {
  return line.trim().replace(LABELLED_CAPTION, '');
}

export function emptyCredit(): Credit {
  return Credit.parse({});
}

/** What a line has to say, for telling which credit says more. */
function weight(credit: Credit): number {
  return (
    credit.photographers.length * 2 +
    (credit.organization ? 2 : 0) +
    (credit.via ? 2 : 0) +
    (credit.kind ? 1 : 0) +
    credit.restrictions.length +
    (credit.copyright ? 1 : 0)
  );
}

const comparable = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(?:\.\.\.|…)$/, '')
    .toLocaleLowerCase('en');

/**
 * The distinct captions among the lines, in order: a line printed again, or cut short ("… the Trump
 * administration" before "… the Trump administration's recent …"), counts once, as its fullest form.
 */
export function distinctCaptions(lines: readonly string[]): string[] {
  const tidy = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const keep: string[] = [];
  for (const line of tidy) {
    const key = comparable(line);
    const fuller = keep.findIndex((kept) => comparable(kept).startsWith(key));
    if (fuller !== -1) continue;
    const shorter = keep.findIndex((kept) => key.startsWith(comparable(kept)));
    if (shorter !== -1) keep[shorter] = line;
    else keep.push(line);
  }
  return keep;
}

/**
 * One caption and one credit from the lines printed with a picture. The caption keeps its own words; the
 * credit is the one that says the most — a caption's inline credit ("(Photo by Scott Olson/Getty Images)")
 * or the page's credit line ("PHOTO: Scott Olson/Getty Images North America/Getty Images") — and, when they
 * say as much, the agency's own (the caption's).
 */
export function reconcileCaption(lines: readonly string[]): ReconciledCaption {
  const creditLines = lines.filter(isCreditLine);
  const captionLines = distinctCaptions(lines.filter((line) => !isCreditLine(line)));
  const candidates: Credit[] = [];
  const unread: string[] = [];
  const captions: string[] = [];
  for (const line of captionLines) {
    const split = splitCaption(line);
    if (split.credit) {
      candidates.push(split.credit);
      captions.push(split.caption);
    } else {
      captions.push(line);
    }
  }
  const captionCredits = [...candidates];
  const lineCredits: Credit[] = [];
  for (const line of creditLines) {
    const credit = parseCredit(line);
    if (credit) lineCredits.push(credit);
    else unread.push(line.trim());
  }
  const mostSaid = (credits: readonly Credit[]) => {
    let best: Credit | null = null;
    for (const candidate of credits) if (!best || weight(candidate) > weight(best)) best = candidate;
    return best;
  };
  const disagreement = captionCredits.some((inCaption) => lineCredits.some((onLine) => !creditsAgree(inCaption, onLine)));
  if (disagreement) {
    return {
      caption: captionLines.join(' '),
      credit: Credit.parse(mostSaid(lineCredits)),
      unreadCredit: unread.join(' '),
      disagreement,
    };
  }
  const best = mostSaid([...captionCredits, ...lineCredits]);
  return {
    caption: distinctCaptions(captions).join(' '),
    credit: best ? Credit.parse(best) : emptyCredit(),
    unreadCredit: unread.join(' '),
    disagreement,
  };
}
