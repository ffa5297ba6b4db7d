// @vitest-environment jsdom
// The formatting toolbar shows each format's state where the caret is, and renders again only when a button's
// state changes — not on every keystroke of a long story.

import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler, useState } from 'react';
import { Transforms } from 'slate';
import { Slate } from 'slate-react';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizedDocument } from '../../../../renderer/src/editor/create-story-editor.ts';
import { EditorToolbar } from '../../../../renderer/src/editor/toolbar/toolbar.tsx';
import { bold, doc, editorWith, p } from '../builders.ts';

afterEach(cleanup);

function renderToolbar() {
  const editor = editorWith(normalizedDocument(doc({ body: [p('Plain words, then '), p(bold('bold ones'))] })));
  const commits = { count: 0 };
  function Harness() {
    const [value] = useState(() => editor.children);
    return (
      <Slate editor={editor} initialValue={value}>
        <Profiler id="toolbar" onRender={() => commits.count++}>
          <EditorToolbar onLink={() => {}} />
        </Profiler>
      </Slate>
    );
  }
  render(<Harness />);
  return { editor, commits };
}

const body = (editor: ReturnType<typeof editorWith>) => editor.children.findIndex((node) => 'type' in node && node.type === 'body');

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');
const disabled = (name: string) => (screen.getByRole('button', { name }) as HTMLButtonElement).disabled;

describe('EditorToolbar', () => {
  it('shows Bold pressed in bold text, and Undo once there is something to undo', async () => {
    const { editor } = renderToolbar();
    const at = body(editor);
    await act(async () => Transforms.select(editor, { path: [at, 0, 0], offset: 3 }));
    expect(pressed('Bold')).toBe('false');
    expect(disabled('Undo')).toBe(true);

    await act(async () => Transforms.select(editor, { path: [at, 1, 0], offset: 3 }));
    expect(pressed('Bold')).toBe('true');

    await act(async () => editor.insertText('x'));
    expect(disabled('Undo')).toBe(false);
  });

  it('does not render again for keystrokes that change no button', async () => {
    const { editor, commits } = renderToolbar();
    await act(async () => Transforms.select(editor, { path: [body(editor), 0, 0], offset: 5 }));
    await act(async () => editor.insertText('a')); // Undo becomes possible: one render
    const before = commits.count;
    for (const letter of 'nother few words') await act(async () => editor.insertText(letter));
    expect(commits.count).toBe(before);
  });
});
