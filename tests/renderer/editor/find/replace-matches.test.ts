import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, Node } from 'slate';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../../shared/story/index.ts';
import { storyEditorWith } from '../../../../renderer/src/editor/create-story-editor.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import { storyFromSlate } from '../../../../renderer/src/editor/document/from-slate.ts';
import { findMatches } from '../../../../renderer/src/editor/find/find-matches.ts';
import { oneLine, replaceAll, replaceMatch } from '../../../../renderer/src/editor/find/replace-matches.ts';
import { bold, doc, editorWith, expected, link, p, photo, render } from '../builders.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/stories');
const STORY = parseStory(JSON.parse(readFileSync(join(FIXTURES, 'courthouse-arrests.json'), 'utf8')));

const query = (text: string, options: { matchCase?: boolean; wholeWord?: boolean } = {}) => ({
  text,
  matchCase: options.matchCase ?? false,
  wholeWord: options.wholeWord ?? false,
});

describe('replaceAll()', () => {
  it('replaces "at" in the courthouse story’s headline, caption, alt text and body as one undo step', () => {
    const editor = storyEditorWith(storyToSlate(STORY));
    const before = structuredClone(editor.children);
    const matches = findMatches(editor, query('at', { wholeWord: true }));
    expect(replaceAll(editor, matches, 'outside')).toBe(4);

    const story = storyFromSlate(editor.children, STORY);
    expect(story.headline).toBe('DOJ and DHS say immigration arrests outside courthouses will continue');
    expect(story.lead?.type === 'photo' && story.lead.caption).toContain('General Assembly, outside U.N. headquarters');
    expect(story.lead?.type === 'photo' && story.lead.alt).toContain('President Trump outside a lectern');
    expect(Node.string(Node.get(editor, [6, 0]))).toContain('make arrests outside courthouses');
    expect(findMatches(editor, query('at', { wholeWord: true }))).toEqual([]);

    editor.undo();
    expect(editor.children).toEqual(before);
    editor.redo();
    expect(storyFromSlate(editor.children, STORY).headline).toContain('arrests outside courthouses');
  });

  it('is undone on its own, leaving the typing just before it', () => {
    const editor = editorWith(doc({ headline: 'Port strike|', body: [p('The port is shut.')] }));
    for (const char of ' ends') editor.insertText(char);
    replaceAll(editor, findMatches(editor, query('port')), 'dock');
    expect(Editor.string(editor, [0])).toBe('dock strike ends');
    editor.undo();
    expect(Editor.string(editor, [0])).toBe('Port strike ends');
    expect(Editor.string(editor, [6])).toBe('The port is shut.');
  });

  it('keeps the marks and the link of the text around each match', () => {
    const editor = editorWith(doc({ body: [p('See ', bold('ICE'), ' and ', link('https://www.ice.gov/', 'ICE site'), ' and ICE.')] }));
    replaceAll(editor, findMatches(editor, query('ICE', { matchCase: true })), 'Immigration and Customs Enforcement');
    expect(editor.children).toEqual(
      expected(
        doc({
          body: [
            p(
              'See ',
              bold('Immigration and Customs Enforcement'),
              ' and ',
              link('https://www.ice.gov/', 'Immigration and Customs Enforcement site'),
              ' and Immigration and Customs Enforcement.',
            ),
          ],
        }),
      ),
    );
  });

  it('replaces a match written over two runs with the first run’s marks, and shorter or longer text in one block', () => {
    const editor = editorWith(doc({ body: [p('court', bold('house'), ' — the courthouse, the courthouse')] }));
    expect(replaceAll(editor, findMatches(editor, query('courthouse')), 'court')).toBe(3);
    expect(Editor.string(editor, [6, 0])).toBe('court — the court, the court');
  });

  it('puts a replacement with a line break into a one-line field as one line', () => {
    const editor = editorWith(doc({ headline: 'Storm hits port', lead: photo('p', { caption: 'The port at dawn' }) }));
    replaceAll(editor, findMatches(editor, query('port')), 'harbour\nfront');
    expect(Editor.string(editor, [0])).toBe('Storm hits harbour front');
    expect(Editor.string(editor, [5, 0, 1])).toBe('The harbour front at dawn');
    expect(oneLine('a \r\n b\u2028c')).toBe('a b c');
  });

  it('leaves the selection where it was, moved along by the edits before it', () => {
    const editor = editorWith(doc({ body: [p('a port, a port, a |port')] }));
    replaceAll(editor, findMatches(editor, query('a', { wholeWord: true })), 'the');
    expect(render(editor)).toEqual(expected(doc({ body: [p('the port, the port, the |port')] })));
  });

  it('does nothing, and adds no undo step, when there is nothing to replace', () => {
    const editor = editorWith(doc({ headline: 'Storm' }));
    expect(replaceAll(editor, [], 'x')).toBe(0);
    expect(editor.history.undos).toHaveLength(0);
  });
});

describe('replaceMatch()', () => {
  it('replaces one match as its own undo step and answers where the replacement ends', () => {
    const editor = editorWith(doc({ headline: 'Port strike at the port' }));
    const [, second] = findMatches(editor, query('port'));
    expect(replaceMatch(editor, second!, 'harbour')).toEqual({ path: [0, 0], offset: 'Port strike at the harbour'.length });
    expect(Editor.string(editor, [0])).toBe('Port strike at the harbour');
    editor.undo();
    expect(Editor.string(editor, [0])).toBe('Port strike at the port');
  });
});
