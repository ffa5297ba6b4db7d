// @vitest-environment jsdom
// Pasting through the editor's insertData, with the real paste cleanup: clipboard contents in, document
// and caret out.

import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { PASTE_CLEANER } from '../../../../renderer/src/editor/paste-cleaner.ts';
import type { PasteNotice } from '../../../../renderer/src/editor/plugins/with-paste.ts';
import { bold, doc, editorWith, expected, h2, link, p, photo, render, ul } from '../builders.ts';

function clipboard(data: Record<string, string>): DataTransfer {
  return { getData: (type: string) => data[type] ?? '', types: Object.keys(data), files: [] } as unknown as DataTransfer;
}

function pasted(input: Descendant[], data: Record<string, string>, notices: PasteNotice[] = []) {
  const editor = editorWith(input, { cleaner: PASTE_CLEANER, onWarnings: (found) => notices.push(...found) });
  editor.insertData(clipboard(data));
  return { document: render(editor), editor };
}

describe('paste', () => {
  const cases: { it: string; input: Descendant[]; data: Record<string, string>; output: Descendant[] }[] = [
    {
      it: 'puts plain-text paragraphs in the body, split on blank lines',
      input: doc({ body: [p('|')] }),
      data: { 'text/plain': 'First paragraph.\n\nSecond paragraph.' },
      output: doc({ body: [p('First paragraph.'), p('Second paragraph.|')] }),
    },
    {
      it: 'joins a one-paragraph paste to the text at the caret',
      input: doc({ body: [p('Before | after')] }),
      data: { 'text/plain': 'pasted words' },
      output: doc({ body: [p('Before pasted words| after')] }),
    },
    {
      it: 'splits the paragraph at the caret around pasted blocks, joining their ends to it',
      input: doc({ body: [p('Start | end')] }),
      data: { 'text/html': '<p>one</p><h2>A subhead</h2><p>two</p>' },
      output: doc({ body: [p('Start one'), h2('A subhead'), p('two| end')] }),
    },
    {
      it: 'keeps bold, links and lists from HTML, and drops the rest',
      input: doc({ body: [p('|')] }),
      data: {
        'text/html': '<p style="color:red" onclick="x()">A <b>bold</b> <a href="https://a.example">link</a></p><ul><li>One</li><li>Two</li></ul><script>alert(1)</script>',
      },
      output: doc({ body: [p('A ', bold('bold'), ' ', link('https://a.example', 'link')), ul('One', 'Two|')] }),
    },
    {
      it: 'takes the words only in the headline, on one line',
      input: doc({ headline: '|' }),
      data: { 'text/html': '<h1>Storm <b>closes</b></h1><p>the harbour</p>', 'text/plain': 'Storm closes\nthe harbour' },
      output: doc({ headline: 'Storm closes the harbour|' }),
    },
    {
      it: 'takes the words only in a caption',
      input: doc({ body: [photo('a', { caption: '|' })] }),
      data: { 'text/html': '<p>Boats <i>in</i> port</p>' },
      output: doc({ body: [photo('a', { caption: 'Boats in port|' })] }),
    },
    {
      it: 'makes each pasted line a bullet in the highlights',
      input: doc({ highlights: ['|'] }),
      data: { 'text/plain': 'Ferries cancelled\nGusts of 90 km/h\n' },
      output: doc({ highlights: ['Ferries cancelled', 'Gusts of 90 km/h|'] }),
    },
  ];
  it.each(cases)('$it', ({ input, data, output }) => expect(pasted(input, data).document).toEqual(expected(output)));

  it('tells what it left out', () => {
    const notices: PasteNotice[] = [];
    pasted(doc({ body: [p('|')] }), { 'text/html': '<p>Text</p><img src="file:///C:/Users/me/photo.jpg">' }, notices);
    expect(notices.map((notice) => notice.message).join(' ')).toMatch(/picture/i);
  });

  it('is one undo step', () => {
    const { editor } = pasted(doc({ body: [p('Typed |')] }), { 'text/plain': 'One.\n\nTwo.' });
    editor.undo();
    expect(render(editor)).toEqual(expected(doc({ body: [p('Typed |')] })));
  });

  it('pastes a copy from this editor as body blocks, with new ids for media', () => {
    const fragment = [{ type: 'body', children: [p('Copied'), photo('same-id', { caption: 'C' })] }];
    const encoded = btoa(encodeURIComponent(JSON.stringify(fragment)));
    const { editor } = pasted(doc({ body: [p('|'), photo('same-id')] }), { 'application/x-slate-fragment': encoded, 'text/plain': 'Copied' });
    const body = (editor.children[6] as { children: { type: string; id?: string }[] }).children;
    expect(body.map((block) => block.type)).toEqual(['paragraph', 'photo', 'photo']);
    expect(body[1]!.id).not.toBe('same-id');
  });
});
