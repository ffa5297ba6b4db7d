// Captions that check themselves: a caption pasted from the wire usually ends with its credit ("President
// Trump speaks at the UN, Tuesday, Sept. 25, 2018. (AP Photo/Richard Drew)"). Pasted into a caption whose
// credit is still empty, the words go into the caption and the credit into the credit's fields. When the
// credit already says something, the paste is left as it is: if the two disagree, lint's "credit-disagrees"
// says so with its one-click fix, and the editor decides.

import { Node, type Editor, type Path } from 'slate';
import { formatCreditLine } from '../../../../shared/credits/format-credit.ts';
import { splitCaption } from '../../../../shared/credits/parse-credit.ts';
import { insertPlainText } from '../commands/insert-pasted-blocks.ts';
import type { CreditElement } from '../document/types.ts';
import { isElementOf, isField, textContainerAbove } from '../queries.ts';
import { setCredit } from './apply-fix.ts';

/** What the editor tells the person, with the paste's other notices. */
export interface CaptionPasteNotice {
  message: string;
}

/** The credit as a plain "Richard Drew/AP": the house style's "PHOTO: " prefix left out. */
export function plainCreditLine(credit: Parameters<typeof formatCreditLine>[0]): string {
  return formatCreditLine(credit, 'cnn').replace(/^PHOTO: /, '');
}

/**
 * Pastes `text` into the caption at the selection when it carries a credit and the caption's credit is
 * empty: the caption gets the words, the credit its fields. Returns the notice to show, or null (and changes
 * nothing) when this is not such a paste. The caller makes the paste one undo step.
 */
export function pasteCaptionWithCredit(editor: Editor, text: string): CaptionPasteNotice | null {
  const creditPath = emptyCreditBesideCaption(editor);
  if (!creditPath) return null;
  const split = splitCaption(text.replace(/\s+/g, ' '));
  if (!split.credit) return null;
  insertPlainText(editor, split.caption);
  const element = Node.get(editor, creditPath) as CreditElement;
  const kind = split.credit.kind ?? element.kind;
  setCredit(editor, creditPath, { ...split.credit, ...(kind ? { kind } : {}) });
  return { message: `Credit filled from the caption: ${plainCreditLine(split.credit)}` };
}

/** The credit of the photo, poster or video whose caption holds the selection, if all its fields are blank. */
function emptyCreditBesideCaption(editor: Editor): Path | null {
  const entry = textContainerAbove(editor);
  if (!entry || !isField(entry[0], 'caption')) return null;
  const ownerPath = entry[1].slice(0, -1);
  const owner = Node.get(editor, ownerPath);
  if (!isElementOf(owner, 'photo') && !isElementOf(owner, 'poster') && !isElementOf(owner, 'video')) return null;
  const at = owner.children.findIndex((child) => isElementOf(child, 'credit'));
  if (at < 0) return null;
  const credit = owner.children[at] as CreditElement;
  return credit.children.every((field) => Node.string(field).trim() === '') ? [...ownerPath, at] : null;
}
