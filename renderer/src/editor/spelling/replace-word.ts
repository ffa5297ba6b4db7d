// Replacing a misspelt word with a suggestion: one undoable edit over exactly the word's characters, only if
// the text there is still the word the menu was opened for, leaving the caret after the new word.

import { Editor, Range, Transforms } from 'slate';
import type { MisspeltWord } from './spelling-state.ts';

/** Replaces the word; false (and nothing changed) when the text at its place is no longer that word. */
export function replaceWord(editor: Editor, word: MisspeltWord, replacement: string): boolean {
  let current: string;
  try {
    current = Editor.string(editor, word.range);
  } catch {
    return false; // the word's place is gone
  }
  if (current !== word.written) return false;
  // Follows the start of the word through the edit (and any merging of runs the normalisation does after it):
  // the new word is typed there, in the run the old one started in.
  const start = Editor.pointRef(editor, Range.start(word.range), { affinity: 'backward' });
  Transforms.insertText(editor, replacement, { at: word.range });
  const caret = start.unref();
  if (caret) Transforms.select(editor, { path: caret.path, offset: caret.offset + replacement.length });
  return true;
}
