// @vitest-environment jsdom
// A re-render anywhere in the window, while the story has the focus, costs nothing that grows with the story:
// React does not walk the story's DOM to remember the caret.

import { act, cleanup, render } from '@testing-library/react';
import { useLayoutEffect, useState } from 'react';
import { Editable, ReactEditor, Slate } from 'slate-react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStoryEditor, normalizedDocument } from '../../../renderer/src/editor/create-story-editor.ts';
import { StoryElement } from '../../../renderer/src/editor/render/element.tsx';
import { spareReactTheCaretWalk } from '../../../renderer/src/editor/spare-react-the-caret-walk.ts';
import { doc, p } from './builders.ts';

let bumpCounter = () => {};

function Counter() {
  const [count, setCount] = useState(0);
  bumpCounter = () => setCount((value) => value + 1);
  return <output>{count}</output>;
}

function Harness({ spared }: { spared: boolean }) {
  const [editor] = useState(createStoryEditor);
  useLayoutEffect(() => (spared ? spareReactTheCaretWalk(ReactEditor.toDOMNode(editor, editor)) : undefined), [editor, spared]);
  const body = Array.from({ length: 300 }, (_, index) => p(`Paragraph ${index} of the story.`));
  return (
    <>
      <Counter />
      <Slate editor={editor} initialValue={normalizedDocument(doc({ body }))}>
        <Editable aria-label="Story" renderElement={StoryElement} />
      </Slate>
    </>
  );
}

/** How many times DOM nodes are stepped over (nextSibling read) while `work` runs. */
function siblingStepsDuring(work: () => void): number {
  const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'nextSibling')!;
  let steps = 0;
  Object.defineProperty(Node.prototype, 'nextSibling', {
    configurable: true,
    get(this: Node) {
      steps++;
      return descriptor.get!.call(this);
    },
  });
  try {
    work();
  } finally {
    Object.defineProperty(Node.prototype, 'nextSibling', descriptor);
  }
  return steps;
}

function focusStory(container: HTMLElement): HTMLElement {
  const story = container.querySelector<HTMLElement>('[data-slate-editor="true"]')!;
  story.focus();
  const text = story.querySelector('[data-slate-string="true"]')!.firstChild!;
  document.getSelection()!.collapse(text, 3);
  return story;
}

// jsdom lacks the `contentEditable` property browsers have (it reflects the attribute), which is what React
// reads: give its elements the browser's answer.
if (!('contentEditable' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const value = this.getAttribute('contenteditable');
      return value === '' || value === 'true' ? 'true' : value === 'false' ? 'false' : 'inherit';
    },
  });
}

afterEach(cleanup);

describe('spareReactTheCaretWalk', () => {
  it('keeps a commit elsewhere from walking the focused story', () => {
    const { container } = render(<Harness spared />);
    const story = focusStory(container);
    expect(document.activeElement).toBe(story);
    const steps = siblingStepsDuring(() => act(() => bumpCounter()));
    expect(container.querySelector('output')!.textContent).toBe('1');
    expect(steps).toBeLessThan(50);
  });

  it('is what stops the walk: without it, React steps over the whole story', () => {
    const { container } = render(<Harness spared={false} />);
    focusStory(container);
    expect(siblingStepsDuring(() => act(() => bumpCounter()))).toBeGreaterThan(1000);
  });

  it('leaves the story editable for the browser', () => {
    const { container } = render(<Harness spared />);
    const story = container.querySelector<HTMLElement>('[data-slate-editor="true"]')!;
    expect(story.getAttribute('contenteditable')).toBe('true');
  });
});
