// A build-time change to slate-react, for the renderer bundle only. slate-react wraps every element in a
// React context provider whose value is the element itself. The story's body is chunked
// (renderer/src/editor/create-story-editor.ts), and every keystroke in it makes the body a new object, so
// its provider's value changes on every keystroke. React then looks for readers of that context under every
// chunk that did not change — it walks each one's whole subtree, some 40,000 fibers for a 100k-word story,
// about 10 ms a keystroke, and finds none: each block below has a provider of its own, and nothing reads
// the body's.
//
// So an element whose children are chunked gets, as its context value, the element as first rendered, kept
// by its Slate key (stable across versions of the same node): nothing below changes, nothing is walked.
// Only a component rendered directly inside the body that reads useElement() could see an older body, and
// there is none (the Body region takes its element from its props; every child of the body is an element
// with a provider of its own).
//
// The change is a text replacement in slate-react's ES build; the build stops with a clear message if a
// new slate-react no longer has the code it replaces. Tests (Vitest) and `electron-vite dev` use slate-react
// as published: the change is about speed, not behaviour.

import type { Plugin } from 'vite';

const SLATE_REACT_BUILD = /[\\/]node_modules[\\/]slate-react[\\/]dist[\\/]index\.es\.js$/;

/** The provider slate-react renders around each element (hooks/use-children.tsx in its sources). */
const ELEMENT_PROVIDER = `React.createElement(ElementContext.Provider, {
      key: \`provider-\${key.id}\`,
      value: n
    }`;

const STEADY_ELEMENT_PROVIDER = `React.createElement(ElementContext.Provider, {
      key: \`provider-\${key.id}\`,
      value: copydeskElementContextValue(editor, n, key)
    }`;

const HELPER = `
// Added by Copydesk's build (electron/build/steady-chunked-element-context.ts).
const copydeskChunkedElements = new WeakMap();
function copydeskElementContextValue(editor, element, key) {
  if (!editor.getChunkSize(element)) return element;
  let steady = copydeskChunkedElements.get(key);
  if (!steady) copydeskChunkedElements.set(key, (steady = element));
  return steady;
}
`;

/** The replacement, applied to slate-react's source text; throws when slate-react's code has changed. */
export function steadyChunkedElementContext(source: string): string {
  const found = source.split(ELEMENT_PROVIDER).length - 1;
  if (found !== 1) {
    throw new Error(
      `slate-react's element provider was found ${found} times, not once: this slate-react differs from the one ` +
        'electron/build/steady-chunked-element-context.ts was written for. Check whether the change is still ' +
        'needed (nested chunking in slate-react) and update or remove it.',
    );
  }
  return source.replace(ELEMENT_PROVIDER, STEADY_ELEMENT_PROVIDER) + HELPER;
}

export function steadyChunkedElementContextPlugin(): Plugin {
  return {
    name: 'copydesk:steady-chunked-element-context',
    enforce: 'pre',
    transform(code, id) {
      if (!SLATE_REACT_BUILD.test(id)) return null;
      return { code: steadyChunkedElementContext(code), map: null };
    },
  };
}
