// Smart quotes, dashes and ellipses as you type ("--" → —, "..." → …), using the same rules as the
// "fix quotes" check (shared/text/typography.ts). Never in a link's text, nor in fields that hold codes
// rather than prose (a duration); addresses typed in running text are left alone by the rules themselves.

import { Editor, Range, Transforms } from 'slate';
import { smartReplacement } from '../../../../shared/text/typography.ts';
import { isElementOf, isField, textContainerAbove } from '../queries.ts';

/** Characters the rules can change something for; letters and spaces-in-a-word never need a look back. */
const MAY_CHANGE = /[^\p{L}\p{M}]/u;

export function withSmartTypography<T extends Editor>(editor: T, enabled: () => boolean): T {
  const { insertText } = editor;

  editor.insertText = (text, options) => {
    const { selection } = editor;
    if (!enabled() || options?.at || !selection || !Range.isCollapsed(selection) || [...text].length !== 1 || !MAY_CHANGE.test(text)) {
      return insertText(text, options);
    }
    const entry = textContainerAbove(editor, selection.anchor);
    const inLink = Editor.above(editor, { at: selection.anchor, match: (node) => isElementOf(node, 'link') });
    if (!entry || inLink || isField(entry[0], 'duration')) return insertText(text, options);

    const before = Editor.string(editor, { anchor: Editor.start(editor, entry[1]), focus: selection.anchor });
    const replacement = smartReplacement(before, text);
    if (!replacement) return insertText(text, options);

    if (replacement.replace > 0) {
      const from = Editor.before(editor, selection.anchor, { distance: replacement.replace, unit: 'offset' });
      if (from) Transforms.delete(editor, { at: { anchor: from, focus: selection.anchor } });
    }
    insertText(replacement.text, options);
  };

  return editor;
}
