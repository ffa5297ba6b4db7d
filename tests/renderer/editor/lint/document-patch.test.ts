// The lint worker is sent what changed in the document, and rebuilds from it exactly the editor's document.

import { Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { applyDocumentPatches, documentPatches } from '../../../../renderer/src/editor/lint/document-patch.ts';
import { doc, editorWith, p } from '../builders.ts';

const story = () => doc({ headline: 'Port strike ends', body: Array.from({ length: 40 }, (_, index) => p(`Paragraph ${index}.`)) });
const bodyIndex = (document: readonly Descendant[]) => document.findIndex((node) => 'type' in node && node.type === 'body');
const bodyBlocks = (document: readonly Descendant[]) => (document[bodyIndex(document)] as Descendant & { children: Descendant[] }).children;

/** The worker's copy after every change so far, patch by patch. */
function mirrorOf(steps: readonly (readonly Descendant[])[]): Descendant[] {
  let mirror: Descendant[] = [];
  let previous: readonly Descendant[] | null = null;
  for (const document of steps) {
    mirror = applyDocumentPatches(mirror, documentPatches(previous, document));
    previous = document;
  }
  return mirror;
}

describe('documentPatches', () => {
  it('sends the whole document the first time', () => {
    const editor = editorWith(story());
    expect(documentPatches(null, editor.children)).toEqual([{ kind: 'whole', document: editor.children }]);
  });

  it('sends only the paragraph typed in', () => {
    const editor = editorWith(story());
    const before = editor.children;
    const body = bodyIndex(before);
    Transforms.insertText(editor, 'Now: ', { at: { path: [body, 17, 0], offset: 0 } });
    const patches = documentPatches(before, editor.children);
    expect(patches).toEqual([{ kind: 'children', index: body, start: 17, deleteCount: 1, items: [bodyBlocks(editor.children)[17]] }]);
  });

  it('sends nothing for the same document', () => {
    const editor = editorWith(story());
    expect(documentPatches(editor.children, editor.children)).toEqual([]);
  });

  it('rebuilds the editor’s document through typing, splitting, joining, removing and retitling', () => {
    const editor = editorWith(story());
    const body = bodyIndex(editor.children);
    const steps: Descendant[][] = [editor.children];
    const edits = [
      () => Transforms.insertText(editor, 'Late: ', { at: { path: [body, 3, 0], offset: 0 } }),
      () => Transforms.splitNodes(editor, { at: { path: [body, 10, 0], offset: 4 } }),
      () => Transforms.mergeNodes(editor, { at: [body, 21] }),
      () => Transforms.removeNodes(editor, { at: [body, 0] }),
      () => Transforms.insertNodes(editor, p('A new last paragraph.'), { at: [body, bodyBlocks(editor.children).length] }),
      () => Transforms.insertText(editor, 'Strike over', { at: { path: [0, 0], offset: 0 } }),
    ];
    for (const edit of edits) {
      edit();
      steps.push(editor.children);
    }
    expect(mirrorOf(steps)).toEqual(editor.children);
  });
});
