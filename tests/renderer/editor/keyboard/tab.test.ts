// Tab and Shift+Tab (and Ctrl+A, which selects by parts) through the Slate API.

import { Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { selectPart } from '../../../../renderer/src/editor/commands/navigation.ts';
import { handleTab } from '../../../../renderer/src/editor/keyboard/tab.ts';
import { doc, editorWith, expected, li, ol, p, photo, render, ul, video } from '../builders.ts';
import { shiftTab, tab } from './press.ts';

describe('Tab and Shift+Tab', () => {
  const cases: { it: string; key: 'tab' | 'shift-tab'; input: Descendant[]; output: Descendant[] }[] = [
    { it: 'Tab in the headline goes to the subheadline', key: 'tab', input: doc({ headline: 'Sto|rm' }), output: doc({ headline: 'Storm', subheadline: '|' }) },
    {
      it: 'Tab in a second bullet goes on to the byline, past the other bullets',
      key: 'tab',
      input: doc({ highlights: ['One', 'Tw|o', 'Three'] }),
      output: doc({ highlights: ['One', 'Two', 'Three'], byline: [['|']] }),
    },
    {
      it: 'Shift+Tab in a second bullet goes back to the subheadline, not to the first bullet',
      key: 'shift-tab',
      input: doc({ subheadline: 'Calm', highlights: ['One', 'Tw|o'] }),
      output: doc({ subheadline: 'Calm|', highlights: ['One', 'Two'] }),
    },
    {
      it: 'Tab goes through the byline’s fields',
      key: 'tab',
      input: doc({ byline: [['A|']] }),
      output: doc({ byline: [['A', '|', '']] }),
    },
    {
      it: 'Tab in the body goes to the next photo’s caption',
      key: 'tab',
      input: doc({ body: [p('On|e'), p('Two'), photo('a')] }),
      output: doc({ body: [p('One'), p('Two'), photo('a', { caption: '|' })] }),
    },
    {
      it: 'Tab in a photo’s last field goes to the text after it',
      key: 'tab',
      input: doc({ body: [photo('a', { credit: { copyright: '|' } }), p('After')] }),
      output: doc({ body: [photo('a'), p('|After')] }),
    },
    {
      it: 'Shift+Tab in the body goes back to the dateline',
      key: 'shift-tab',
      input: doc({ dateline: ['X', 'AP'], body: [p('One'), p('Tw|o')] }),
      output: doc({ dateline: ['X', 'AP|'], body: [p('One'), p('Two')] }),
    },
    { it: 'Tab in a list item indents it under the one before', key: 'tab', input: doc({ body: [ul('One', 'Tw|o')] }), output: doc({ body: [ul(li('One', ul('Tw|o')))] }) },
    {
      it: 'Tab in a numbered item makes a numbered nested list',
      key: 'tab',
      input: doc({ body: [ol('One', 'Two', 'Thr|ee')] }),
      output: doc({ body: [ol('One', li('Two', ol('Thr|ee')))] }),
    },
    {
      it: 'Shift+Tab in a nested item moves it out, taking the items after it along',
      key: 'shift-tab',
      input: doc({ body: [ul(li('One', ul('A', 'B|', 'C')), 'Two')] }),
      output: doc({ body: [ul(li('One', ul('A')), li('B|', ul('C')), 'Two')] }),
    },
    {
      it: 'Shift+Tab in a top-level item makes it a paragraph, splitting the list',
      key: 'shift-tab',
      input: doc({ body: [ul('One', 'Tw|o', 'Three')] }),
      output: doc({ body: [ul('One'), p('Tw|o'), ul('Three')] }),
    },
  ];
  it.each(cases)('$it', ({ key, input, output }) => expect((key === 'tab' ? tab : shiftTab)(input)).toEqual(expected(output)));

  it('lets focus leave the editor after the story’s last field and before the headline', () => {
    const last = editorWith(doc({ related: [video('v')] }));
    const [, copyrightPath] = Editor.last(last, []);
    Transforms.select(last, { path: copyrightPath, offset: 0 });
    expect(handleTab(last, false)).toBe(false);
    const first = editorWith(doc({ headline: 'Sto|rm' }));
    expect(handleTab(first, true)).toBe(false);
  });
});


describe('Ctrl+A', () => {
  it('selects the part the caret is in first, then leaves the rest to the browser', () => {
    const editor = editorWith(doc({ headline: 'Sto|rm', body: [p('Text')] }));
    expect(selectPart(editor)).toBe(true);
    expect(render(editor)).toEqual(expected(doc({ headline: '[Storm]', body: [p('Text')] })));
    expect(selectPart(editor)).toBe(false);
  });
});
