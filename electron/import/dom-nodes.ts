// The little of the DOM the importers read, as structural types: the Node side compiles without the DOM
// library, and linkedom's nodes (what web-page.ts and word-document.ts parse with) fit these shapes.

import { parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  /** The tag name in lower case ("p", "figcaption"). */
  readonly localName: string;
  getAttribute(name: string): string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function isTextNode(node: DomNode): boolean {
  return node.nodeType === TEXT_NODE;
}

/** An element that can be searched, walked to its neighbours and removed: what linkedom gives. */
export interface DomTree extends DomElement {
  readonly parentElement: DomTree | null;
  readonly nextElementSibling: DomTree | null;
  querySelector(selector: string): DomTree | null;
  querySelectorAll(selector: string): ArrayLike<DomTree>;
  setAttribute(name: string, value: string): void;
  remove(): void;
}

export interface DomDocument {
  readonly body: DomTree;
  querySelector(selector: string): DomTree | null;
  querySelectorAll(selector: string): ArrayLike<DomTree>;
}

/**
 * Parses HTML into a document that is only read: linkedom runs no script and loads nothing. linkedom makes the
 * first element the document's root, so markup with no <html> element (which HTML allows a page to leave out)
 * is parsed again inside one: otherwise its text sits outside the body, and markup with no element at all
 * leaves a document with no body, whose first use throws.
 */
export function parseHtmlDocument(html: string): DomDocument {
  const { document } = parseHTML(html);
  if (document.documentElement?.localName === 'html') return document as unknown as DomDocument;
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as DomDocument;
}
