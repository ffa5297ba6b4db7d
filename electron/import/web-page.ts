// A saved web page → SourceDocument. The page is parsed with linkedom (a DOM for Node that never runs a
// script or fetches anything) and the article is taken out of the page chrome by Mozilla's Readability, the
// extractor behind Firefox's Reader View, which works on a linkedom document as it is.
//
// Readability is built for reading, not for news desks: it drops a "STORY HIGHLIGHTS" box, the byline line
// and captions kept in a <div class="caption"> beside the picture. So those are read from the page first,
// and taken out of it so they are not read twice, then the extracted article is walked into blocks.

import { Readability } from '@mozilla/readability';
import { CopydeskError } from '../../shared/errors.ts';
import type { ImportNote } from '../../shared/import/imported-story.ts';
import type { SourceBlock, SourceDocument, SourcePicture } from '../../shared/import/source-document.ts';
import { parseByline } from '../../shared/import/byline.ts';
import { inlineText } from '../../shared/story/plain-text.ts';
import type { Inline } from '../../shared/story/schema.ts';
import { isElement, isTextNode, parseHtmlDocument, type DomDocument, type DomNode, type DomTree } from './dom-nodes.ts';
import { CREDIT_CLASS, htmlToBlocks, imageSource, listItems, plainText, safeLink } from './html-blocks.ts';
import { assertLooksLikeText, declaredHtmlCharset, decodeText, type DecodedText } from './text-decoding.ts';

/** What Readability leaves out but a news story needs, read from the page before extraction. */
export interface PageExtras {
  /** The headline the page prints (its article's h1), or '' when it prints none that is clearly one. */
  headline: string;
  /** The line under the headline that sums the story up (a "standfirst" or "dek"), or ''. */
  standfirst: string;
  /** The page's title for sharing or the browser tab (og:title, <title>): the assembler's fallback. */
  title: string;
  byline: string;
  highlights: Inline[][];
  /** Captions (with the credit printed beside them, on a line of its own) by the picture's src as written. */
  captions: Map<string, string>;
  /** The page's own address, for relative links. */
  baseUrl: string | undefined;
  /** The article's figures, to put back those Readability drops (a lead picture above the text, often). */
  figures: PageFigure[];
}

export interface PageFigure {
  picture: SourcePicture;
  /** The texts of the paragraphs before the figure in the page, nearest last. */
  after: string[];
}

/** The heading the highlights marker is read as, so the assembler finds the bullets that follow. */
export const HIGHLIGHTS_HEADING = 'Story highlights';

/** A highlights box's label: CNN's "STORY HIGHLIGHTS", and the plain "Highlights" some sites print. */
const HIGHLIGHTS_LABEL = /^(story\s+)?highlights:?$/i;
const BYLINE_CLASS = /byline/i;
const CAPTION_CLASS = /caption/i;
/** What a caption's credit element is called once Readability has taken every other class off. */
const KEPT_CREDIT_CLASS = 'copydesk-credit';
/** The page's own buttons and links inside a caption, by their class. */
const CAPTION_TOOL = /licens|purchase|enlarge|expand|toggle|share|button|icon/i;
/** Consent banners and pop-ups, by the names every consent manager gives them. */
const CHROME_NAME = /cookie|consent|gdpr|onetrust|cmp-banner|paywall|modal/i;
/** Advertisement slots: "ad", "ads", "advert…", "ad-slot" as a whole word of a class or id ("article-body__ad"). */
const AD_NAME = /(?:^|[\s_-])(?:ad|ads|adslot|advert\w*|dfp)(?:[\s_-]|$)/i;
/** A banner or an ad slot says little; an element with more text than this is kept, whatever its class. */
const MAX_CHROME_TEXT = 1500;
/** A caption is a few sentences; an element with "caption" in its class and more text is a container. */
const MAX_CAPTION_LENGTH = 600;
const STANDFIRST_NAME = /standfirst|(?:^|[\s_-])dek(?:[\s_-]|$)|strapline|sub-?headline|article-?summary/i;
const MAX_STANDFIRST_LENGTH = 300;
/** A byline is a line: anything longer is a box that merely has "byline" in its class. */
const MAX_BYLINE_LENGTH = 200;

/**
 * Readability's work grows faster than the page: past this many elements (a news page has a few thousand) the
 * article is not separated from the page, so that a huge or hostile page cannot keep the app busy for minutes.
 */
export const MAX_ELEMENTS_TO_EXTRACT = 30_000;

/**
 * Readability's work also grows with the square of how deeply the page nests: a page of divs 500 deep took it
 * ten seconds, 2,000 deep minutes. Real pages nest a few dozen deep; past this the body is read as it is.
 */
export const MAX_DEPTH_TO_EXTRACT = 100;

export interface WebPageReading {
  document: SourceDocument;
  /** How the page's bytes were read as text. */
  decoded: DecodedText;
  notes: ImportNote[];
}

export function readWebPage(bytes: Uint8Array, fileName: string): WebPageReading {
  assertLooksLikeText(bytes, fileName, 'a web page');
  const decoded = decodeText(bytes, declaredHtmlCharset(bytes));
  try {
    return { ...readPage(decoded.text, fileName), decoded };
  } catch (error) {
    // Markup nested thousands deep overflows the stack of any tree walk: refuse it in words, not a crash.
    if (error instanceof RangeError) {
      throw new CopydeskError('unsupported-file', `“${fileName}” could not be read: its markup is nested too deeply to be a web page.`);
    }
    throw error;
  }
}

function readPage(html: string, fileName: string): { document: SourceDocument; notes: ImportNote[] } {
  const document = parseHtmlDocument(html);
  const extras = takePageExtras(document);
  const notes: ImportNote[] = [];

  // The article, or — when Readability finds none (a very short page), the page is too large or too deep, or
  // its markup is too broken for Readability — the body.
  const elementCount = document.querySelectorAll('*').length;
  const wholePageRead = (why: string) =>
    notes.push({
      severity: 'warning',
      message: `“${fileName}” ${why} to separate the story from the page around it: the whole page was read. Check for menus and links left in the text.`,
    });
  let article: ReturnType<Readability['parse']> = null;
  if (elementCount > MAX_ELEMENTS_TO_EXTRACT) {
    wholePageRead(`is too large (${elementCount.toLocaleString('en')} elements)`);
  } else if (nestsDeeperThan(document.body, MAX_DEPTH_TO_EXTRACT)) {
    wholePageRead(`nests its markup too deeply (more than ${MAX_DEPTH_TO_EXTRACT} levels)`);
  } else {
    try {
      article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
        keepClasses: false,
        classesToPreserve: [KEPT_CREDIT_CLASS],
      }).parse();
    } catch (error) {
      // Readability assumes a browser's tidy tree; some broken markup parses to one it trips over.
      if (error instanceof RangeError) throw error;
      wholePageRead('has markup too broken');
    }
  }
  const root = article?.content ? parseHtmlDocument(`<!doctype html><html><body>${article.content}</body></html>`).body : document.body;

  const blocks: SourceBlock[] = [];
  // Readability takes the headline out of the article (and turns any other h1 into an h2): it goes back in
  // as the one level-1 heading, which is where the assembler looks for it.
  if (extras.headline) blocks.push({ kind: 'heading', level: 1, text: [{ text: extras.headline }] });
  // The standfirst and the "By …" line go back where the page printed them, under the headline: the
  // assembler reads a short line followed by the byline as the subheadline.
  if (extras.standfirst) blocks.push({ kind: 'paragraph', text: [{ text: extras.standfirst }] });
  const bylineInText = parseByline(extras.byline) !== null;
  if (bylineInText) blocks.push({ kind: 'paragraph', text: [{ text: extras.byline }] });
  if (extras.highlights.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: [{ text: HIGHLIGHTS_HEADING }] });
    blocks.push({ kind: 'list', style: 'bulleted', items: extras.highlights });
  }
  const frontMatter = blocks.length;
  const articleBlocks = htmlToBlocks(root, { baseUrl: extras.baseUrl, captionFor: (src) => extras.captions.get(src) });
  blocks.push(...withoutRepeatedHeadline(articleBlocks, extras.headline));
  const withFigures = withFiguresPutBack(blocks, extras.figures, frontMatter);
  const title = extras.title || article?.title?.trim() || '';
  const byline = bylineInText ? '' : extras.byline || article?.byline?.trim() || '';
  return {
    document: { kind: 'web-page', fileName, ...(title ? { title } : {}), ...(byline ? { byline } : {}), blocks: withFigures },
    notes,
  };
}

/**
 * Reads from the page what the extraction would lose — headline, standfirst, byline, highlights, captions,
 * figures, the page's address — and takes out of it the parts that must not be read twice, and the chrome.
 */
export function takePageExtras(document: DomDocument): PageExtras {
  const baseUrl = pageAddress(document);
  // Readability resolves relative addresses against <base>: a saved page's "page_files/photo.jpg" would turn
  // into a web address. Without it the picture refs stay as the page wrote them.
  for (const base of Array.from(document.querySelectorAll('base'))) base.remove();

  removeChrome(document);
  tidyFigcaptions(document);
  const highlights = takeHighlights(document, baseUrl);
  const byline = takeByline(document);
  const standfirst = takeStandfirst(document);
  const title = metaContent(document, 'property', 'og:title') || metaContent(document, 'name', 'twitter:title') || documentTitle(document);
  const figures = readFigures(document, baseUrl);
  return { headline: printedHeadline(document, title), standfirst, title, byline, figures, highlights, captions: takeCaptions(document), baseUrl };
}

/**
 * The headline as the page prints it: the article's h1, or an h1 elsewhere whose words the page's title
 * contains (a site's logo is often an h1 too, and is not the headline).
 */
function printedHeadline(document: DomDocument, title: string): string {
  const inArticle = document.querySelector('article h1');
  if (inArticle && plainText(inArticle)) return plainText(inArticle);
  const normalisedTitle = normalise(title);
  for (const heading of Array.from(document.querySelectorAll('h1'))) {
    const text = plainText(heading);
    if (text.length > 3 && normalisedTitle.includes(normalise(text))) return text;
  }
  return '';
}

function documentTitle(document: DomDocument): string {
  const element = document.querySelector('title');
  return element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Cookie and consent banners, pop-up dialogs and advertisement slots: page chrome Readability does not
 * always recognise (it scores a consent banner's sentences like any other text).
 */
function removeChrome(document: DomDocument): void {
  for (const element of allElements(document)) {
    const role = element.getAttribute('role');
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    const looksLikeChrome =
      role === 'dialog' ||
      role === 'alertdialog' ||
      element.getAttribute('aria-modal') === 'true' ||
      CHROME_NAME.test(names) ||
      AD_NAME.test(names);
    if (looksLikeChrome && !mayHoldTheStory(element)) element.remove();
  }
}

/**
 * Never taken out as chrome, whatever its class says ("has-cookie-banner" on <body>, "ad-free" on the page's
 * wrapper): the page's frame, anything holding the article or its headline, and anything with the words of
 * more than a banner in it.
 */
function mayHoldTheStory(element: DomTree): boolean {
  if (['html', 'body', 'main', 'article'].includes(element.localName)) return true;
  if (element.querySelector('article, main, h1')) return true;
  return (element.textContent ?? '').length > MAX_CHROME_TEXT;
}

/**
 * A figcaption's own buttons and links ("Purchase Licensing Rights", "Enlarge this image") go; a credit it
 * marks up apart keeps a class Readability leaves on, so the walk can put the credit on a line of its own.
 */
function tidyFigcaptions(document: DomDocument): void {
  for (const figcaption of Array.from(document.querySelectorAll('figcaption'))) {
    for (const element of descendantElements(figcaption)) {
      const classes = element.getAttribute('class') ?? '';
      if (CAPTION_TOOL.test(classes) || element.localName === 'button') element.remove();
      else if (CREDIT_CLASS.test(classes)) element.setAttribute('class', KEPT_CREDIT_CLASS);
    }
  }
}

function metaContent(document: DomDocument, attribute: 'name' | 'property', value: string): string {
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    if ((meta.getAttribute(attribute) ?? '').toLowerCase() === value) {
      return (meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    }
  }
  return '';
}

/** The page's web address: its <base>, canonical link or og:url, when it is http(s). */
function pageAddress(document: DomDocument): string | undefined {
  const candidates = [
    document.querySelector('base')?.getAttribute('href'),
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(document, 'property', 'og:url'),
  ];
  for (const candidate of candidates) {
    if (candidate && /^https?:\/\//i.test(candidate.trim()) && safeLink(candidate)) return candidate.trim();
  }
  return undefined;
}

function allElements(document: DomDocument): DomTree[] {
  return Array.from(document.querySelectorAll('*'));
}

/** The "STORY HIGHLIGHTS" box: its label, then the first list after it. Both are taken out of the page. */
function takeHighlights(document: DomDocument, baseUrl: string | undefined): Inline[][] {
  const label = allElements(document).find(
    (element) =>
      !['html', 'body', 'script', 'style', 'title'].includes(element.localName) &&
      // Cheap first: only an element with the word in its own text can be the label (a whole-text test of
      // every element would cost the square of the page's depth).
      Array.from(element.childNodes).some((child) => isTextNode(child) && /highlights/i.test(child.textContent ?? '')) &&
      HIGHLIGHTS_LABEL.test(plainText(element)),
  );
  if (!label) return [];
  const list = listAfter(label);
  if (!list) return [];
  const items = listItems(list, baseUrl);
  list.remove();
  label.remove();
  return items;
}

/** The first ul/ol after `label`: among its following siblings, then its parent's, up to three levels. */
function listAfter(label: DomTree): DomTree | null {
  let current: DomTree | null = label;
  for (let level = 0; current && level < 3; level++) {
    for (let sibling = current.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling.localName === 'ul' || sibling.localName === 'ol') return sibling;
      const inside = sibling.querySelector('ul, ol');
      if (inside) return inside;
    }
    current = current.parentElement;
  }
  return null;
}

/** The standfirst (dek, strapline) under the headline, by the names sites give it; taken out of the page. */
function takeStandfirst(document: DomDocument): string {
  for (const element of allElements(document)) {
    if (!STANDFIRST_NAME.test(element.getAttribute('class') ?? '') || element.localName === 'body') continue;
    const text = plainText(element);
    if (text.length < 20 || text.length > MAX_STANDFIRST_LENGTH) continue;
    element.remove();
    return text;
  }
  return '';
}

/** The byline line (an element with "byline" in its class, else the author link), taken out of the page. */
function takeByline(document: DomDocument): string {
  const elements = allElements(document);
  const candidates = [
    ...elements.filter((element) => BYLINE_CLASS.test(element.getAttribute('class') ?? '')),
    ...elements.filter((element) => element.getAttribute('itemprop') === 'author'),
    ...elements.filter((element) => (element.getAttribute('rel') ?? '').split(/\s+/).includes('author')),
  ];
  for (const candidate of candidates) {
    const line = bylineLine(lineAround(candidate));
    const text = plainText(line);
    if (text.length < 3 || text.length > MAX_BYLINE_LENGTH) continue;
    line.remove();
    return text;
  }
  return metaContent(document, 'name', 'author') || metaContent(document, 'property', 'article:author');
}

/** An author link's whole line ("By <a>Jane Doe</a> and <a>John Roe</a>") when it starts with "By". */
function lineAround(element: DomTree): DomTree {
  const parent = element.parentElement;
  if (!parent || parent.localName === 'body') return element;
  const text = plainText(parent);
  return /^by\s+\S/i.test(text) && text.length <= MAX_BYLINE_LENGTH ? parent : element;
}

/**
 * The "By …" line inside a byline box that also holds the time stamp or the author's picture: the shortest
 * element whose words start with "By" and a name; the box itself when none does.
 */
function bylineLine(box: DomTree): DomTree {
  const lines = [box, ...descendantElements(box)].filter((element) => /^by\s+\S/i.test(plainText(element)));
  lines.sort((a, b) => plainText(a).length - plainText(b).length);
  return lines[0] ?? box;
}

/**
 * Each picture's caption as the page printed it: an element with "caption" in its class beside the picture,
 * and the "credit" element next to it when the credit is printed apart. Those elements are taken out of the
 * page: Readability would keep them as loose paragraphs, or drop them, and the caption belongs to the picture.
 * A <figure>'s own figcaption stays where it is, where the walk reads it.
 */
function takeCaptions(document: DomDocument): Map<string, string> {
  const captions = new Map<string, string>();
  for (const image of Array.from(document.querySelectorAll('img'))) {
    const src = imageSource(image);
    if (!src || captions.has(src)) continue;
    const caption = takeCaptionNear(image);
    if (caption) captions.set(src, caption);
  }
  return captions;
}

function takeCaptionNear(image: DomTree): string {
  // Up to three containers out from the picture: the box that holds picture and caption. A figure with a
  // figcaption is left to the walk; the search stops at a container holding another picture.
  let container: DomTree | null = image.parentElement;
  for (let level = 0; container && level < 3; level++) {
    if (container.localName === 'figure' && container.querySelector('figcaption')) return '';
    if (Array.from(container.querySelectorAll('img')).length > 1) return '';
    const found = descendantElements(container).filter((element) => {
      const classes = element.getAttribute('class') ?? '';
      return (
        (CAPTION_CLASS.test(classes) || CREDIT_CLASS.test(classes)) &&
        element.localName !== 'img' &&
        (element.textContent ?? '').length <= MAX_CAPTION_LENGTH
      );
    });
    // The outermost ones: a caption box holding a caption text and a credit counts once.
    const outermost = found.filter((element) => !found.some((other) => other !== element && contains(other, element)));
    const parts = outermost.map((element) => captionLines(element)).filter(Boolean);
    if (parts.length > 0) {
      for (const element of outermost) element.remove();
      return parts.join('\n');
    }
    if (container.localName === 'figure' || container.localName === 'body') return '';
    container = container.parentElement;
  }
  return '';
}

/** A caption box's text, its credit (and any other part marked apart) on a line of its own. */
function captionLines(box: DomTree): string {
  const parts = descendantElements(box).filter((element) => CREDIT_CLASS.test(element.getAttribute('class') ?? '') || CAPTION_CLASS.test(element.getAttribute('class') ?? ''));
  if (parts.length === 0) return plainText(box);
  return parts
    .filter((part) => !parts.some((other) => other !== part && contains(other, part)))
    .map((part) => plainText(part))
    .filter(Boolean)
    .join('\n');
}

function contains(ancestor: DomTree, node: DomTree): boolean {
  for (let current = node.parentElement; current; current = current.parentElement) if (current === ancestor) return true;
  return false;
}

function descendantElements(root: DomTree): DomTree[] {
  return Array.from(root.querySelectorAll('*'));
}

/**
 * The figures of the article (inside <article> or <main>; a page without either is not guessed at), each with
 * the paragraph it follows, read before Readability, which drops a figure it scores as chrome.
 */
function readFigures(document: DomDocument, baseUrl: string | undefined): PageFigure[] {
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.querySelector('[role="main"]');
  if (!scope) return [];
  const figures: PageFigure[] = [];
  const paragraphs: string[] = [];
  for (const element of descendantElements(scope)) {
    if (element.localName === 'p') {
      const text = plainText(element);
      if (text) paragraphs.push(text);
    } else if (element.localName === 'figure') {
      const wrapper: DomNode = { nodeType: DOCUMENT_FRAGMENT, childNodes: [element], textContent: null };
      for (const block of htmlToBlocks(wrapper, { baseUrl })) {
        if (block.kind === 'picture' && block.ref) figures.push({ picture: block, after: [...paragraphs] });
      }
    }
  }
  return figures;
}

const DOCUMENT_FRAGMENT = 11;

/**
 * Puts back the article's figures that the extraction lost: after the nearest paragraph before them in the
 * page that was kept, or — for one before all the kept text, the usual lead picture — before the article's
 * first paragraph (after the headline, standfirst and byline put in front of it).
 */
function withFiguresPutBack(blocks: SourceBlock[], figures: readonly PageFigure[], frontMatter: number): SourceBlock[] {
  const present = new Set(blocks.flatMap((block) => (block.kind === 'picture' && block.ref ? [block.ref] : [])));
  const result = [...blocks];
  const paragraphAt = (text: string) =>
    result.findIndex((block) => block.kind === 'paragraph' && normalise(inlineText(block.text)) === normalise(text));
  for (const { picture, after } of figures) {
    if (present.has(picture.ref!)) continue;
    // The nearest paragraph before the figure that was kept: looked for from the nearest back.
    let anchor: number | undefined;
    for (let index = after.length - 1; index >= 0 && anchor === undefined; index--) {
      const at = paragraphAt(after[index]!);
      if (at >= frontMatter) anchor = at;
    }
    if (anchor !== undefined) {
      result.splice(anchor + 1, 0, picture);
    } else {
      const firstText = result.findIndex((block, index) => index >= frontMatter && block.kind !== 'heading' && block.kind !== 'list');
      result.splice(firstText === -1 ? result.length : firstText, 0, picture);
    }
    present.add(picture.ref!);
  }
  return result;
}

/** Readability usually drops the h1 that repeats the title; when it keeps one (as an h2), it is not read twice. */
function withoutRepeatedHeadline(blocks: SourceBlock[], headline: string): SourceBlock[] {
  if (!headline) return blocks;
  const index = blocks.findIndex((block) => block.kind === 'heading' && normalise(inlineText(block.text)) === normalise(headline));
  return index === -1 ? blocks : blocks.filter((_, position) => position !== index);
}

/** Whether elements under `root` nest more than `limit` deep: counted without recursion, and stopping there. */
function nestsDeeperThan(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(node.childNodes)) if (isElement(child)) stack.push([child, depth + 1]);
  }
  return false;
}
