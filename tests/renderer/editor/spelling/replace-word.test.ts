import { Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { replaceWord } from '../../../../renderer/src/editor/spelling/replace-word.ts';
import { matchApostrophes } from '../../../../renderer/src/editor/spelling/spelling-menu.tsx';
import type { MisspeltWord } from '../../../../renderer/src/editor/spelling/spelling-state.ts';
import { bold, doc, editorWith, expected, p, render } from '../builders.ts';

const at = (path: number[], start: number, end: number, written: string): MisspeltWord => ({
  word: written,
  written,
  range: { anchor: { path, offset: start }, focus: { path, offset: end } },
});

describe('replaceWord()', () => {
  it('replaces exactly the word and leaves the caret after it, as one undo step', () => {
    const editor = editorWith(doc({ body: [p('They recieve it.')] }));
    expect(replaceWord(editor, at([6, 0, 0], 5, 12, 'recieve'), 'receive')).toBe(true);
    expect(render(editor)).toEqual(expected(doc({ body: [p('They receive| it.')] })));
    editor.undo();
    expect(Editor.string(editor, [6, 0])).toBe('They recieve it.');
  });

  it('replaces a word written over two runs, keeping the first run’s marks', () => {
    const editor = editorWith(doc({ body: [p('They re', bold('cieve'), ' it.')] }));
    const word: MisspeltWord = {
      word: 'recieve',
      written: 'recieve',
      range: { anchor: { path: [6, 0, 0], offset: 5 }, focus: { path: [6, 0, 1], offset: 5 } },
    };
    expect(replaceWord(editor, word, 'receive')).toBe(true);
    expect(render(editor)).toEqual(expected(doc({ body: [p('They receive| it.')] })));
  });

  it('changes nothing when the text there is no longer the word', () => {
    const editor = editorWith(doc({ body: [p('They received it.')] }));
    expect(replaceWord(editor, at([6, 0, 0], 5, 12, 'recieve'), 'receive')).toBe(false);
    expect(replaceWord(editor, at([6, 4, 0], 5, 12, 'recieve'), 'receive')).toBe(false);
    expect(Editor.string(editor, [6, 0])).toBe('They received it.');
  });
});

describe('matchApostrophes()', () => {
  it('writes a suggestion’s apostrophe as the text writes it', () => {
    expect(matchApostrophes("don't", 'dont’')).toBe('don’t');
    expect(matchApostrophes("don't", "dont'")).toBe("don't");
    expect(matchApostrophes('receive', 'recieve')).toBe('receive');
  });
});
