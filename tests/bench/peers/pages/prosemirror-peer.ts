// ProseMirror's basic editor, as its own example builds it: prosemirror-schema-basic and exampleSetup (the
// menu bar, input rules, keymaps, history), holding the story's text as plain paragraphs. A reference point
// for what a mature editor spends on a keystroke in a document this long.

import { exampleSetup } from 'prosemirror-example-setup';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import 'prosemirror-menu/style/menu.css';
import 'prosemirror-example-setup/style/style.css';
import { loadParagraphs, markReady } from './load-paragraphs.ts';
import './peer.css';

const paragraphs = await loadParagraphs();
const doc = schema.node(
  'doc',
  null,
  paragraphs.map((text) => schema.node('paragraph', null, text ? [schema.text(text)] : [])),
);
new EditorView(document.getElementById('root')!, {
  state: EditorState.create({ doc, plugins: exampleSetup({ schema }) }),
  attributes: { class: 'peer-sheet', 'aria-label': 'ProseMirror', spellcheck: 'false' },
});
markReady(paragraphs.length);
