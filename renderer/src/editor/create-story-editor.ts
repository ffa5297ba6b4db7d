// The story editor: Slate with the story's plugins, innermost first — what is inline and void, the story's
// structure, undo history, React, then the editing behaviours that sit on top of them.

import { createEditor, Editor, Element, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { isAlreadyNormal } from './document/already-normal.ts';
import type { StoryEditor } from './document/types.ts';
import { withEditingKeys } from './plugins/with-editing-keys.ts';
import { withInlines } from './plugins/with-inlines.ts';
import { withPaste, type PasteOptions } from './plugins/with-paste.ts';
import { withStoryStructure } from './plugins/with-story-structure.ts';
import { withUndoSteps } from './plugins/with-undo-steps.ts';
import { smartQuotesEnabled } from './typing/smart-quotes-setting.ts';
import { withSmartTypography } from './typing/with-smart-typography.ts';

export interface StoryEditorOptions extends PasteOptions {
  /** Whether typing curls quotes; read at each keystroke. */
  smartQuotes?: () => boolean;
}

/**
 * Body blocks per chunk: slate-react then re-renders one chunk of a long body per keystroke, not all of it,
 * and the browser lays out only the chunks on screen (render/chunk.tsx). Fifty paragraphs are a few screens.
 */
const BODY_CHUNK_SIZE = 50;

export function createStoryEditor(options: StoryEditorOptions = {}): StoryEditor {
  const editor = withReact(withHistory(withStoryStructure(withInlines(createEditor()))));
  editor.getChunkSize = (node) => (Element.isElement(node) && node.type === 'body' ? BODY_CHUNK_SIZE : null);
  return withUndoSteps(
    withPaste(withEditingKeys(withSmartTypography(editor, options.smartQuotes ?? smartQuotesEnabled)), options),
  );
}

/**
 * A document put into the story's shape before the editor shows it (Slate wants text around every link,
 * for one). Done on its own editor, so it is neither an undo step nor an edit to save.
 */
export function normalizedDocument(document: Descendant[]): Descendant[] {
  const scratch = withStoryStructure(withInlines(createEditor()));
  scratch.children = document;
  if (isAlreadyNormal(scratch)) return document; // the usual case, found in a fraction of the time
  Editor.normalize(scratch, { force: true });
  return scratch.children;
}

/** An editor holding `document`, ready to use (for tests and tools; the view passes the value to <Slate>). */
export function storyEditorWith(document: Descendant[], options: StoryEditorOptions = {}): StoryEditor {
  const editor = createStoryEditor(options);
  editor.children = normalizedDocument(document);
  return editor;
}
