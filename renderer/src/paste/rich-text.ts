// Runs of pasted text → the story's rich text (shared/story/schema.ts: Text and Link). This is where the
// whitespace rules live: HTML's collapsing, no-break spaces as plain spaces, no spaces at the ends of a
// block, no bold or link on a space at the edge of a bold word or a link, adjacent runs with equal marks
// merged into one.

import type { BodyBlock, Inline, Text } from '../../../shared/story/schema.ts';

/** The blocks a paste can produce: text only; photos and videos come in through their own tools. */
export type PastedBlock = Extract<BodyBlock, { type: 'paragraph' | 'subhead' | 'block-quote' | 'list' }>;

/** A stretch of text with one set of marks and one link target, as the walker meets it. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

// Spaces the way HTML collapses them, plus the no-break space: office programs write &nbsp; for runs of
// spaces, empty paragraphs and list indents, almost never to keep two words together.
const COLLAPSIBLE = /[ \t\n\r\f\u00a0]+/g;

const sameFormat = (a: Run, b: Run) => a.bold === b.bold && a.italic === b.italic && a.href === b.href;

/** Collapsed, trimmed at the block's ends, and with the edge spaces of each run split off as their own runs. */
function normalise(runs: readonly Run[]): Run[] {
  const pieces: Run[] = [];
  let afterSpace = true; // the start of the block counts as a space: leading spaces go
  for (const run of runs) {
    let text = run.text.replace(COLLAPSIBLE, ' ');
    if (afterSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    afterSpace = text.endsWith(' ');
    const match = /^( ?)(.*?)( ?)$/s.exec(text)!;
    const [, lead = '', core = '', trail = ''] = match;
    if (lead) pieces.push({ ...run, text: ' ', bold: false, italic: false, href: null });
    if (core) pieces.push({ ...run, text: core });
    if (trail) pieces.push({ ...run, text: ' ', bold: false, italic: false, href: null });
  }
  while (pieces.at(-1)?.text === ' ') pieces.pop();
  // A space between two runs takes what they share: the link when both are in the same link ("court
  // records" stays one link), bold or italics when both have them ("four people" stays one bold run).
  return pieces.map((piece, index) => {
    const before = pieces[index - 1];
    const after = pieces[index + 1];
    if (piece.text !== ' ' || !before || !after) return piece;
    return {
      ...piece,
      bold: before.bold && after.bold,
      italic: before.italic && after.italic,
      href: before.href === after.href ? before.href : null,
    };
  });
}

function merge(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && sameFormat(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}

const toText = (run: Run): Text => ({
  text: run.text,
  ...(run.bold ? { bold: true as const } : {}),
  ...(run.italic ? { italic: true as const } : {}),
});

export interface RichTextOptions {
  /** Subheads are bold by nature; a bold mark inside one is noise from the source's heading style. */
  dropBold?: boolean;
}

/** The runs as rich text; empty when there is no visible text. */
export function toRichText(runs: readonly Run[], options: RichTextOptions = {}): Inline[] {
  const source = options.dropBold ? runs.map((run) => (run.bold ? { ...run, bold: false } : run)) : runs;
  const inlines: Inline[] = [];
  for (const run of merge(normalise(source))) {
    if (run.href === null) {
      inlines.push(toText(run));
      continue;
    }
    const last = inlines.at(-1);
    if (last && 'type' in last && last.url === run.href) last.children.push(toText(run));
    else inlines.push({ type: 'link', url: run.href, children: [toText(run)] });
  }
  return inlines;
}
