import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../../renderer/src/editor/commands/actions.ts';
import { asOwnUndoStep } from '../../../../renderer/src/editor/plugins/with-undo-steps.ts';
import { bold, doc, editorWith, expected, h2, p, render } from '../builders.ts';

const type = (editor: ReturnType<typeof editorWith>, text: string) => {
  for (const char of text) editor.insertText(char);
};

describe('undo steps', () => {
  it('undoes a run of typing in one step', () => {
    const editor = editorWith(doc({ body: [p('|')] }));
    type(editor, 'Boats stayed in port.');
    editor.undo();
    expect(render(editor)).toEqual(expected(doc({ body: [p('|')] })));
  });

  it('undoes a toolbar command on its own, leaving the typing before it', () => {
    const editor = editorWith(doc({ body: [p('|')] }));
    type(editor, 'What next');
    ACTIONS.subhead.run(editor);
    expect(render(editor)).toEqual(expected(doc({ body: [h2('What next|')] })));
    editor.undo();
    expect(render(editor)).toEqual(expected(doc({ body: [p('What next|')] })));
    editor.redo();
    expect(render(editor)).toEqual(expected(doc({ body: [h2('What next|')] })));
  });

  it('starts a new step for typing after a command, so undo takes back only that typing', () => {
    const editor = editorWith(doc({ body: [p('One |')] }));
    ACTIONS.bold.run(editor);
    type(editor, 'two');
    expect(render(editor)).toEqual(expected(doc({ body: [p('One ', bold('two|'))] })));
    editor.undo();
    expect(render(editor)).toEqual(expected(doc({ body: [p('One |')] })));
  });

  it('keeps a paste as one step between typing before and after it', () => {
    const editor = editorWith(doc({ body: [p('|')] }));
    type(editor, 'Before ');
    asOwnUndoStep(editor, () => editor.insertText('pasted words'));
    type(editor, ' after');
    editor.undo();
    expect(render(editor)).toEqual(expected(doc({ body: [p('Before pasted words|')] })));
    editor.undo();
    expect(render(editor)).toEqual(expected(doc({ body: [p('Before |')] })));
    editor.undo();
    expect(render(editor)).toEqual(expected(doc({ body: [p('|')] })));
  });

  it('undoes Enter in the headline (a move, not a change) with nothing to take back', () => {
    const editor = editorWith(doc({ headline: 'Storm|' }));
    editor.insertBreak();
    expect(editor.history.undos).toHaveLength(0);
  });
});
