// @vitest-environment jsdom
// A forged copy of this editor's own clipboard format (application/x-slate-fragment), which any web page can
// put on the clipboard: the editor pastes it without the paste cleanup, so what the story model refuses
// must not get into the story through it.

import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { storyFromSlate } from '../../../../renderer/src/editor/document/from-slate.ts';
import { PASTE_CLEANER } from '../../../../renderer/src/editor/paste-cleaner.ts';
import { createStory } from '../../../../shared/story/create.ts';
import { Story } from '../../../../shared/story/schema.ts';
import { doc, editorWith, p, photo } from '../builders.ts';

function clipboard(data: Record<string, string>): DataTransfer {
  return { getData: (type: string) => data[type] ?? '', types: Object.keys(data), files: [] } as unknown as DataTransfer;
}

/** The document after pasting `nodes` as slate-react writes a fragment: base64 of the URI-encoded JSON. */
function pasteFragment(nodes: unknown[]) {
  const editor = editorWith(doc({ body: [p('Before |')] }), { cleaner: PASTE_CLEANER });
  editor.insertData(clipboard({ 'application/x-slate-fragment': btoa(encodeURIComponent(JSON.stringify(nodes))), 'text/plain': 'x' }));
  return editor.children as Descendant[];
}

const base = createStory({ id: '01m8gk2c3d4e5f6g7h8j9k0m1n', now: new Date('2026-11-28T09:00:00.000Z') });

describe('pasting a forged fragment', () => {
  it('keeps the words of a link to a script, without the link', () => {
    const document = pasteFragment([
      { type: 'paragraph', children: [{ text: 'A ' }, { type: 'link', url: 'javascript:__xss(1)', children: [{ text: 'forged link' }] }, { text: ' <img src=x onerror=__xss(2)>' }] },
    ]);
    const story = storyFromSlate(document, base);
    expect(JSON.stringify(story.body)).not.toContain('javascript:');
    expect(JSON.stringify(story.body)).toContain('forged link <img src=x onerror=__xss(2)>');
    expect(Story.safeParse(story).success).toBe(true);
  });

  it('drops the file name of a photo that leads out of the story folder, so the story still saves', () => {
    const forged = { ...photo('forged', { caption: 'Forged caption' }), media: '../../../library.json' };
    const story = storyFromSlate(pasteFragment([p('Copied'), forged]), base);
    const result = Story.safeParse(story);
    expect(result.success, result.success ? '' : result.error.issues[0]?.message).toBe(true);
  });
});
