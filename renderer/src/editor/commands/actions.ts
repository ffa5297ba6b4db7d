// The editor's commands as the toolbar and the shortcuts run them: one table, each a step of its own in
// the undo history, each saying when it applies and whether it is on.

import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { ActionId } from '../keyboard/shortcuts.ts';
import { asOwnUndoStep } from '../plugins/with-undo-steps.ts';
import { activeBlockFormat, canFormatBlocks, toggleBlockFormat, type BlockFormat } from './block-format.ts';
import { activeLink, canLink } from './links.ts';
import { canFormatText, isMarkActive, toggleMark } from './marks.ts';
import { selectPart } from './navigation.ts';

export interface EditorAction {
  id: ActionId;
  label: string;
  enabled: (editor: Editor) => boolean;
  /** On or off, for the actions that toggle a format; undefined for the others. */
  active?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const blockAction = (id: ActionId & BlockFormat, label: string): EditorAction => ({
  id,
  label,
  enabled: canFormatBlocks,
  active: (editor) => activeBlockFormat(editor) === id,
  run: (editor) => asOwnUndoStep(editor, () => void toggleBlockFormat(editor, id)),
});

const history = (editor: Editor) => (HistoryEditor.isHistoryEditor(editor) ? editor.history : { undos: [], redos: [] });

export const ACTIONS: Record<ActionId, EditorAction> = {
  bold: {
    id: 'bold',
    label: 'Bold',
    enabled: canFormatText,
    active: (editor) => isMarkActive(editor, 'bold'),
    run: (editor) => asOwnUndoStep(editor, () => void toggleMark(editor, 'bold')),
  },
  italic: {
    id: 'italic',
    label: 'Italic',
    enabled: canFormatText,
    active: (editor) => isMarkActive(editor, 'italic'),
    run: (editor) => asOwnUndoStep(editor, () => void toggleMark(editor, 'italic')),
  },
  // Opens the link dialog: the view runs it (see story-editor.tsx); the dialog then inserts or edits.
  link: { id: 'link', label: 'Link', enabled: canLink, active: (editor) => activeLink(editor) !== undefined, run: () => {} },
  paragraph: blockAction('paragraph', 'Paragraph'),
  subhead: blockAction('subhead', 'Subhead'),
  'block-quote': blockAction('block-quote', 'Quote'),
  'bulleted-list': blockAction('bulleted-list', 'Bulleted list'),
  'numbered-list': blockAction('numbered-list', 'Numbered list'),
  undo: {
    id: 'undo',
    label: 'Undo',
    enabled: (editor) => history(editor).undos.length > 0,
    run: (editor) => editor.undo(),
  },
  // Select all by steps: the part the caret is in, then everything (the browser's own select all).
  'select-part': {
    id: 'select-part',
    label: 'Select all',
    enabled: (editor) => editor.selection !== null,
    run: (editor) => void selectPart(editor),
  },
  redo: {
    id: 'redo',
    label: 'Redo',
    enabled: (editor) => history(editor).redos.length > 0,
    run: (editor) => editor.redo(),
  },
};
