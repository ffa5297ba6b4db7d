// A quick fix applied to the editor's document, as one undo step: the same change applyLintEdits
// (shared/lint) makes to the story, made with Slate transforms so that it is typed text like any other —
// undone with Ctrl+Z, saved, previewed. Edits to what the editor does not hold (the slug, keywords …) are
// handed back for the story session to apply.

import { Editor, Node, Path, Transforms } from 'slate';
import { CopydeskError } from '../../../../shared/errors.ts';
import type { LintEdit } from '../../../../shared/lint/lint-types.ts';
import type { Credit } from '../../../../shared/story/schema.ts';
import { LIST_FIELD_SEPARATOR, type CreditElement } from '../document/types.ts';
import { isElementOf, isField } from '../queries.ts';
import { asOwnUndoStep } from '../plugins/with-undo-steps.ts';
import { isEditorField, rangeOfOffsets, resolveStoryPath } from './story-paths.ts';

type PlacedEdit =
  | { kind: 'replace-text'; at: Path; start: number; end: number; text: string }
  | { kind: 'set-credit'; at: Path; credit: Credit };

/**
 * Applies `edits` to the editor in one undo step and returns those for parts of the story the editor does
 * not hold. Throws, changing nothing, when an edit points at text the document does not have.
 */
export function applyEditsInEditor(editor: Editor, edits: readonly LintEdit[]): LintEdit[] {
  const outside = edits.filter((edit) => !isEditorField(edit.path[0]));
  const placed = edits.filter((edit) => isEditorField(edit.path[0])).map((edit) => place(editor, edit));
  if (placed.length === 0) return outside;

  // From the end of the story backwards, so that no edit moves the text an earlier one points at.
  const ordered = [...placed].sort((a, b) => {
    const byPath = Path.compare(b.at, a.at);
    if (byPath !== 0) return byPath;
    return (b.kind === 'replace-text' ? b.start : 0) - (a.kind === 'replace-text' ? a.start : 0);
  });
  asOwnUndoStep(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (const edit of ordered) {
        if (edit.kind === 'replace-text') replaceText(editor, edit.at, edit.start, edit.end, edit.text);
        else setCredit(editor, edit.at, edit.credit);
      }
    });
  });
  return outside;
}

function place(editor: Editor, edit: LintEdit): PlacedEdit {
  const target = resolveStoryPath(editor.children, edit.path);
  const where = edit.path.join('.');
  if (edit.kind === 'replace-text') {
    if (!target?.exact) throw new CopydeskError('internal', `The fix points at text the editor does not show (${where}); nothing was changed.`);
    const length = Node.string(Node.get(editor, target.path)).length;
    if (edit.start < 0 || edit.end < edit.start || edit.end > length) {
      throw new CopydeskError('internal', `The fix points past the end of the text at ${where}; nothing was changed.`);
    }
    return { kind: 'replace-text', at: target.path, start: edit.start, end: edit.end, text: edit.text };
  }
  if (!target || !isElementOf(Node.get(editor, target.path), 'credit')) {
    throw new CopydeskError('internal', `The fix points at a credit the editor does not show (${where}); nothing was changed.`);
  }
  return { kind: 'set-credit', at: target.path, credit: edit.credit };
}

function replaceText(editor: Editor, elementPath: Path, start: number, end: number, text: string): void {
  const range = rangeOfOffsets(editor, elementPath, start, end);
  if (!range) return;
  if (text === '') Transforms.delete(editor, { at: range });
  else Transforms.insertText(editor, text, { at: range });
}

/** The credit's fields as the editor shows them: lists as one line, "A; B". */
function creditFieldTexts(credit: Credit): Record<'photographers' | 'organization' | 'via' | 'restrictions' | 'copyright', string> {
  return {
    photographers: credit.photographers.join(LIST_FIELD_SEPARATOR),
    organization: credit.organization,
    via: credit.via,
    restrictions: credit.restrictions.join(LIST_FIELD_SEPARATOR),
    copyright: credit.copyright,
  };
}

/** Sets a credit element's fields and kind; only the fields that change are touched. */
export function setCredit(editor: Editor, creditPath: Path, credit: Credit): void {
  const element = Node.get(editor, creditPath) as CreditElement;
  const wanted = creditFieldTexts(credit);
  element.children.forEach((child, index) => {
    if (!isField(child) || !(child.name in wanted)) return;
    const text = wanted[child.name as keyof typeof wanted];
    const fieldPath = [...creditPath, index];
    if (Node.string(child) === text) return;
    const range = Editor.range(editor, fieldPath);
    if (text === '') Transforms.delete(editor, { at: range });
    else Transforms.insertText(editor, text, { at: range });
  });
  if (credit.kind && credit.kind !== element.kind) Transforms.setNodes<CreditElement>(editor, { kind: credit.kind }, { at: creditPath });
  if (!credit.kind && element.kind) Transforms.unsetNodes(editor, 'kind', { at: creditPath });
}
