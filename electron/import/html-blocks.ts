// HTML → SourceBlocks: the one walk a saved web page's extracted article and a Word document's converted
// HTML both go through. A block element (p, div, h2, li, td …) ends the text before it; an inline element
// only changes the marks or the link around its text. The HTML is only read, never run: scripts, styles,
// forms, frames and embedded players are skipped whole, and of all attributes only href, src and alt are
// looked at. Links keep only http(s) and mailto targets; any other (javascript:, data:, file:, a relative
// path with no page address to resolve it against) leaves its words as plain text.

import type { SourceBlock, SourcePicture } from '../../shared/import/source-document.ts';
import { inlineText } from '../../shared/story/plain-text.ts';
import { LinkUrl, type Inline, type Text } from '../../shared/story/schema.ts';
import { isElement, isTextNode, type DomElement, type DomNode } from './dom-nodes.ts';

export interface HtmlBlocksOptions {
  /** The page's own address (its <base>, canonical link or og:url), against which relative links resolve. */
  baseUrl?: string;
  /** The caption the page printed for a picture, by its src, for pictures whose caption the walk cannot see. */
  captionFor?: (src: string) => string | undefined;
}

/** Never text: code, styling, forms, frames and players. */
const SKIPPED = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track',
  'map', 'area', 'button', 'input', 'select', 'option', 'textarea', 'form', 'dialog',
]);

/** Elements that only change how their text looks or where it points: they never end a paragraph. */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr', 'picture', 'output',
]);

/** A caption's credit printed apart: <span class="credit"> (web-page.ts keeps that class through Readability). */
export const CREDIT_CLASS = /credit/i;

const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em', 'cite', 'dfn', 'var']);
const HEADING = /^h([1-6])$/;

interface Marks {
  bold: boolean;
  italic: boolean;
  /** The safe target of the link the text is in, or null. */
  link: string | null;
}

interface Run extends Marks {
  text: string;
}

const PLAIN: Marks = { bold: false, italic: false, link: null };

/** A figcaption standing on its own (Word's caption paragraphs): joined to its picture after the walk. */
interface LooseCaption {
  kind: 'loose-caption';
  text: Inline[];
}

type WalkBlock = SourceBlock | LooseCaption;

type TextKind = { kind: 'paragraph' } | { kind: 'quote' } | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 };

/** The blocks of everything under `root`, in reading order. */
export function htmlToBlocks(root: DomNode, options: HtmlBlocksOptions = {}): SourceBlock[] {
  const walker = new BlockWalker(options);
  walker.walkChildren(root, PLAIN);
  walker.flush();
  return attachLooseCaptions(walker.blocks);
}

class BlockWalker {
  readonly blocks: WalkBlock[] = [];
  private runs: Run[] = [];
  /** Pictures found inside a heading, a list or a table row, put after it. */
  private deferred: SourcePicture[] = [];
  private textKind: TextKind = { kind: 'paragraph' };

  constructor(private readonly options: HtmlBlocksOptions) {}

  walkChildren(node: DomNode, marks: Marks): void {
    for (const child of Array.from(node.childNodes)) this.walk(child, marks);
  }

  /** Ends the text gathered so far as a block of the current kind. */
  flush(): void {
    const text = runsToInlines(this.runs);
    this.runs = [];
    if (text.length === 0) return;
    const kind = this.textKind;
    if (kind.kind === 'heading') this.blocks.push({ kind: 'heading', level: kind.level, text });
    else this.blocks.push({ kind: kind.kind, text });
  }

  private walk(node: DomNode, marks: Marks): void {
    if (isTextNode(node)) {
      this.runs.push({ ...marks, text: node.textContent ?? '' });
      return;
    }
    if (!isElement(node)) return; // comments, processing instructions
    const tag = node.localName;
    if (SKIPPED.has(tag) || isHidden(node)) return;

    if (INLINE.has(tag)) {
      this.walkChildren(node, marksInside(node, marks, this.options.baseUrl));
      return;
    }
    switch (tag) {
      case 'br':
        this.flush();
        return;
      case 'img':
        this.flush();
        this.pushPicture(pictureOf(node, '', this.options));
        return;
      case 'ul':
      case 'ol':
        this.flush();
        this.pushList(node);
        return;
      case 'figure':
        this.flush();
        this.pushFigure(node);
        return;
      case 'figcaption': {
        this.flush();
        const text = runsToInlines(inlineRuns(node, PLAIN, this.options.baseUrl));
        if (text.length > 0) this.blocks.push({ kind: 'loose-caption', text });
        return;
      }
      case 'blockquote':
        this.withKind({ kind: 'quote' }, () => this.walkChildren(node, marks));
        return;
      case 'tr':
        this.flush();
        this.pushRow(node, marks);
        return;
    }
    const heading = HEADING.exec(tag);
    if (heading) {
      const level = Number(heading[1]) as 1 | 2 | 3 | 4 | 5 | 6;
      this.flush();
      // A heading is one line: what its markup breaks up (a <br>, a nested <div>) is joined with a space.
      const text = runsToInlines(inlineRuns(node, marks, this.options.baseUrl, (image) => this.deferred.push(image)));
      if (text.length > 0) this.blocks.push({ kind: 'heading', level, text });
      this.flushDeferred();
      return;
    }
    // Any other element (p, div, section, article, table cells …) is a block: it ends the text before it and
    // its own text ends with it.
    this.flush();
    this.walkChildren(node, marks);
    this.flush();
  }

  private flushDeferred(): void {
    for (const picture of this.deferred.splice(0)) this.pushPicture(picture);
  }

  private withKind(kind: TextKind, walk: () => void): void {
    this.flush();
    const outer = this.textKind;
    this.textKind = kind;
    walk();
    this.flush();
    this.textKind = outer;
  }

  private pushPicture(picture: SourcePicture | null): void {
    if (picture) this.blocks.push(picture);
  }

  /** A table row as one line of its cells, "North | Minor cracking | 1 week": a story has no tables. */
  private pushRow(row: DomElement, marks: Marks): void {
    const runs: Run[] = [];
    for (const cell of Array.from(row.childNodes)) {
      if (!isElement(cell) || (cell.localName !== 'td' && cell.localName !== 'th')) continue;
      const cellRuns = inlineRuns(cell, marks, this.options.baseUrl, (picture) => this.deferred.push(picture));
      if (runsToInlines(cellRuns).length === 0) continue;
      if (runs.length > 0) runs.push({ ...PLAIN, text: ' | ' });
      runs.push(...cellRuns);
    }
    const text = runsToInlines(runs);
    if (text.length > 0) this.blocks.push({ kind: 'paragraph', text });
    this.flushDeferred();
  }

  /** A list and the lists nested in it, as one flat list: a story's source lists are not nested. */
  private pushList(list: DomElement): void {
    const items: Inline[][] = [];
    collectItems(list, items, this.options.baseUrl, (image) => this.deferred.push(image));
    if (items.length > 0) {
      this.blocks.push({ kind: 'list', style: list.localName === 'ol' ? 'numbered' : 'bulleted', items });
    }
    this.flushDeferred();
  }

  /** A figure: each picture in it, the caption given to the first; a figure of text is read as text. */
  private pushFigure(figure: DomElement): void {
    const captionElement = descendants(figure).find((node) => node.localName === 'figcaption');
    const caption = captionElement ? captionText(captionElement) : '';
    const images = descendants(figure).filter((node) => node.localName === 'img');
    const pictures = images.map((image, index) => pictureOf(image, index === 0 ? caption : '', this.options));
    const found = pictures.filter((picture): picture is SourcePicture => picture !== null);
    if (found.length > 0) {
      for (const picture of found) this.blocks.push(picture);
      return;
    }
    if (images.length > 0) return; // only tracking pixels or pictures without a source
    // A figure without a picture: a pull quote, a chart's table, or a player the walk skips. Its text stays
    // text; a lone caption stays a caption (page text prints captions of pictures it does not carry).
    const hasOtherText = Array.from(figure.childNodes).some(
      (child) => child !== captionElement && plainText(child).length > 0,
    );
    if (hasOtherText) {
      this.walkChildren(figure, PLAIN);
      this.flush();
    } else if (caption) {
      this.blocks.push({ kind: 'picture', ref: null, alt: '', caption });
    }
  }
}

/** The items of a ul/ol (nested lists flattened after the item holding them); pictures in it are left out. */
export function listItems(list: DomElement, baseUrl?: string): Inline[][] {
  const items: Inline[][] = [];
  collectItems(list, items, baseUrl, () => {});
  return items;
}

/** The items of a list, nested lists flattened after the item holding them. */
function collectItems(
  list: DomElement,
  items: Inline[][],
  baseUrl: string | undefined,
  onPicture: (picture: SourcePicture) => void,
): void {
  for (const child of Array.from(list.childNodes)) {
    if (!isElement(child) || SKIPPED.has(child.localName) || isHidden(child)) continue;
    if (child.localName === 'ul' || child.localName === 'ol') {
      collectItems(child, items, baseUrl, onPicture); // Google Docs nests a list directly in a list
      continue;
    }
    const nested: DomElement[] = [];
    const runs = inlineRuns(child, PLAIN, baseUrl, onPicture, (element) => {
      if (element.localName !== 'ul' && element.localName !== 'ol') return false;
      nested.push(element);
      return true;
    });
    const text = runsToInlines(runs);
    if (text.length > 0) items.push(text);
    for (const sublist of nested) collectItems(sublist, items, baseUrl, onPicture);
  }
}

/**
 * The text runs under `node` as one line: block boundaries inside it become spaces. Pictures go to
 * `onPicture`; `claim` may take an element out of the line (a nested list in a list item).
 */
function inlineRuns(
  node: DomNode,
  marks: Marks,
  baseUrl: string | undefined,
  onPicture?: (picture: SourcePicture) => void,
  claim?: (element: DomElement) => boolean,
): Run[] {
  const runs: Run[] = [];
  const visit = (current: DomNode, currentMarks: Marks) => {
    for (const child of Array.from(current.childNodes)) {
      if (isTextNode(child)) {
        runs.push({ ...currentMarks, text: child.textContent ?? '' });
        continue;
      }
      if (!isElement(child) || SKIPPED.has(child.localName) || isHidden(child)) continue;
      if (claim?.(child)) continue;
      if (child.localName === 'img') {
        const picture = pictureOf(child, '', { baseUrl });
        if (picture) onPicture?.(picture);
        continue;
      }
      if (INLINE.has(child.localName)) {
        visit(child, marksInside(child, currentMarks, baseUrl));
      } else {
        runs.push({ ...currentMarks, text: ' ' });
        visit(child, currentMarks);
        runs.push({ ...currentMarks, text: ' ' });
      }
    }
  };
  visit(node, marks);
  return runs;
}

function marksInside(element: DomElement, marks: Marks, baseUrl: string | undefined): Marks {
  const tag = element.localName;
  if (BOLD.has(tag)) return { ...marks, bold: true };
  if (ITALIC.has(tag)) return { ...marks, italic: true };
  if (tag === 'a') {
    // A link inside a link keeps the outer one; an unsafe link is only its words.
    if (marks.link) return marks;
    const target = safeLink(element.getAttribute('href'), baseUrl);
    return target ? { ...marks, link: target } : marks;
  }
  return marks;
}

/** An http(s) or mailto address, resolved against the page's address when relative; null for anything else. */
export function safeLink(href: string | null, baseUrl?: string): string | null {
  const raw = (href ?? '').trim();
  if (!raw || raw.startsWith('#')) return null;
  let url: string;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    url = raw;
  } else {
    if (!baseUrl) return null;
    try {
      url = new URL(raw, baseUrl).href;
    } catch {
      return null;
    }
  }
  return LinkUrl.safeParse(url).success ? url : null;
}

/** A picture from an <img>: its src as the ref; null for a missing source or a tracking pixel. */
function pictureOf(image: DomElement, caption: string, options: HtmlBlocksOptions): SourcePicture | null {
  const ref = imageSource(image);
  if (!ref) return null;
  const width = Number(image.getAttribute('width'));
  const height = Number(image.getAttribute('height'));
  if ((width > 0 && width <= 2) || (height > 0 && height <= 2)) return null;
  const alt = collapse(image.getAttribute('alt') ?? '');
  const known = caption || options.captionFor?.(ref) || '';
  return { kind: 'picture', ref, alt, caption: known };
}

/** The picture's address: src, or the lazy-loading attributes news sites use before a script swaps them in. */
export function imageSource(image: DomElement): string | null {
  for (const name of ['src', 'data-src', 'data-original', 'data-lazy-src']) {
    const value = image.getAttribute(name)?.trim();
    // A placeholder data: GIF in src with the real picture in data-src is the usual lazy-loading pattern.
    if (value && !(name === 'src' && /^data:image\/gif/i.test(value) && image.getAttribute('data-src'))) return value;
  }
  return null;
}

function isHidden(element: DomElement): boolean {
  if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function descendants(node: DomNode): DomElement[] {
  const found: DomElement[] = [];
  const visit = (current: DomNode) => {
    for (const child of Array.from(current.childNodes)) {
      if (!isElement(child) || SKIPPED.has(child.localName)) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(node);
  return found;
}

/**
 * A figcaption's words, with a credit the page marks up apart (<span class="credit">) on a line of its own,
 * as the assembler reads a caption's credit line.
 */
function captionText(figcaption: DomElement): string {
  const credits: string[] = [];
  const runs = inlineRuns(figcaption, PLAIN, undefined, undefined, (element) => {
    if (!CREDIT_CLASS.test(element.getAttribute('class') ?? '')) return false;
    credits.push(plainText(element));
    return true;
  });
  return [inlineText(runsToInlines(runs)), ...credits].filter(Boolean).join('\n');
}

/** The words under a node on one line, as a caption or a byline is. */
export function plainText(node: DomNode): string {
  if (isTextNode(node)) return collapse(node.textContent ?? '');
  return inlineText(runsToInlines(inlineRuns(node, PLAIN, undefined)));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Runs → story inlines: white space collapsed as a browser shows it (a no-break space stays), the line
 * trimmed, neighbouring runs with the same marks joined, and runs in one link gathered into a Link.
 */
export function runsToInlines(runs: readonly Run[]): Inline[] {
  const collapsed: Run[] = [];
  let lastEndsInSpace = true; // at the start of the line, leading space goes
  for (const run of runs) {
    let text = run.text.replace(/[ \t\r\n\f]+/g, ' ');
    if (lastEndsInSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    lastEndsInSpace = text.endsWith(' ');
    collapsed.push({ ...run, text });
  }
  // Trailing space at the end of the line goes too.
  while (collapsed.length > 0) {
    const last = collapsed[collapsed.length - 1]!;
    last.text = last.text.replace(/ $/, '');
    if (last.text) break;
    collapsed.pop();
  }
  // A line of nothing but no-break spaces (Word's and many pages' empty paragraphs) is no line.
  if (collapsed.every((run) => run.text.trim() === '')) return [];

  const inlines: Inline[] = [];
  for (const run of collapsed) {
    const text: Text = { text: run.text, ...(run.bold ? { bold: true as const } : {}), ...(run.italic ? { italic: true as const } : {}) };
    const previous = inlines[inlines.length - 1];
    if (run.link) {
      if (previous && 'type' in previous && previous.url === run.link) appendText(previous.children, text);
      else inlines.push({ type: 'link', url: run.link, children: [text] });
    } else if (previous && !('type' in previous)) {
      const merged: Text[] = [previous];
      appendText(merged, text);
      inlines.splice(inlines.length - 1, 1, ...merged);
    } else {
      inlines.push(text);
    }
  }
  return inlines;
}

/** Adds a text run, joining it to the last one when the marks are the same. */
function appendText(texts: Text[], text: Text): void {
  const last = texts[texts.length - 1];
  if (last && Boolean(last.bold) === Boolean(text.bold) && Boolean(last.italic) === Boolean(text.italic)) {
    last.text += text.text;
  } else {
    texts.push(text);
  }
}

/**
 * Word prints a caption as a paragraph of its own under (or above) its picture: it joins the picture beside
 * it that has none. A caption with no picture beside it is read as the paragraph it looks like.
 */
function attachLooseCaptions(blocks: WalkBlock[]): SourceBlock[] {
  const result: SourceBlock[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'loose-caption') {
      result.push(block);
      continue;
    }
    const caption = inlineText(block.text);
    const before = result[result.length - 1];
    const after = blocks[index + 1];
    if (before?.kind === 'picture' && !before.caption) {
      before.caption = caption;
    } else if (after?.kind === 'picture' && !after.caption) {
      after.caption = caption;
    } else {
      result.push({ kind: 'paragraph', text: block.text });
    }
  }
  return result;
}
