// Which words the editor marks as misspelt, and where: the marks come from the words the Node side called
// misspelt (here a fixed list stands in for the dictionary), less the names, personal words and ignored ones.

import { Editor, Node, Text, Transforms, type Path } from 'slate';
import { describe, expect, it } from 'vitest';
import { SpellingState } from '../../../../renderer/src/editor/spelling/spelling-state.ts';
import { SpellingVerdicts } from '../../../../renderer/src/editor/spelling/spelling-verdicts.ts';
import type { StoryEditor } from '../../../../renderer/src/editor/document/types.ts';
import { bold, doc, editorWith, li, link, p, photo, quote, ul, video } from '../builders.ts';

const MISSPELT = new Set(['recieve', 'teh', 'Teh', 'Sakauye', 'Recieve', 'Jarret', 'Hallo', 'colour', 'goverment']);

async function checked(editor: StoryEditor, setup: (state: SpellingState) => void = () => {}) {
  const asked: string[][] = [];
  const verdicts = new SpellingVerdicts(async (words) => {
    asked.push(words);
    return words.filter((word) => MISSPELT.has(word));
  });
  const state = new SpellingState(editor, verdicts, new Set());
  setup(state);
  verdicts.ask(state.unknownWords());
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { state, asked, verdicts };
}

/** Every mark in the document: the marked characters as written, with the text node's path. */
function marked(editor: Editor, state: SpellingState): { path: Path; text: string; word: string }[] {
  const found: { path: Path; text: string; word: string }[] = [];
  for (const [node, path] of Node.texts(editor)) {
    for (const mark of state.marks(node as Text, path)) {
      found.push({ path, text: (node as Text).text.slice(mark.start, mark.end), word: mark.spelling!.word });
    }
  }
  return found;
}

const markedWords = (editor: Editor, state: SpellingState) => marked(editor, state).map((mark) => mark.text);

describe('SpellingState', () => {
  it('marks misspelt words in the headline, highlights, body, captions, alt text and video titles', async () => {
    const editor = editorWith(
      doc({
        headline: 'Courts recieve letter',
        highlights: ['Officials said teh rule stays'],
        lead: photo('p1', { caption: 'A goverment building', alt: 'teh court' }),
        body: [p('They will recieve it.'), quote('Hallo there'), ul(li('colour'))],
        related: [video('v1', { title: 'The goverment responds' })],
      }),
    );
    const { state } = await checked(editor);
    expect(markedWords(editor, state)).toEqual(['recieve', 'teh', 'goverment', 'teh', 'recieve', 'Hallo', 'colour', 'goverment']);
  });

  it('leaves names and codes alone: byline, dateline, credits, durations and quote attributions', async () => {
    const editor = editorWith(
      doc({
        byline: [['Laura Jarret', 'Recieve', 'Jarret']],
        dateline: ['Recieve', 'Jarret'],
        lead: photo('p1', { credit: { photographers: 'Jarret Sakauye', organization: 'Recieve' } }),
        body: [quote('Fine words', 'Jarret Sakauye')],
        related: [video('v1', { duration: 'teh' })],
      }),
    );
    const { state, asked } = await checked(editor);
    expect(markedWords(editor, state)).toEqual([]);
    expect(asked.flat()).not.toContain('Jarret');
  });

  it('reads a word split over runs as one word and marks each run of it', async () => {
    const editor = editorWith(doc({ body: [p('They re', bold('cie'), 've it and ', link('https://example.com/recieve', 'teh'), ' rest')] }));
    const { state } = await checked(editor);
    expect(marked(editor, state).map(({ text, word }) => [text, word])).toEqual([
      ['re', 'recieve'],
      ['cie', 'recieve'],
      ['ve', 'recieve'],
      ['teh', 'teh'],
    ]);
  });

  it('asks only about words nothing has answered for, once', async () => {
    const editor = editorWith(doc({ body: [p('Teh judge met Sakauye and teh clerk; teh end.')] }));
    const { state, asked, verdicts } = await checked(editor, (spelling) => spelling.setNames(new Set(['Sakauye'])));
    expect(asked).toEqual([['Teh', 'judge', 'met', 'and', 'teh', 'clerk', 'end']]);
    verdicts.ask(state.unknownWords());
    expect(asked).toHaveLength(1);
  });

  it('does not mark a name the story teaches, a personal word or a word ignored in this story', async () => {
    const editor = editorWith(doc({ body: [p('Then Sakauye and Jarret said recieve and teh.')] }));
    const { state } = await checked(editor);
    expect(markedWords(editor, state)).toEqual(['Sakauye', 'Jarret', 'recieve', 'teh']);

    expect(state.setNames(new Set(['Sakauye']))).toBe(true);
    state.setPersonalWords([], ['Jarret']);
    state.ignore('teh');
    expect(markedWords(editor, state)).toEqual(['recieve']);
  });

  it('says when new names change nothing that was marked', async () => {
    const editor = editorWith(doc({ body: [p('Then Sakauye spoke.')] }));
    const { state } = await checked(editor);
    expect(state.setNames(new Set(['Nielsen']))).toBe(false);
  });

  it('does not mark the word being typed until the caret leaves it', async () => {
    const editor = editorWith(doc({ body: [p('They recieve|')] }));
    const { state } = await checked(editor);
    expect(markedWords(editor, state)).toEqual([]);
    expect(state.wordBeingTyped()).toMatchObject({ word: 'recieve' });
    Transforms.insertText(editor, ' ');
    expect(state.wordBeingTyped()).toBeNull();
    expect(markedWords(editor, state)).toEqual(['recieve']);
  });

  it('finds the misspelt word at the caret, and the next one after it, starting again from the top', async () => {
    const editor = editorWith(doc({ headline: 'Teh report', body: [p('We recieve it.'), p('Fine.')] }));
    const { state } = await checked(editor);
    const body = (offset: number) => ({ path: [6, 0, 0], offset });
    expect(state.misspeltAt(body(5))?.word).toBe('recieve');
    expect(state.misspeltAt(body(10))?.word).toBe('recieve'); // just after it
    expect(state.misspeltAt(body(1))).toBeNull();
    expect(state.nextMisspelt(body(0))?.word).toBe('recieve');
    expect(state.nextMisspelt(body(11))?.word).toBe('Teh');
    const found = state.nextMisspelt(null)!;
    expect(found).toMatchObject({ word: 'Teh', written: 'Teh' });
    expect(Editor.string(editor, found.range)).toBe('Teh');
  });

  it('says so when there is no misspelt word', async () => {
    const editor = editorWith(doc({ body: [p('All good here.')] }));
    const { state } = await checked(editor);
    expect(state.nextMisspelt(null)).toBeNull();
  });

  it('forgets the answers about words that leave the personal dictionary, so they are asked again', async () => {
    const editor = editorWith(doc({ body: [p('Then Sakauye spoke.')] }));
    const { state, verdicts } = await checked(editor);
    state.setPersonalWords([], ['Sakauye']);
    expect(verdicts.get('Sakauye')).toBeUndefined();
    expect(state.unknownWords()).toEqual([]);
    state.setPersonalWords(['Sakauye'], []);
    expect(state.unknownWords()).toEqual(['Sakauye']);
  });
});
