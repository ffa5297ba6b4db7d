// Replacing what Find found. A replacement is typed over the match's characters with Transforms.insertText,
// so it takes the marks of the run the match starts in and the story's structure rules still hold; it is one
// line of text whatever was pasted into the Replace field, since most of the story's parts (the headline,
// captions, credits) are one line. "Replace all" is one undo step and goes from the last match to the first,
// so that a replacement of another length never moves a match not yet replaced.

import { Editor, Range, Transforms, type Point } from 'slate';
import { asOwnUndoStep } from '../plugins/with-undo-steps.ts';
import type { FindMatch } from './find-matches.ts';

const LINE_BREAKS = /\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g;

/** The replacement as one line: line breaks become single spaces. */
export function oneLine(replacement: string): string {
  return replacement.replace(LINE_BREAKS, ' ');
}

/** Leaves the selection where it was (transformed by the edit), not at the replacement as insertText would. */
function typeOver(editor: Editor, range: Range, replacement: string): void {
  Transforms.insertText(editor, replacement, { at: range, select: false });
}

/**
 * Replaces one match (found in the document as it is now), as an undo step of its own; answers where the
 * replacement ends, for the search to go on from there.
 */
export function replaceMatch(editor: Editor, match: FindMatch, replacement: string): Point | null {
  const text = oneLine(replacement);
  const start = Editor.pointRef(editor, Range.start(match.range), { affinity: 'backward' });
  asOwnUndoStep(editor, () => typeOver(editor, match.range, text));
  const at = start.unref();
  return at ? { path: at.path, offset: at.offset + text.length } : null;
}

/** Replaces every match, last first, as one undo step; answers how many were replaced. */
export function replaceAll(editor: Editor, matches: readonly FindMatch[], replacement: string): number {
  if (matches.length === 0) return 0;
  const text = oneLine(replacement);
  asOwnUndoStep(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (let index = matches.length - 1; index >= 0; index--) typeOver(editor, matches[index]!.range, text);
    });
  });
  return matches.length;
}
