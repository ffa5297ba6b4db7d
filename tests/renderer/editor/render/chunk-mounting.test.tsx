// @vitest-environment jsdom
// A long story opens in steps: the first of the body's chunks with the editor, the others one at a time
// after it — and the text a selection reaches is always on the page.

import { act, cleanup, render } from '@testing-library/react';
import { createRef, type RefObject } from 'react';
import { Editor, Transforms } from 'slate';
import { ELEMENT_TO_NODE } from 'slate-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStory } from '../../../../shared/story/create.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { CHUNKS_SHOWN_FIRST } from '../../../../renderer/src/editor/render/chunk-mounting.ts';
import { StoryEditor } from '../../../../renderer/src/editor/story-editor.tsx';
import type { StoryEdit } from '../../../../renderer/src/editor/sync/use-story-sync.ts';

/** Six chunks of fifty paragraphs (create-story-editor.ts). */
const PARAGRAPHS = 300;
const CHUNKS = PARAGRAPHS / 50;

const longStory: Story = {
  ...createStory({ id: '01jq0000000000000000000000', now: new Date('2026-03-01T10:00:00.000Z'), headline: 'A long story' }),
  body: Array.from({ length: PARAGRAPHS }, (_, index) => ({ type: 'paragraph' as const, children: [{ text: `Paragraph ${index} of the story.` }] })),
};

function openStory() {
  const editRef: RefObject<StoryEdit> = { current: () => {} };
  const view = render(<StoryEditor story={longStory} editRef={editRef} flushRef={createRef()} />);
  const story = view.container.querySelector<HTMLElement>('[data-slate-editor="true"]')!;
  return {
    filled: () => story.querySelectorAll('.body-chunk:not(.body-chunk-waiting)').length,
    waiting: () => story.querySelectorAll('.body-chunk-waiting').length,
    shows: (text: string) => story.textContent!.includes(text),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('opening a long story', () => {
  it('shows the first chunk with the editor, and fills the others one per idle moment', async () => {
    const page = openStory();
    expect(page.filled()).toBe(CHUNKS_SHOWN_FIRST);
    expect(page.waiting()).toBe(CHUNKS - CHUNKS_SHOWN_FIRST);
    expect(page.shows('Paragraph 0 of the story.')).toBe(true);
    expect(page.shows('Paragraph 299 of the story.')).toBe(false);

    const filledAfterEachTask: number[] = [];
    while (page.waiting() > 0 && filledAfterEachTask.length < 20) {
      await act(async () => vi.advanceTimersToNextTimer());
      filledAfterEachTask.push(page.filled());
    }
    expect(page.waiting()).toBe(0);
    expect(page.shows('Paragraph 299 of the story.')).toBe(true);
    // One more chunk each time, never several in one task.
    const steps = filledAfterEachTask.map((filled, index) => filled - (filledAfterEachTask[index - 1] ?? CHUNKS_SHOWN_FIRST));
    expect(Math.max(...steps)).toBe(1);
  });

  it('puts every chunk on the page at once when the selection moves into one still waiting', async () => {
    const page = openStory();
    const slateEditor = editorOf(document.querySelector<HTMLElement>('[data-slate-editor="true"]')!);
    const body = slateEditor.children.findIndex((node) => 'type' in node && node.type === 'body');
    await act(async () => Transforms.select(slateEditor, { path: [body, 280, 0], offset: 4 }));
    expect(page.waiting()).toBe(0);
    expect(page.shows('Paragraph 280 of the story.')).toBe(true);
  });
});

/** The Slate editor of a rendered editable element (slate-react records the editor as its root's node). */
function editorOf(element: HTMLElement): Editor {
  const node = ELEMENT_TO_NODE.get(element);
  if (!node || !Editor.isEditor(node)) throw new Error('not a Slate editor’s element');
  return node;
}
