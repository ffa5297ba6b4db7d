import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, Node } from 'slate';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../../shared/story/index.ts';
import { storyEditorWith } from '../../../../renderer/src/editor/create-story-editor.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import { findMatches } from '../../../../renderer/src/editor/find/find-matches.ts';
import { bold, doc, editorWith, italic, link, p, photo, video } from '../builders.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/stories');
const courthouse = () =>
  storyEditorWith(storyToSlate(parseStory(JSON.parse(readFileSync(join(FIXTURES, 'courthouse-arrests.json'), 'utf8')))));

const query = (text: string, options: { matchCase?: boolean; wholeWord?: boolean } = {}) => ({
  text,
  matchCase: options.matchCase ?? false,
  wholeWord: options.wholeWord ?? false,
});

/** Each match as the text it covers and the kind of container it is in. */
function found(editor: Editor, text: string, options: { matchCase?: boolean; wholeWord?: boolean } = {}) {
  return findMatches(editor, query(text, options)).map((match) => {
    const container = Node.get(editor, match.blockPath) as { type: string; name?: string };
    return [container.name ?? container.type, Editor.string(editor, match.range)];
  });
}

describe('findMatches()', () => {
  it('finds a word written over several runs — part bold, part italic, part in a link — as one match', () => {
    const editor = editorWith(doc({ body: [p('The court', bold('hou'), italic('se'), ' and the ', link('https://example.com/', 'courthouse'), ' steps')] }));
    const matches = findMatches(editor, query('courthouse'));
    expect(matches.map((match) => Editor.string(editor, match.range))).toEqual(['courthouse', 'courthouse']);
    const [split, linked] = matches;
    expect(split!.pieces.map((piece) => piece.node.text.slice(piece.start, piece.end))).toEqual(['court', 'hou', 'se']);
    expect(split!.range).toEqual({ anchor: { path: [6, 0, 0], offset: 4 }, focus: { path: [6, 0, 2], offset: 2 } });
    expect(linked!.range).toEqual({ anchor: { path: [6, 0, 4, 0], offset: 0 }, focus: { path: [6, 0, 4, 0], offset: 10 } });
  });

  it('searches every region of the story: headline to related videos, with captions, alt text, credits and titles', () => {
    const editor = editorWith(
      doc({
        headline: 'Port strike ends',
        subheadline: 'The port reopens',
        highlights: ['Port workers vote'],
        byline: [['Ana Port', 'Port editor', 'Port Daily']],
        dateline: ['PORT TALBOT', 'Port Wire'],
        lead: photo('lead', { caption: 'The port at dawn', alt: 'Cranes at the port', credit: { photographers: 'Jo Port', organization: 'Port Photos' } }),
        body: [p('Boats left port.'), video('v', { title: 'Port scenes', caption: 'At the port' })],
        related: [video('r', { title: 'Port history' })],
      }),
    );
    expect(found(editor, 'port')).toEqual([
      ['headline', 'Port'],
      ['subheadline', 'port'],
      ['highlight', 'Port'],
      ['name', 'Port'],
      ['title', 'Port'],
      ['organization', 'Port'],
      ['location', 'PORT'],
      ['source', 'Port'],
      ['caption', 'port'],
      ['alt', 'port'],
      ['photographers', 'Port'],
      ['organization', 'Port'],
      ['paragraph', 'port'],
      ['video-title', 'Port'],
      ['caption', 'port'],
      ['video-title', 'Port'],
    ]);
    expect(found(editor, 'Port', { matchCase: true })).toHaveLength(10);
  });

  it('keeps "Match case" and "Whole word" on the courthouse story', () => {
    const editor = courthouse();
    expect(found(editor, 'courthouses').map(([where]) => where)).toEqual(['headline', 'highlight', 'paragraph', 'quote-text', 'list-item-text']);
    expect(found(editor, 'courthouses', { matchCase: true })).toHaveLength(4);
    expect(found(editor, 'ICE', { matchCase: true, wholeWord: true })).toEqual([
      ['list-item-text', 'ICE'],
      ['list-item-text', 'ICE'], // bold, in a link
      ['video-title', 'ICE'],
      ['caption', 'ICE'], // the related video's poster
    ]);
    expect(found(editor, 'at', { wholeWord: true }).map(([where]) => where)).toEqual(['headline', 'caption', 'alt', 'paragraph']);
    expect(found(editor, 'at')).toHaveLength(12); // "immigration", "that", "maintained" …
  });

  it('never looks inside a void, whatever it holds', () => {
    const editor = editorWith(doc({ lead: photo('lead', { caption: 'Harbour' }) }));
    // A picture is a void with one empty text in the story's shape; one that held a caption of its own (a
    // document from elsewhere, not yet normalised) must still not be searched: its text is not on screen.
    editor.children = structuredClone(editor.children);
    const preview = Node.get(editor, [5, 0, 0]) as unknown as { type: string; children: unknown[] };
    expect(preview.type).toBe('media-preview');
    preview.children = [{ type: 'field', name: 'caption', children: [{ text: 'Harbour at night' }] }];
    expect(found(editor, 'harbour')).toEqual([['caption', 'Harbour']]);
  });

  it('finds nothing for an empty query or in empty parts', () => {
    expect(findMatches(editorWith(doc({ headline: 'Storm' })), query(''))).toEqual([]);
    expect(findMatches(editorWith(doc()), query('a'))).toEqual([]);
  });
});
