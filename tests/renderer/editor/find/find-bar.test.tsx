// @vitest-environment jsdom
// The Find bar in a rendered editor: Ctrl+F opens it over the text, typing marks and counts the matches,
// Escape closes it; Ctrl+H adds the Replace row, and "Replace all" replaces and says how many.

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { Editor } from 'slate';
import { Editable, Slate } from 'slate-react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStoryEditor, normalizedDocument } from '../../../../renderer/src/editor/create-story-editor.ts';
import { DecorationContext } from '../../../../renderer/src/editor/decorations/decoration-context.ts';
import { MarkedText } from '../../../../renderer/src/editor/decorations/marked-text.tsx';
import { useEditorDecorations } from '../../../../renderer/src/editor/decorations/use-editor-decorations.ts';
import type { StoryEditor } from '../../../../renderer/src/editor/document/types.ts';
import { FindBar } from '../../../../renderer/src/editor/find/find-bar.tsx';
import { StoryElement } from '../../../../renderer/src/editor/render/element.tsx';
import { StoryLeaf } from '../../../../renderer/src/editor/render/leaf.tsx';
import { bold, doc, p, photo } from '../builders.ts';

let editor: StoryEditor;

function Harness({ document }: { document: ReturnType<typeof doc> }) {
  const [created] = useState(createStoryEditor);
  editor = created;
  const decorations = useEditorDecorations(editor);
  return (
    <DecorationContext.Provider value={decorations}>
      <Slate editor={created} initialValue={normalizedDocument(document)}>
        <FindBar />
        <Editable aria-label="Story" renderElement={StoryElement} renderLeaf={StoryLeaf} renderText={MarkedText} decorate={decorations.decorate} />
      </Slate>
    </DecorationContext.Provider>
  );
}

const STORY = doc({
  headline: 'Port strike ends',
  lead: photo('p', { caption: 'The port at dawn' }),
  body: [p('Boats left the ', bold('port'), ' at noon.')],
});

const press = (key: string, init: KeyboardEventInit = {}) => act(() => void fireEvent.keyDown(window, { key, ...init }));
const matchTexts = (container: HTMLElement) => [...container.querySelectorAll('.find-match')].map((mark) => mark.textContent);

afterEach(cleanup);

describe('<FindBar>', () => {
  it('opens with Ctrl+F, marks and counts the matches as the query is typed, and closes with Escape', () => {
    const { container } = render(<Harness document={STORY} />);
    expect(screen.queryByRole('textbox', { name: 'Find' })).toBeNull();
    const event = new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, cancelable: true });
    act(() => void window.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true); // not the browser's own find
    const find = screen.getByRole('textbox', { name: 'Find' });
    expect(document.activeElement).toBe(find);

    fireEvent.change(find, { target: { value: 'port' } });
    expect(screen.getByText('1 of 3')).toBeTruthy();
    expect(matchTexts(container)).toEqual(['Port', 'port', 'port']);
    expect(container.querySelector('.find-current')?.textContent).toBe('Port');

    fireEvent.keyDown(find, { key: 'Enter' });
    expect(screen.getByText('2 of 3')).toBeTruthy();
    expect(container.querySelector('.find-current')?.textContent).toBe('port');
    fireEvent.keyDown(find, { key: 'Enter', shiftKey: true });
    expect(screen.getByText('1 of 3')).toBeTruthy();
    press('F3');
    press('F3');
    expect(screen.getByText('3 of 3')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Match case' }));
    expect(screen.getByText('2 of 2')).toBeTruthy(); // still at the body's "port"
    expect(matchTexts(container)).toEqual(['port', 'port']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Whole word' }));
    fireEvent.change(find, { target: { value: 'por' } });
    expect(screen.getByText('No results')).toBeTruthy();
    expect(screen.getByText(/slug, keywords, notes/)).toBeTruthy();

    fireEvent.keyDown(find, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Find' })).toBeNull();
    expect(container.querySelectorAll('.find-match')).toHaveLength(0);
  });

  it('leaves Ctrl+F to a dialog open over the story', () => {
    render(
      <>
        <Harness document={STORY} />
        <div role="dialog" aria-label="Preferences" />
      </>,
    );
    press('f', { ctrlKey: true });
    expect(screen.queryByRole('textbox', { name: 'Find' })).toBeNull();
  });

  it('opens with Ctrl+H for replacing, and "Replace all" replaces every match as one undo step', async () => {
    const { container } = render(<Harness document={STORY} />);
    press('h', { ctrlKey: true });
    fireEvent.change(screen.getByRole('textbox', { name: 'Find' }), { target: { value: 'port' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Replace' }), { target: { value: 'harbour' } });
    // Slate renders its changes after the operations, a microtask later.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Replace all' })));
    expect(screen.getByText('Replaced 3')).toBeTruthy();
    expect(screen.getByText('No results')).toBeTruthy();
    expect(Editor.string(editor, [0])).toBe('harbour strike ends');
    expect(Editor.string(editor, [6])).toBe('Boats left the harbour at noon.');
    expect(container.querySelector('strong')?.textContent).toBe('harbour');
    act(() => editor.undo());
    expect(Editor.string(editor, [0])).toBe('Port strike ends');
    expect(Editor.string(editor, [5, 0, 1])).toBe('The port at dawn');
  });

  it('replaces the current match with "Replace" (or Enter in the Replace field) and moves on', () => {
    render(<Harness document={STORY} />);
    press('h', { ctrlKey: true });
    fireEvent.change(screen.getByRole('textbox', { name: 'Find' }), { target: { value: 'port' } });
    const replace = screen.getByRole('textbox', { name: 'Replace' });
    fireEvent.change(replace, { target: { value: 'Dock' } });
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    expect(Editor.string(editor, [0])).toBe('Dock strike ends');
    expect(screen.getByText('1 of 2')).toBeTruthy();
    fireEvent.keyDown(replace, { key: 'Enter' });
    expect(Editor.string(editor, [5, 0, 1])).toBe('The Dock at dawn');
    expect(screen.getByText('1 of 1')).toBeTruthy();
  });
});
