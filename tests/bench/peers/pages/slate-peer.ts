// Bare slate-react: <Slate><Editable/></Slate> with nothing added (no plugins, render functions, decorations
// or history), holding the story's text as plain paragraphs. What Copydesk's editor costs beyond Slate itself
// is measured against this. Written without JSX so the test project's typecheck covers it as a .ts file.

import { createElement, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { loadParagraphs, markReady } from './load-paragraphs.ts';
import './peer.css';

const paragraphs = await loadParagraphs();
// Slate's own plain elements (no `type`): the cast is only for the typecheck, which sees Copydesk's element
// types declared for Slate across the project.
const initialValue = paragraphs.map((text) => ({ children: [{ text }] })) as unknown as Descendant[];
const editor = withReact(createEditor());

function BareSlate() {
  useEffect(() => markReady(paragraphs.length), []); // after React has committed: the paragraphs are in the document
  return createElement(Slate, {
    editor,
    initialValue,
    children: createElement(Editable, { className: 'peer-sheet', 'aria-label': 'Bare slate-react', spellCheck: false }),
  });
}

createRoot(document.getElementById('root')!).render(createElement(BareSlate));
