import { describe, expect, it } from 'vitest';
import { createStoryEditor } from '../../../../renderer/src/editor/create-story-editor.ts';
import { doc, editorWith, expected, link, p, photo, render, video } from '../builders.ts';
import type { Descendant } from 'slate';

function typed(input: Descendant[], text: string, on = true) {
  const editor = editorWith(input, { smartQuotes: () => on });
  for (const char of text) editor.insertText(char);
  return render(editor);
}

describe('smart quotes and dashes as you type', () => {
  const cases = [
    { it: 'curls double quotes', input: doc({ body: [p('|')] }), text: '"Stop," she said.', output: doc({ body: [p('“Stop,” she said.|')] }) },
    { it: 'makes apostrophes', input: doc({ body: [p('|')] }), text: "It's the students' job", output: doc({ body: [p('It’s the students’ job|')] }) },
    { it: 'makes an em dash of two hyphens', input: doc({ body: [p('|')] }), text: 'wait--then', output: doc({ body: [p('wait—then|')] }) },
    { it: 'makes an ellipsis of three points', input: doc({ body: [p('|')] }), text: 'and so...', output: doc({ body: [p('and so…|')] }) },
    { it: 'works in the headline', input: doc({ headline: '|' }), text: '"No comment"', output: doc({ headline: '“No comment”|' }) },
    { it: 'works in a caption', input: doc({ body: [photo('a', { caption: '|' })] }), text: "O'Brien", output: doc({ body: [photo('a', { caption: 'O’Brien|' })] }) },
    { it: 'leaves an address alone', input: doc({ body: [p('|')] }), text: 'see http://a.example/x--y', output: doc({ body: [p('see http://a.example/x--y|')] }) },
    { it: 'leaves a link’s text alone', input: doc({ body: [p(link('https://a.example', 'x|'))] }), text: '"', output: doc({ body: [p(link('https://a.example', 'x"|'))] }) },
    {
      it: 'leaves a video’s duration alone',
      input: doc({ related: [video('v', { duration: '|' })] }),
      text: "1'17",
      output: doc({ related: [video('v', { duration: "1'17|" })] }),
    },
  ];
  it.each(cases)('$it', ({ input, text, output }) => expect(typed(input, text)).toEqual(expected(output)));

  it('does nothing when switched off', () => {
    expect(typed(doc({ body: [p('|')] }), '"Hi" -- it\'s...', false)).toEqual(expected(doc({ body: [p('"Hi" -- it\'s...|')] })));
  });

  it('reads the switch at each keystroke', () => {
    let on = false;
    const editor = createStoryEditor({ smartQuotes: () => on });
    editor.children = editorWith(doc({ body: [p('|')] })).children;
    editor.selection = { anchor: { path: [6, 0, 0], offset: 0 }, focus: { path: [6, 0, 0], offset: 0 } };
    editor.insertText('"');
    on = true;
    editor.insertText('a');
    editor.insertText('"');
    expect((editor.children[6] as { children: { children: { text: string }[] }[] }).children[0]!.children[0]!.text).toBe('"a”');
  });
});
