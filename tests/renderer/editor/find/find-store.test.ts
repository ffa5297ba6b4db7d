import { Editor, Node, Transforms, type Text } from 'slate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecorationStore } from '../../../../renderer/src/editor/decorations/decoration-store.ts';
import { countLabel, FindStore } from '../../../../renderer/src/editor/find/find-store.ts';
import { bold, doc, editorWith, p, photo } from '../builders.ts';

/** A store on an editor holding `document`, drawing into a decoration store, opened with `query`. */
function setUp(document: ReturnType<typeof doc>, query = '') {
  const editor = editorWith(document);
  const decorations = new DecorationStore(editor);
  const store = new FindStore(editor);
  const detach = store.attach(decorations);
  store.open({ replace: true });
  if (query) store.setQuery(query);
  return { editor, decorations, store, detach };
}

/** What the decorations mark in the text node at `path`: each marked piece, with "*" on the current one. */
function marked(editor: Editor, decorations: DecorationStore, path: number[]): string[] {
  const node = Node.get(editor, path) as Text;
  return decorations
    .decorate([node, path])
    .filter((range) => range.find)
    .map((range) => node.text.slice(range.anchor.offset, range.focus.offset) + (range.find?.current ? '*' : ''));
}

const selected = (editor: Editor) => (editor.selection ? Editor.string(editor, editor.selection) : null);
const label = (store: FindStore) => countLabel(store.getSnapshot());

afterEach(() => vi.useRealTimers());

describe('FindStore', () => {
  it('counts the matches, marks them all and selects the first from the caret', () => {
    const { editor, decorations, store } = setUp(doc({ headline: 'Port strike', body: [p('The port and the |port again.')] }), 'port');
    expect(label(store)).toBe('3 of 3');
    expect(marked(editor, decorations, [0, 0])).toEqual(['Port']);
    expect(marked(editor, decorations, [6, 0, 0])).toEqual(['port', 'port*']);
    expect(editor.selection).toEqual({ anchor: { path: [6, 0, 0], offset: 17 }, focus: { path: [6, 0, 0], offset: 21 } });
  });

  it('goes round the matches with next and previous, and says which is current', () => {
    const { editor, decorations, store } = setUp(doc({ headline: '|Port strike', body: [p('The port and the port.')] }), 'port');
    expect(label(store)).toBe('1 of 3');
    store.next();
    expect(label(store)).toBe('2 of 3');
    expect(marked(editor, decorations, [6, 0, 0])).toEqual(['port*', 'port']);
    store.next();
    store.next();
    expect(label(store)).toBe('1 of 3');
    expect(selected(editor)).toBe('Port');
    store.previous();
    expect(label(store)).toBe('3 of 3');
    expect(editor.selection?.anchor).toEqual({ path: [6, 0, 0], offset: 17 });
  });

  it('goes on from the caret when the person has moved it since', () => {
    const { editor, store } = setUp(doc({ headline: '|Port strike', body: [p('The port and the port.')] }), 'port');
    Transforms.select(editor, { path: [6, 0, 0], offset: 10 });
    store.next();
    expect(label(store)).toBe('3 of 3');
    Transforms.select(editor, { path: [6, 0, 0], offset: 10 });
    store.previous();
    expect(label(store)).toBe('2 of 3');
  });

  it('finds again with "Match case" and "Whole word"', () => {
    const { store } = setUp(doc({ headline: '|Port report', body: [p('The port, the portal.')] }), 'port');
    expect(label(store)).toBe('1 of 4');
    store.setOptions({ matchCase: true });
    expect(label(store)).toBe('1 of 3');
    store.setOptions({ wholeWord: true });
    expect(label(store)).toBe('1 of 1');
    store.setQuery('harbour');
    expect(label(store)).toBe('No results');
  });

  it('marks a match over several runs in each of them', () => {
    const { editor, decorations, store } = setUp(doc({ body: [p('The court', bold('house'), ' steps')] }), 'courthouse');
    expect(label(store)).toBe('1 of 1');
    expect(marked(editor, decorations, [6, 0, 0])).toEqual(['court*']);
    expect(marked(editor, decorations, [6, 0, 1])).toEqual(['house*']);
  });

  it('finds again once typing pauses, not on the keystroke', () => {
    vi.useFakeTimers();
    const { editor, store } = setUp(doc({ headline: 'Port strike', body: [p('|')] }), 'port');
    expect(label(store)).toBe('1 of 1');
    Transforms.insertText(editor, 'The port reopens.', { at: { path: [6, 0, 0], offset: 0 } });
    editor.onChange();
    expect(label(store)).toBe('1 of 1');
    vi.advanceTimersByTime(1000);
    expect(label(store)).toBe('1 of 2');
  });

  it('never goes to a match the document no longer has', () => {
    const { editor, store } = setUp(doc({ headline: '|Port strike', body: [p('The port and the port.')] }), 'port');
    Transforms.insertNodes(editor, p('A port first.'), { at: [6, 0] });
    store.next();
    // Found again before moving on: the new paragraph's port is the second match now.
    expect(label(store)).toBe('2 of 4');
    expect(editor.selection?.anchor.path).toEqual([6, 0, 0]);
  });

  it('replaces the current match and goes on to the next', () => {
    const { editor, store } = setUp(doc({ headline: '|Port strike', body: [p('The port and the port.')] }), 'port');
    store.next();
    store.setReplacement('harbour');
    expect(store.replaceCurrent()).toBe(true);
    expect(Editor.string(editor, [6])).toBe('The harbour and the port.');
    expect(label(store)).toBe('2 of 2');
    expect(editor.selection?.anchor).toEqual({ path: [6, 0, 0], offset: 20 });
    expect(store.getSnapshot().notice).toBe('Replaced 1');
  });

  it('replaces all as one undo step and says how many', () => {
    const { editor, store } = setUp(doc({ headline: 'Port strike', lead: photo('p', { caption: 'The port at dawn' }), body: [p('The port.')] }), 'port');
    store.setReplacement('harbour\nfront');
    expect(store.getSnapshot().replacement).toBe('harbour front');
    expect(store.replaceAll()).toBe(3);
    expect(store.getSnapshot().notice).toBe('Replaced 3');
    expect(label(store)).toBe('No results');
    expect(Editor.string(editor, [0])).toBe('harbour front strike');
    editor.undo();
    expect(Editor.string(editor, [0])).toBe('Port strike');
    expect(Editor.string(editor, [5, 0, 1])).toBe('The port at dawn');
    expect(Editor.string(editor, [6])).toBe('The port.');
  });

  it('takes its marks away when closed, and keeps the query for next time', () => {
    const { editor, decorations, store } = setUp(doc({ headline: 'Port strike' }), 'port');
    store.close();
    expect(store.getSnapshot()).toMatchObject({ open: false, query: 'port', count: 0 });
    expect(marked(editor, decorations, [0, 0])).toEqual([]);
    store.open();
    expect(marked(editor, decorations, [0, 0])).toEqual(['Port*']);
  });

  it('takes a short selection in the text as the query when opened from the text', () => {
    const editor = editorWith(doc({ headline: 'Storm', body: [p('The [port] reopens.')] }));
    const store = new FindStore(editor);
    store.open({ seed: true });
    expect(store.getSnapshot().query).toBe('port');
    store.close();
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [6, 0, 0], offset: 3 } });
    store.open({ seed: true });
    expect(store.getSnapshot().query).toBe('port'); // across parts: not a query, the last one is kept
  });
});
