// Sanitised clipboard HTML → story blocks. One walk over the DOM serves every source: a block element
// (p, div, h2, li, td …) ends the text before it, an inline element only changes marks or the link, and
// the few source-specific habits are answered where they appear:
//   - Google Docs: bold/italic in inline CSS (inline-marks.ts); lists nested as <ul> directly in <ul>.
//   - Word: fake lists (word-lists.ts), MsoTitle/MsoHeading*/MsoQuote paragraph classes, hidden text.
//   - LibreOffice: one <ul> per nesting level, so adjacent lists are read as one sequence.
//   - Web pages: <br><br> as a paragraph break, figures, embedded players (dropped in sanitize.ts).
// Headings of any level become subheads: a headline pasted into the body is a section heading there.

import { BlockSink, type Context, ItemSink, type Sink, type TextBlockKind } from './block-sinks.ts';
import { NO_MARKS, inlineStyle, marksOf } from './inline-marks.ts';
import { resolveLink } from './links.ts';
import type { ListEntry, ListStyle } from './list-tree.ts';
import type { PastedBlock } from './rich-text.ts';
import { type PasteWarning, warn } from './warnings.ts';
import {
  type WordListStyles,
  isWordListMarker,
  withoutTypedMarker,
  wordListMarker,
  wordListParagraph,
  wordListStyle,
} from './word-lists.ts';

export interface HtmlToBlocksOptions {
  baseUrl?: string;
  wordListStyles: WordListStyles;
}

export interface HtmlToBlocksResult {
  blocks: PastedBlock[];
  warnings: PasteWarning[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const BLOCK_DISPLAY = /^(block|flex|grid|list-item|table)/;

/** Never text, even if sanitising were to let them through. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed',
  'img', 'picture', 'svg', 'math', 'video', 'audio', 'canvas', 'button', 'select', 'textarea', 'input',
]);

const HEADING = /^h[1-6]$/;
/** Word's Title, Subtitle and Heading 7–9 styles are paragraphs with a class (Heading 1–6 are <h1>–<h6>). */
const SUBHEAD_CLASS = /^mso(title|subtitle|heading\d)/;
/** Quote styles: Word's (MsoQuote, MsoIntenseQuote, MsoBlockText) and LibreOffice's class names for them. */
const QUOTE_CLASS = /^(mso(intense)?quote|msoblocktext$|quote$|intense-quote$|quotations$|block-text$)/;

const isElement = (node: Node): node is Element => node.nodeType === 1;
const isText = (node: Node): node is globalThis.Text => node.nodeType === 3;
const isList = (node: Node): boolean => isElement(node) && (node.localName === 'ul' || node.localName === 'ol');

/** Comments and whitespace between the paragraphs of a Word list or between adjacent lists. */
const isFiller = (node: Node) => !isElement(node) && (!isText(node) || (node.data ?? '').trim() === '');

function classNames(element: Element): string[] {
  return (element.getAttribute('class') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = inlineStyle(element);
  return style.get('display') === 'none' || style.get('mso-hide') === 'all' || style.get('visibility') === 'hidden';
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName) || BLOCK_DISPLAY.test(inlineStyle(element).get('display') ?? '');
}

function blockKindOf(element: Element): TextBlockKind | null {
  const tag = element.localName;
  const classes = classNames(element);
  if (HEADING.test(tag) || classes.some((name) => SUBHEAD_CLASS.test(name))) return 'subhead';
  if (tag === 'blockquote' || classes.some((name) => QUOTE_CLASS.test(name))) return 'block-quote';
  return null;
}

/** ol → numbered, ul → bulleted, unless CSS says otherwise (Google Docs writes list-style-type on each <li>). */
function listStyleOf(element: Element, fallback: ListStyle): ListStyle {
  const style = inlineStyle(element);
  const type = (style.get('list-style-type') ?? style.get('list-style') ?? '').toLowerCase().split(' ')[0] ?? '';
  if (/^(disc|circle|square)$/.test(type)) return 'bulleted';
  if (/^(decimal|decimal-leading-zero|lower-|upper-)/.test(type)) return 'numbered';
  return fallback;
}

class Walker {
  readonly warnings: PasteWarning[] = [];
  private warnedTable = false;

  constructor(private readonly options: HtmlToBlocksOptions) {}

  children(parent: Node, context: Context, sink: Sink) {
    const nodes = [...parent.childNodes];
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      if (isElement(node) && !isHidden(node) && (wordListParagraph(node) || isList(node))) {
        // A run of Word list paragraphs, or of adjacent lists (LibreOffice writes one <ul> per level).
        const wordRun = wordListParagraph(node) !== null;
        const run: Element[] = [];
        let next = index;
        for (; next < nodes.length; next++) {
          const candidate = nodes[next]!;
          if (isFiller(candidate)) continue;
          const fits =
            isElement(candidate) && !isHidden(candidate) && (wordRun ? wordListParagraph(candidate) !== null : isList(candidate));
          if (!fits) break;
          run.push(candidate);
        }
        index = next - 1;
        sink.listEntries(wordRun ? this.wordListEntries(run, context) : this.htmlListEntries(run, context));
        continue;
      }
      this.node(node, context, sink);
    }
  }

  node(node: Node, context: Context, sink: Sink) {
    if (isText(node)) {
      this.text(node.data, context, sink);
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (SKIPPED_TAGS.has(tag) || isHidden(node) || isWordListMarker(node)) return;
    if (tag === 'br') {
      sink.lineBreak();
      return;
    }
    if (isList(node)) {
      sink.listEntries(this.htmlListEntries([node], context));
      return;
    }
    if (tag === 'table' && !this.warnedTable) {
      this.warnedTable = true;
      this.warnings.push(warn.table());
    }
    const inner = this.contextOf(node, context);
    if (tag === 'figure') {
      this.figure(node, inner, sink);
      return;
    }
    // <blockquote><p>…</p><footer>— Name</footer></blockquote>: the footer names the speaker.
    if ((tag === 'footer' || tag === 'cite') && node.parentElement?.localName === 'blockquote') {
      if (sink.attribution(node.textContent ?? '')) return;
    }
    if (!isBlock(node)) {
      this.children(node, inner, sink);
      return;
    }
    sink.endBlock();
    this.children(node, inner, sink);
    sink.endBlock();
  }

  private text(data: string, context: Context, sink: Sink) {
    if (!context.pre) {
      sink.text(data, context);
      return;
    }
    data.split(/\r\n?|\n/).forEach((line, index) => {
      if (index > 0) sink.lineBreak();
      sink.text(line, context);
    });
  }

  private contextOf(element: Element, around: Context): Context {
    const marks = marksOf(element, around.marks);
    let href = around.href;
    if (element.localName === 'a' && element.hasAttribute('href')) {
      const decision = resolveLink(element.getAttribute('href') ?? '', this.options.baseUrl);
      if (decision.url !== null) href = decision.url;
      else if ('warning' in decision && decision.warning) this.warnings.push(decision.warning);
    }
    const kind = blockKindOf(element) ?? around.kind;
    const pre = around.pre || element.localName === 'pre';
    if (marks === around.marks && href === around.href && kind === around.kind && pre === around.pre) return around;
    return { ...around, marks, href, kind, pre };
  }

  /** A quote's figure gives its caption as the attribution; a picture's caption goes with the picture. */
  private figure(figure: Element, context: Context, sink: Sink) {
    const captions = [...figure.children].filter((child) => child.localName === 'figcaption');
    sink.endBlock();
    for (const child of figure.childNodes) {
      if (!captions.includes(child as Element)) this.node(child, context, sink);
    }
    sink.endBlock();
    if (figure.querySelector('blockquote')) {
      for (const caption of captions) sink.attribution(caption.textContent ?? '');
    }
  }

  private htmlListEntries(lists: Element[], context: Context): ListEntry[] {
    const entries: ListEntry[] = [];
    const visit = (list: Element, depth: number) => {
      const style = listStyleOf(list, list.localName === 'ol' ? 'numbered' : 'bulleted');
      for (const child of list.children) {
        if (isHidden(child)) continue;
        if (isList(child)) {
          visit(child, depth + 1); // Google Docs nests <ul> directly in <ul>
          continue;
        }
        const ariaLevel = Number(child.getAttribute('aria-level'));
        const level = Number.isInteger(ariaLevel) && ariaLevel > depth ? ariaLevel : depth;
        const item = new ItemSink();
        const itemContext: Context = { ...this.contextOf(child, context), kind: 'paragraph', listDepth: level };
        this.children(child, itemContext, item);
        entries.push({ level, style: listStyleOf(child, style), runs: item.runs }, ...item.nested);
      }
    };
    for (const list of lists) visit(list, context.listDepth + 1);
    return entries;
  }

  private wordListEntries(paragraphs: Element[], context: Context): ListEntry[] {
    return paragraphs.map((paragraph) => {
      const where = wordListParagraph(paragraph)!;
      const item = new ItemSink();
      this.children(paragraph, { ...this.contextOf(paragraph, context), kind: 'paragraph' }, item);
      const marker = wordListMarker(paragraph);
      const { runs, marker: typed } = marker ? { runs: item.runs, marker } : withoutTypedMarker(item.runs);
      return {
        level: context.listDepth + where.level,
        style: wordListStyle(where, this.options.wordListStyles, marker || typed),
        runs,
        listId: where.listId,
      };
    });
  }
}

/** The blocks in `root` (a parsed, sanitised <body>), and warnings about links that could not be kept. */
export function htmlToBlocks(root: Element, options: HtmlToBlocksOptions): HtmlToBlocksResult {
  const walker = new Walker(options);
  const sink = new BlockSink();
  const context: Context = { marks: NO_MARKS, href: null, kind: 'paragraph', pre: false, listDepth: 0 };
  walker.children(root, context, sink);
  sink.endBlock();
  return { blocks: sink.blocks, warnings: walker.warnings };
}
