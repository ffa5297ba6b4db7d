// Before every commit, React remembers where the caret is in the focused element, so that it can put it back
// should the commit move the focus. For a contenteditable it does that by walking the element's whole DOM,
// counting characters (react-dom's getSelectionInformation): on a 100k-word story, about 100,000 nodes and
// ~10 ms at every commit while the story has the focus — every keystroke, and every save notice or count
// that re-renders anything. The story editor never needs that help: Slate puts the caret back itself after
// each render, from its own selection.
//
// React decides whether an element has a caret worth remembering by `element.contentEditable === 'true'`.
// The editor's root answers 'inherit' to that property alone. The browser, Slate and assistive technology go
// by the contenteditable attribute and `isContentEditable`, which are untouched.

/** Makes `element` (the editor's contenteditable root) invisible to React's caret bookkeeping. */
export function spareReactTheCaretWalk(element: HTMLElement): () => void {
  Object.defineProperty(element, 'contentEditable', { configurable: true, get: () => 'inherit' });
  return () => {
    delete (element as { contentEditable?: string }).contentEditable;
  };
}
