// Wire copy as plain text, the way AP and Reuters move it:
//
//   Senate passes stopgap bill hours before shutdown deadline        headline: the first line
//   By LISA MASCARO and KEVIN FREKING                                byline, names in capitals
//   Associated Press                                                 the byline's organisation or title
//   WASHINGTON (AP) — The Senate passed …                            dateline, then the story
//     Indented first lines, or blank lines, start paragraphs;       hard-wrapped lines are joined
//   ___
//   Associated Press writer Mary Clare Jalonick contributed.         kept: it is part of the story
//   Copyright 2024 The Associated Press. All rights reserved. …      left out, with a note
//
// Slug lines ("BC-US--Congress-Shutdown,1st Ld-Writethru") and notes to editors ("Eds: …") are left out with
// a note too; everything else is assembleStory's.

import { assembleStory, type AssembleOptions } from './assemble-story.ts';
import { bylineCredential, parseByline } from './byline.ts';
import { findDateline } from '../text/dateline.ts';
import type { ImportedStory, ImportNote } from './imported-story.ts';
import { plainRuns } from './inline-runs.ts';
import { furnitureKind, isMoreStoriesHeading } from './page-furniture.ts';
import { isCreditLine, isLabelledCaption } from './caption-lines.ts';
import type { SourceBlock } from './source-document.ts';
import { isBlank, textLines } from './text-lines.ts';

const SLUG_LINE = /^(?:AP|BC|UPI|APFN|ATTN)-[^\s]*-[^\s]*/;
const EDITORS_LINE = /^(?:eds?|editors?|attn)\s*:/i;
/** A headline is one short line; a longer first line is the story itself. */
const LONGEST_HEADLINE = 200;
/** Longer than this, a paragraph is story text: bylines, credits, furniture and desk lines are far shorter. */
const LONGEST_LINE_APART = 1000;

const indentWidth = (line: string) => {
  const indent = /^[ \t]*/.exec(line)![0];
  return [...indent].reduce((width, char) => width + (char === '\t' ? 4 : 1), 0);
};

const isDeskLine = (text: string) => (SLUG_LINE.test(text) && text.length <= 100) || EDITORS_LINE.test(text);

/**
 * A line that stands alone whatever comes before or after it: a byline, a dateline, a rule, a trailer, a
 * picture's credit or labelled caption, the heading of a list of other stories.
 */
function standsAlone(text: string): boolean {
  return (
    parseByline(text) !== null ||
    isDeskLine(text) ||
    furnitureKind(text) !== null ||
    isCreditLine(text) ||
    isLabelledCaption(text) ||
    isMoreStoriesHeading(text)
  );
}

/**
 * The copy's paragraphs: a blank line or an indented first line starts one, hard-wrapped lines are joined,
 * and the header's lines (headline, byline, its organisation, the dateline's paragraph) are kept apart even
 * when no blank line parts them.
 */
function paragraphs(lines: readonly string[]): string[] {
  // A loop, not Math.min(...widths): spreading a file of a hundred thousand lines overflows the stack.
  const base = lines.reduce((least, line) => (isBlank(line) ? least : Math.min(least, indentWidth(line))), Infinity);
  const result: string[][] = [];
  let current: string[] | null = null;
  /**
   * The paragraph so far as one line, while it is short enough to be a line that stands alone; '' once it is
   * longer. Joining and testing a long paragraph again at each of its lines made a file of short lines with
   * no blank line between them take minutes (quadratic); a long paragraph is story text whatever it starts with.
   */
  let previous = '';
  let datelineSeen = false;
  for (const line of lines) {
    if (isBlank(line)) {
      current = null;
      previous = '';
      continue;
    }
    const text = line.trim();
    const opensDateline = !datelineSeen && findDateline(text) !== null;
    const startsNew =
      current === null ||
      indentWidth(line) > base ||
      opensDateline ||
      standsAlone(text) ||
      standsAlone(previous) ||
      (parseByline(previous) !== null && bylineCredential(text) !== null) ||
      (!datelineSeen && result.length === 1 && current.length === 1 && !/[.,;:]$/.test(previous) && !startsLowerCase(text));
    if (opensDateline) datelineSeen = true;
    if (startsNew) {
      current = [text];
      result.push(current);
      previous = text;
    } else {
      current!.push(text);
      previous = previous !== '' && previous.length <= LONGEST_LINE_APART ? `${previous} ${text}` : '';
    }
  }
  return result.map((paragraph) => paragraph.join(' ').replace(/\s+/g, ' '));
}

const startsLowerCase = (text: string) => /^\p{Ll}/u.test(text);

function isHeadline(text: string, following: readonly string[]): boolean {
  if (text.length > LONGEST_HEADLINE || /[.,;:]$/.test(text)) return false;
  if (parseByline(text) || findDateline(text) || furnitureKind(text) || isDeskLine(text)) return false;
  return following.length > 0;
}

/** A person's name on a line of its own: two to four capitalised words, nothing else. */
const BARE_NAME = /^\p{Lu}[\p{L}'’.\-]+(?:[ \t]+\p{Lu}[\p{L}'’.\-]+){1,3}$/u;

/**
 * Pages print the byline without "By": the name on one line, the desk or title under it ("Jane Smith" /
 * "BBC Wales News"). Before the story's first long paragraph, such a pair is read as the byline it is.
 */
function bylinesWithoutBy(lines: readonly string[]): string[] {
  const result = [...lines];
  const filled = result.map((line, index) => ({ line: line.trim(), index })).filter(({ line }) => line !== '');
  for (let at = 0; at + 1 < filled.length; at++) {
    const { line, index } = filled[at]!;
    if (line.length > 120) break; // the story has begun
    const isName = line.length <= 40 && BARE_NAME.test(line) && bylineCredential(line) === null && parseByline(line) === null;
    if (at > 0 && isName && bylineCredential(filled[at + 1]!.line) !== null) {
      result[index] = `By ${line}`;
      at++; // the credential under it
    }
  }
  return result;
}

export function importWireText(text: string, fileName: string, options: AssembleOptions = {}): ImportedStory {
  const all = paragraphs(bylinesWithoutBy(textLines(text, fileName)));
  const desk = all.filter(isDeskLine);
  const kept = all.filter((paragraph) => !isDeskLine(paragraph));
  const blocks: SourceBlock[] = kept.map((paragraph, index) =>
    index === 0 && isHeadline(paragraph, kept.slice(1))
      ? { kind: 'heading', level: 1, text: plainRuns(paragraph) }
      : { kind: 'paragraph', text: plainRuns(paragraph) },
  );
  const story = assembleStory({ kind: 'wire-text', fileName, blocks }, options);
  const notes: ImportNote[] = [...story.notes];
  if (desk.length > 0) {
    const shown = desk.slice(0, 3).map((line) => `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`).join(', ');
    notes.push({
      severity: 'info',
      message: `Left out ${desk.length === 1 ? '1 wire desk line' : `${desk.length} wire desk lines`} (${shown}${desk.length > 3 ? ', …' : ''}): they are instructions to editors, not story text.`,
    });
  }
  return { ...story, notes };
}
