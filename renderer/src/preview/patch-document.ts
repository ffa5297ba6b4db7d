// Brings the preview's live document up to date with newly rendered HTML without reloading it: no flash,
// the reader's scroll position kept, pictures not fetched again. The new HTML is parsed aside (DOMParser)
// and only what differs is swapped in: <head> children that changed (usually none), and in the body the
// top-level blocks — the body's blocks, the header's lines, figures, sections — whose markup changed. The
// containers holding them (main, article, header, the body) are kept and patched in place.
//
// Afterwards the live document is exactly what a fresh parse of the new HTML gives.

/** Elements patched child by child rather than replaced whole. */
const CONTAINERS = 'main, article, header, [data-part="body"]';

function isContainer(node: Node): node is Element {
  return node.nodeType === 1 && (node as Element).matches(CONTAINERS);
}

/** Two containers are the same one when their tag, part and class agree. */
function containerKey(element: Element): string {
  return `${element.localName}|${element.getAttribute('data-part') ?? ''}|${element.className}`;
}

/** A node's markup, as the key to find an unchanged node again when blocks were added, removed or moved. */
function markup(node: Node): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  return `${node.nodeType}:${node.nodeValue ?? ''}`;
}

function syncAttributes(live: Element, next: Element): void {
  for (const { name } of Array.from(live.attributes)) {
    if (!next.hasAttribute(name)) live.removeAttribute(name);
  }
  for (const { name, value } of Array.from(next.attributes)) {
    if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  }
}

/**
 * Makes `live`'s children equal to `next`'s. Unchanged runs at the start and the end are left alone; in
 * between, a node equal to a wanted one is reused (moved if need be), a container of the same kind is
 * patched in place, and anything else is imported from the parsed document.
 */
function patchChildren(live: Node, next: Node): void {
  const document = live.ownerDocument!;
  const before = Array.from(live.childNodes);
  const after = Array.from(next.childNodes);

  let start = 0;
  while (start < before.length && start < after.length && before[start]!.isEqualNode(after[start]!)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1]!.isEqualNode(after[endAfter - 1]!)) {
    endBefore--;
    endAfter--;
  }
  if (start === endBefore && start === endAfter) return;

  const middle = before.slice(start, endBefore);
  const byMarkup = new Map<string, Node[]>();
  for (const node of middle) {
    const key = markup(node);
    const same = byMarkup.get(key);
    if (same) same.push(node);
    else byMarkup.set(key, [node]);
  }
  const used = new Set<Node>();

  const placed = after.slice(start, endAfter).map((wanted): Node => {
    const same = byMarkup.get(markup(wanted))?.find((node) => !used.has(node));
    if (same) {
      used.add(same);
      return same;
    }
    if (isContainer(wanted)) {
      const kept = middle.find(
        (node): node is Element => !used.has(node) && isContainer(node) && containerKey(node) === containerKey(wanted),
      );
      if (kept) {
        used.add(kept);
        syncAttributes(kept, wanted);
        patchChildren(kept, wanted);
        return kept;
      }
    }
    return document.importNode(wanted, true);
  });

  for (const node of middle) if (!used.has(node)) live.removeChild(node);
  // Back to front, each node put just before the one after it — moved only when it is not there already.
  let reference: Node | null = before[endBefore] ?? null;
  for (let index = placed.length - 1; index >= 0; index--) {
    const node = placed[index]!;
    if (node.parentNode !== live || node.nextSibling !== reference) live.insertBefore(node, reference);
    reference = node;
  }
}

/** Patches `document` to hold `html`. */
export function patchDocument(document: Document, html: string): void {
  const next = new DOMParser().parseFromString(html, 'text/html');
  syncAttributes(document.documentElement, next.documentElement);
  patchChildren(document.head, next.head);
  syncAttributes(document.body, next.body);
  patchChildren(document.body, next.body);
}

/**
 * Patches `document`'s <head> to hold the head of `html` — a document, or only as much of one as runs past
 * its </head>: the part before the body's blocks is enough, and far quicker to parse than a long story.
 */
export function patchHead(document: Document, html: string): void {
  const next = new DOMParser().parseFromString(html, 'text/html');
  patchChildren(document.head, next.head);
}

/**
 * Replaces the body blocks that changed between `before` and `after` (each block's HTML, in order; each is
 * one element of `[data-part="body"]`, with a line break between them), parsing only those: typing in one
 * paragraph of a 100k-word story parses one paragraph, where patchDocument parses the whole story. Answers
 * false, touching nothing, when the document is not laid out as `before` says (patchDocument then does it).
 */
export function patchBodyBlocks(document: Document, before: readonly string[], after: readonly string[]): boolean {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  if (start === endBefore && start === endAfter) return true;
  const body = document.querySelector('[data-part="body"]');
  if (!body || body.children.length !== before.length || before.length === 0 || after.length === 0) return false;

  const added: Element[] = [];
  const template = document.createElement('template');
  for (const html of after.slice(start, endAfter)) {
    template.innerHTML = html;
    const element = template.content.firstElementChild;
    if (!element || template.content.childNodes.length !== 1) return false;
    added.push(element);
  }
  // Each block is followed by the line break that separates it from the next (the last one's closes the body).
  const old = Array.from(body.children).slice(start, endBefore);
  for (const element of old) {
    element.nextSibling?.remove();
    element.remove();
  }
  const reference = body.children[start] ?? null;
  for (const element of added) {
    body.insertBefore(document.adoptNode(element), reference);
    body.insertBefore(document.createTextNode('\n'), reference);
  }
  return true;
}
