// @vitest-environment jsdom
// Marks are drawn again only where they change, and never by walking the whole document for each paragraph.

import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { Node, Transforms, type Text } from 'slate';
import { Editable, Slate } from 'slate-react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStoryEditor, normalizedDocument } from '../../../../renderer/src/editor/create-story-editor.ts';
import { DecorationContext } from '../../../../renderer/src/editor/decorations/decoration-context.ts';
import { REDRAWS_PER_SLICE, type DecorationStore, type TextMark } from '../../../../renderer/src/editor/decorations/decoration-store.ts';
import { MarkedText } from '../../../../renderer/src/editor/decorations/marked-text.tsx';
import { useEditorDecorations } from '../../../../renderer/src/editor/decorations/use-editor-decorations.ts';
import type { StoryEditor } from '../../../../renderer/src/editor/document/types.ts';
import { StoryElement } from '../../../../renderer/src/editor/render/element.tsx';
import { StoryLeaf } from '../../../../renderer/src/editor/render/leaf.tsx';
import { doc, p } from '../builders.ts';

// More paragraphs than one of the body's chunks holds (create-story-editor.ts), so the body is chunked.
const PARAGRAPHS = 450;

let editor: StoryEditor;
let decorations: DecorationStore;
let textRenders = new Map<string, number>();

/** Counts the renders of each text node (by its text) on the way to the real MarkedText. */
function CountedText(props: Parameters<typeof MarkedText>[0]) {
  textRenders.set(props.text.text, (textRenders.get(props.text.text) ?? 0) + 1);
  return MarkedText(props);
}

function Harness() {
  const [created] = useState(createStoryEditor);
  editor = created;
  decorations = useEditorDecorations(created);
  return (
    <DecorationContext.Provider value={decorations}>
      <Slate editor={created} initialValue={normalizedDocument(doc({ body: paragraphs() }))}>
        <Editable aria-label="Story" renderElement={StoryElement} renderLeaf={StoryLeaf} renderText={CountedText} decorate={decorations.decorate} />
      </Slate>
    </DecorationContext.Provider>
  );
}

const paragraphs = () => Array.from({ length: PARAGRAPHS }, (_, index) => p(`Paragraph ${index} says teh word.`));

/** A source that marks "teh" in the paragraphs whose number is in `numbers`. */
function markTehIn(numbers: Set<number>) {
  return (node: Text): TextMark[] => {
    const number = Number(/^Paragraph (\d+)/.exec(node.text)?.[1] ?? NaN);
    const start = node.text.indexOf('teh');
    return numbers.has(number) && start >= 0 ? [{ start, end: start + 3, spelling: { word: 'teh' } }] : [];
  };
}

const markedWords = (container: HTMLElement) =>
  [...container.querySelectorAll('.spelling-mark')].map((mark) => mark.closest('p')?.textContent);

afterEach(cleanup);

describe('DecorationStore', () => {
  it('draws a new mark by rendering only the text node under it', () => {
    const { container } = render(<Harness />);
    textRenders = new Map();
    const numbers = new Set([7]);
    act(() => decorations.setSource('spelling', markTehIn(numbers)));
    expect(markedWords(container)).toEqual(['Paragraph 7 says teh word.']);
    expect([...textRenders.keys()]).toEqual(['Paragraph 7 says teh word.']);

    textRenders = new Map();
    numbers.add(300);
    numbers.delete(7);
    let redrawn = 0;
    act(() => void (redrawn = decorations.changed()));
    expect(redrawn).toBe(2);
    expect(markedWords(container)).toEqual(['Paragraph 300 says teh word.']);
    expect([...textRenders.keys()].sort()).toEqual(['Paragraph 300 says teh word.', 'Paragraph 7 says teh word.']);
  });

  it('renders nothing again when a pass finds what is already drawn', () => {
    render(<Harness />);
    act(() => decorations.setSource('spelling', markTehIn(new Set([3]))));
    textRenders = new Map();
    let redrawn = -1;
    act(() => void (redrawn = decorations.changed()));
    expect(redrawn).toBe(0);
    expect(textRenders.size).toBe(0);
  });

  it('draws marks found all through a long story a batch at a time, in tasks of their own', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { container } = render(<Harness />);
      const numbers = new Set<number>();
      act(() => decorations.setSource('spelling', markTehIn(numbers)));
      for (let number = 0; number < PARAGRAPHS; number++) numbers.add(number);
      textRenders = new Map();
      act(() => decorations.changedInSlices('spelling'));
      expect(textRenders.size).toBe(0); // nothing drawn in the task that learnt of the change

      const rendersPerTask: number[] = [];
      while (markedWords(container).length < PARAGRAPHS && rendersPerTask.length < 100) {
        const before = textRenders.size;
        await act(async () => vi.advanceTimersToNextTimer());
        rendersPerTask.push(textRenders.size - before);
      }
      expect(markedWords(container)).toHaveLength(PARAGRAPHS);
      expect(Math.max(...rendersPerTask)).toBeLessThanOrEqual(REDRAWS_PER_SLICE);
      expect(rendersPerTask.filter((renders) => renders > 0).length).toBeGreaterThanOrEqual(Math.ceil(PARAGRAPHS / REDRAWS_PER_SLICE));
    } finally {
      vi.useRealTimers();
    }
  });

  it('finds every paragraph of a chunked body straight away after an edit elsewhere, without searching the document', async () => {
    const { container } = render(<Harness />);
    const numbers = new Set<number>();
    act(() => decorations.setSource('spelling', markTehIn(numbers)));
    await act(async () => Transforms.insertText(editor, 'Now ', { at: { path: bodyTextPath(0), offset: 0 } }));
    const search = vi.spyOn(Node, 'findPath');
    try {
      for (let number = 10; number < PARAGRAPHS; number += 10) numbers.add(number);
      act(() => void decorations.changed());
      expect(markedWords(container)).toHaveLength(numbers.size);
      expect(search).not.toHaveBeenCalled();
    } finally {
      search.mockRestore();
    }
  });
});

/** The path of the text of the body's `index`-th paragraph. */
function bodyTextPath(index: number): number[] {
  const body = editor.children.findIndex((node) => 'type' in node && node.type === 'body');
  return [body, index, 0];
}
