// The toolbar's commands through the Slate API: input document with the selection marked, command,
// expected document.

import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../../renderer/src/editor/commands/actions.ts';
import { activeBlockFormat, toggleBlockFormat, type BlockFormat } from '../../../../renderer/src/editor/commands/block-format.ts';
import { completeLinkUrl, editLink, insertLink, linkUrlProblem, removeLink } from '../../../../renderer/src/editor/commands/links.ts';
import { isMarkActive, toggleMark } from '../../../../renderer/src/editor/commands/marks.ts';
import type { StoryEditor } from '../../../../renderer/src/editor/document/types.ts';
import { bold, doc, editorWith, expected, h2, italic, li, link, ol, p, photo, quote, render, ul } from '../builders.ts';

const run = (input: Descendant[], command: (editor: StoryEditor) => unknown) => {
  const editor = editorWith(input);
  command(editor);
  return render(editor);
};

describe('toggleMark()', () => {
  const cases = [
    { it: 'makes the selected words bold', input: doc({ body: [p('One [two] three')] }), output: doc({ body: [p('One ', bold('[two]'), ' three')] }) },
    { it: 'takes bold off words that have it', input: doc({ body: [p('One ', bold('[two]'), ' three')] }), output: doc({ body: [p('One [two] three')] }) },
    { it: 'does nothing in the headline, which is plain text', input: doc({ headline: 'Storm [closes]' }), output: doc({ headline: 'Storm [closes]' }) },
    { it: 'does nothing in a caption', input: doc({ body: [photo('a', { caption: '[Boats]' })] }), output: doc({ body: [photo('a', { caption: '[Boats]' })] }) },
  ];
  it.each(cases)('$it', ({ input, output }) => expect(run(input, (editor) => toggleMark(editor, 'bold'))).toEqual(expected(output)));

  it('with the caret, bolds what is typed next', () => {
    const editor = editorWith(doc({ body: [p('One |')] }));
    toggleMark(editor, 'bold');
    expect(isMarkActive(editor, 'bold')).toBe(true);
    editor.insertText('two');
    expect(render(editor)).toEqual(expected(doc({ body: [p('One ', bold('two|'))] })));
  });

  it('reports italics as active inside italic text', () => {
    const editor = editorWith(doc({ body: [p('A ', italic('wo|rd'))] }));
    expect(isMarkActive(editor, 'italic')).toBe(true);
    expect(isMarkActive(editor, 'bold')).toBe(false);
  });
});

describe('toggleBlockFormat()', () => {
  const cases: { it: string; format: BlockFormat; input: Descendant[]; output: Descendant[] }[] = [
    { it: 'makes a paragraph a subhead', format: 'subhead', input: doc({ body: [p('Wh|at next')] }), output: doc({ body: [h2('Wh|at next')] }) },
    { it: 'makes a subhead a paragraph again', format: 'subhead', input: doc({ body: [h2('Wh|at next')] }), output: doc({ body: [p('Wh|at next')] }) },
    { it: 'makes a paragraph a quote with an empty attribution', format: 'block-quote', input: doc({ body: [p('Wor|ds')] }), output: doc({ body: [quote('Wor|ds', '')] }) },
    { it: 'makes a quote a paragraph, keeping its attribution', format: 'block-quote', input: doc({ body: [quote('Wor|ds', 'Her')] }), output: doc({ body: [p('Wor|ds'), p('Her')] }) },
    {
      it: 'makes the selected paragraphs one bulleted list',
      format: 'bulleted-list',
      input: doc({ body: [p('Intro'), p('[One'), p('Two]'), p('After')] }),
      output: doc({ body: [p('Intro'), ul('[One', 'Two]'), p('After')] }),
    },
    {
      it: 'makes a list with a photo among the paragraphs into two lists around it',
      format: 'numbered-list',
      input: doc({ body: [p('[One'), photo('a'), p('Two]')] }),
      output: doc({ body: [ol('[One'), photo('a'), ol('Two]')] }),
    },
    {
      it: 'switches a bulleted list to numbers, keeping its nesting',
      format: 'numbered-list',
      input: doc({ body: [ul(li('O|ne', ul('Inner')))] }),
      output: doc({ body: [ol(li('O|ne', ul('Inner')))] }),
    },
    {
      it: 'takes the selected items out of the list as paragraphs',
      format: 'bulleted-list',
      input: doc({ body: [ul('One', '[Two', 'Three]', 'Four')] }),
      output: doc({ body: [ul('One'), p('[Two'), p('Three]'), ul('Four')] }),
    },
    {
      it: 'turns a list item into a subhead, out of its list',
      format: 'subhead',
      input: doc({ body: [ul('One', 'Tw|o', 'Three')] }),
      output: doc({ body: [ul('One'), h2('Tw|o'), ul('Three')] }),
    },
    {
      it: 'takes a nested item out of every list',
      format: 'subhead',
      input: doc({ body: [ul(li('One', ul('In|ner')))] }),
      output: doc({ body: [ul('One'), h2('In|ner')] }),
    },
  ];
  it.each(cases)('$it', ({ format, input, output }) => expect(run(input, (editor) => toggleBlockFormat(editor, format))).toEqual(expected(output)));

  it('does nothing outside the body’s running text', () => {
    expect(run(doc({ headline: 'Sto|rm' }), (editor) => toggleBlockFormat(editor, 'subhead'))).toEqual(expected(doc({ headline: 'Sto|rm' })));
  });

  it('names the format where the caret is', () => {
    const format = (input: Descendant[]) => activeBlockFormat(editorWith(input));
    expect(format(doc({ body: [p('a|')] }))).toBe('paragraph');
    expect(format(doc({ body: [h2('a|')] }))).toBe('subhead');
    expect(format(doc({ body: [quote('a|')] }))).toBe('block-quote');
    expect(format(doc({ body: [ol(li('a', ul('b|')))] }))).toBe('bulleted-list');
    expect(format(doc({ headline: 'a|' }))).toBeNull();
  });
});

describe('links', () => {
  it('links the selected words', () => {
    expect(run(doc({ body: [p('Read the [report]')] }), (editor) => insertLink(editor, 'https://example.com/r'))).toEqual(
      expected(doc({ body: [p('Read the ', link('https://example.com/r', 'report'), '|')] })),
    );
  });

  it('inserts the address itself as a link at the caret, and typing goes on after it', () => {
    const editor = editorWith(doc({ body: [p('See |')] }));
    insertLink(editor, 'https://example.com');
    editor.insertText('.');
    expect(render(editor)).toEqual(expected(doc({ body: [p('See ', link('https://example.com', 'https://example.com'), '.|')] })));
  });

  it('changes the address of the link the caret is in', () => {
    expect(run(doc({ body: [p(link('https://old.example', 'th|is'))] }), (editor) => editLink(editor, 'https://new.example'))).toEqual(
      expected(doc({ body: [p(link('https://new.example', 'th|is'))] })),
    );
  });

  it('removes the link the caret is in, keeping its words', () => {
    expect(run(doc({ body: [p('See ', link('https://a.example', 'th|is'))] }), removeLink)).toEqual(expected(doc({ body: [p('See th|is')] })));
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.com', 'https://exa mple.com', ''])(
    'refuses %j',
    (url) => {
      expect(linkUrlProblem(url)).not.toBeNull();
      const input = doc({ body: [p('[word]')] });
      expect(run(input, (editor) => insertLink(editor, url))).toEqual(expected(input));
    },
  );

  it('refuses to link text in a field', () => {
    const input = doc({ body: [photo('a', { caption: '[Boats]' })] });
    expect(run(input, (editor) => insertLink(editor, 'https://a.example'))).toEqual(expected(input));
  });

  it.each([
    ['www.cnn.com', 'https://www.cnn.com'],
    ['cnn.com/politics', 'https://cnn.com/politics'],
    ['desk@example.com', 'mailto:desk@example.com'],
    ['http://example.com', 'http://example.com'],
    ['  https://example.com  ', 'https://example.com'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('completes %j as %j', (input, output) => expect(completeLinkUrl(input)).toBe(output));
});

describe('the toolbar actions', () => {
  it('says which formats are on where the caret is', () => {
    const editor = editorWith(doc({ body: [ul(li(bold('O|ne')))] }));
    const on = Object.values(ACTIONS).filter((action) => action.active?.(editor)).map((action) => action.id);
    expect(on).toEqual(['bold', 'bulleted-list']);
  });

  it('are all off, and the formatting ones disabled, in the headline', () => {
    const editor = editorWith(doc({ headline: 'Sto|rm' }));
    for (const id of ['bold', 'italic', 'link', 'subhead', 'block-quote', 'bulleted-list', 'numbered-list'] as const) {
      expect(ACTIONS[id].enabled(editor)).toBe(false);
    }
  });

  it('enable undo only once there is something to undo', () => {
    const editor = editorWith(doc({ body: [p('a|')] }));
    expect(ACTIONS.undo.enabled(editor)).toBe(false);
    editor.insertText('b');
    expect(ACTIONS.undo.enabled(editor)).toBe(true);
    expect(ACTIONS.redo.enabled(editor)).toBe(false);
  });
});
