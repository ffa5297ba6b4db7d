// @vitest-environment jsdom
// A wire caption pasted into a caption: its words go in the caption and, when the credit is still empty,
// its credit fills the credit's fields — one undo step, with a notice saying so. A credit already there is
// left alone (lint's credit-disagrees then says whether the two differ).

import { describe, expect, it } from 'vitest';
import { createStory } from '../../../../shared/story/create.ts';
import { storyFromSlate } from '../../../../renderer/src/editor/document/from-slate.ts';
import { PASTE_CLEANER } from '../../../../renderer/src/editor/paste-cleaner.ts';
import type { PasteNotice } from '../../../../renderer/src/editor/plugins/with-paste.ts';
import { doc, editorWith, expected, photo, render, video } from '../builders.ts';

const WIRE_CAPTION = 'President Trump speaks at the UN, Tuesday, Sept. 25, 2018. (AP Photo/Richard Drew)';

const story = createStory({ id: '01jq0000000000000000000000', now: new Date('2026-03-01T10:00:00.000Z') });

function clipboard(data: Record<string, string>): DataTransfer {
  return { getData: (type: string) => data[type] ?? '', types: Object.keys(data), files: [] } as unknown as DataTransfer;
}

function paste(input: ReturnType<typeof doc>, data: Record<string, string>) {
  const notices: PasteNotice[] = [];
  const editor = editorWith(input, { cleaner: PASTE_CLEANER, onWarnings: (found) => notices.push(...found) });
  editor.insertData(clipboard(data));
  return { editor, notices };
}

describe('pasting a caption with its credit', () => {
  it('puts the words in the caption and the credit in the empty credit fields, saying so', () => {
    const { editor, notices } = paste(doc({ body: [photo('a', { caption: '|' })] }), { 'text/plain': WIRE_CAPTION });
    expect(storyFromSlate(editor.children, story).body).toEqual([
      {
        type: 'photo',
        id: 'a',
        media: null,
        alt: '',
        caption: 'President Trump speaks at the UN, Tuesday, Sept. 25, 2018.',
        // The parsed credit knows an "AP Photo" is the agency's own staff picture.
        credit: { photographers: ['Richard Drew'], organization: 'AP', via: '', kind: 'staff', restrictions: [], copyright: '' },
      },
    ]);
    expect(JSON.stringify(render(editor))).toContain('Sept. 25, 2018.|');
    expect(notices).toEqual([{ message: 'Credit filled from the caption: Richard Drew/AP' }]);
  });

  it('is one undo step', () => {
    const input = doc({ body: [photo('a', { caption: '|' })] });
    const { editor } = paste(input, { 'text/plain': WIRE_CAPTION });
    editor.undo();
    expect(render(editor)).toEqual(expected(input));
  });

  it('takes the caption from the HTML when there is no plain text, and works in a video’s caption', () => {
    const { editor } = paste(doc({ related: [video('v', { caption: '|' })] }), {
      'text/html': `<p>${WIRE_CAPTION.replace('Trump', '<b>Trump</b>')}</p>`,
    });
    expect(storyFromSlate(editor.children, story).relatedVideos[0]).toMatchObject({
      caption: 'President Trump speaks at the UN, Tuesday, Sept. 25, 2018.',
      credit: { photographers: ['Richard Drew'], organization: 'AP' },
    });
  });

  it('leaves a credit that is already filled in, and the caption as pasted', () => {
    const input = doc({ body: [photo('a', { caption: '|', credit: { photographers: 'John Moore', organization: 'Getty Images' } })] });
    const { editor, notices } = paste(input, { 'text/plain': WIRE_CAPTION });
    expect(render(editor)).toEqual(
      expected(doc({ body: [photo('a', { caption: `${WIRE_CAPTION}|`, credit: { photographers: 'John Moore', organization: 'Getty Images' } })] })),
    );
    expect(notices).toEqual([]);
  });

  it('pastes a caption without a credit as it is', () => {
    const { editor, notices } = paste(doc({ body: [photo('a', { caption: '|' })] }), { 'text/plain': 'Boats wait in Dover, England, on Tuesday.' });
    expect(render(editor)).toEqual(expected(doc({ body: [photo('a', { caption: 'Boats wait in Dover, England, on Tuesday.|' })] })));
    expect(notices).toEqual([]);
  });

  it('does not split a credit out of text pasted into the alt text', () => {
    const { editor } = paste(doc({ body: [photo('a', { alt: '|' })] }), { 'text/plain': WIRE_CAPTION });
    expect(render(editor)).toEqual(expected(doc({ body: [photo('a', { alt: `${WIRE_CAPTION}|` })] })));
  });
});
