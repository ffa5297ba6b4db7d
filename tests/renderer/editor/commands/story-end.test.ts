// Ctrl+End goes to the end of the last text in the story, never into a slot that holds none.

import { describe, expect, it } from 'vitest';
import { moveToStoryEnd } from '../../../../renderer/src/editor/commands/navigation.ts';
import { storyEndKey } from '../../../../renderer/src/editor/keyboard/story-end.ts';
import { doc, editorWith, expected, p, render, video } from '../builders.ts';
import { keyEvent } from '../keyboard/key-event.ts';

const key = keyEvent;

describe('moveToStoryEnd()', () => {
  it('puts the caret after the last paragraph of a story with no related videos (the slot after it holds no text)', () => {
    const editor = editorWith(doc({ headline: 'Port |strike', body: [p('One.'), p('Two.')] }));
    expect(moveToStoryEnd(editor, false)).toBe(true);
    expect(render(editor)).toEqual(expected(doc({ headline: 'Port strike', body: [p('One.'), p('Two.|')] })));
  });

  it('puts the caret in the last video’s last field when the story ends with related videos', () => {
    const editor = editorWith(doc({ headline: '|', body: [p('One.')], related: [video('v1', { title: 'Harbour' })] }));
    moveToStoryEnd(editor, false);
    const { focus } = editor.selection!;
    const last = render(editor).at(-1);
    expect(JSON.stringify(last)).toContain('|');
    expect(focus.path[0]).toBe(editor.children.length - 1);
  });

  it('with Shift, selects from where the caret was to the end', () => {
    const editor = editorWith(doc({ body: [p('On|e.'), p('Two.')] }));
    moveToStoryEnd(editor, true);
    expect(render(editor)).toEqual(expected(doc({ body: [p('On[e.'), p('Two.]')] })));
  });
});

describe('storyEndKey()', () => {
  it('is Ctrl+End elsewhere and ⌘↓ or ⌘End on a Mac, extending with Shift', () => {
    expect(storyEndKey(key('End', { ctrlKey: true }), false)).toBe('move');
    expect(storyEndKey(key('End', { ctrlKey: true, shiftKey: true }), false)).toBe('extend');
    expect(storyEndKey(key('ArrowDown', { metaKey: true }), true)).toBe('move');
    expect(storyEndKey(key('End', { metaKey: true, shiftKey: true }), true)).toBe('extend');
    expect(storyEndKey(key('End'), false)).toBeNull(); // End alone: the end of the line, the browser's
    expect(storyEndKey(key('ArrowDown', { ctrlKey: true }), false)).toBeNull();
  });
});
