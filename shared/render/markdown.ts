// A story → Markdown (CommonMark with GitHub's extensions), for the Markdown export. The text reads well as
// it is, and a Markdown processor turns it into the same structure the HTML renderer writes
// (html/story-html.ts):
//
//   # Headline
//   _Subheadline_
//   **Story highlights** and a bulleted list
//   By Laura Jarrett, CNN
//   the lead picture or video
//   the body: the dateline opens the first paragraph in bold ("**(CNN)** — The …"), ## subheads,
//             > quotes with "> — Name", nested lists, pictures, videos
//   ## Related videos and a numbered list
//   ## Correction(s)
//
// A picture is its image, ![alt](media/<file>), then a caption line: the caption in italics and the credit
// line in the house style ("_Caption._ PHOTO: Richard Drew/AP"). A video is a "**Video: Title** (01:17)"
// line, its poster, its caption and credit, then the poster's caption and credit. Desk metadata (editor's
// notes, keywords, status, slug, embargo) is never printed.
//
// Story text is untrusted and must never turn into markup, so it is escaped — minimally, to stay readable:
// - anywhere: \ ` * [ ] < | ~ always (inside a link's text, [ and ] as &#91; and &#93;, which marked cannot
//   misread); _ unless it sits inside a word ("snake_case"); & when it would start an
//   entity ("&amp;"); the ":" of "https://", the "." of "www." and the "@" of an e-mail address, which
//   GitHub's Markdown would otherwise turn into links; "!" just before a link, which would make an image;
// - at the start of a line (of a paragraph, list item, quote): "#" headings, ">" quotes, "-" and "+"
//   bullets, "1." and "1)" numbers, and "---"/"===" lines that would underline the line above;
// - at the end of a heading: a " #" that would be read as its closing sequence.
// Leading and trailing spaces inside bold or italic text are moved outside the markers (CommonMark ignores
// "** bold**"), and where neither "**"/"_"/"*" can open and close at that spot (bold in the middle of a
// word, next to punctuation), the text is wrapped in <strong>/<em>, which every Markdown processor accepts.
// A line break typed in a paragraph (Shift+Enter) becomes a hard break, "\" at the end of the line.

import type { Inline, List, MediaFile, Photo, Poster, Story, Text, Video } from '../story/schema.ts';
import { formatDuration } from '../text/duration.ts';
import { isSafeLinkUrl } from './html/inline-html.ts';
import { mediaPath } from './render-options.ts';
import { dropForbiddenCharacters } from './escape-html.ts';
import { bylineLine, correctionDate, creditLine, DATELINE_DASH, datelineLabel, type CreditHouseStyle } from './story-lines.ts';

export interface MarkdownRenderOptions extends CreditHouseStyle {
  /**
   * The address an image loads a media file from; "media/<file>" (mediaPath) by default, which is where the
   * Markdown export writes the pictures. null leaves the picture out and keeps its caption.
   */
  mediaUrl?: (file: MediaFile) => string | null;
}

// ── text ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Line breaks made plain and the characters no output may hold dropped (escape-html.ts). */
function cleanText(text: string): string {
  return dropForbiddenCharacters(text.replace(/\r\n?/g, '\n'));
}

/** For one-line parts (headline, captions, titles): every run of white space becomes one space. */
function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/gu, ' ').trim();
}

/** Line breaks inside running text: the spaces around them go, and several in a row count as one. */
function collapseBreaks(text: string): string {
  return text.replace(/[^\S\n]*\n\s*/gu, '\n');
}

const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '[', ']', '<', '|', '~']);
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

function needsEscape(char: string, text: string, at: number): boolean {
  if (ALWAYS_ESCAPED.has(char)) return true;
  const before = text.slice(Math.max(0, at - 6), at);
  const after = text.slice(at + 1, at + 64);
  switch (char) {
    case '_':
      return !(WORD_END.test(before) && WORD_START.test(after));
    case '&':
      return ENTITY.test(text.slice(at, at + 40));
    case ':':
      return /(?:https?|ftp)$/i.test(before) && after.startsWith('//');
    case '.':
      return /www$/i.test(before);
    case '@':
      return /[A-Za-z0-9._+-]$/.test(before) && /^[A-Za-z0-9_-]+\.[A-Za-z0-9]/.test(after);
    default:
      return false;
  }
}

/** Brackets as character references, which every CommonMark processor reads as text (see escapeInline). */
const BRACKET_REFERENCES: Record<string, string> = { '[': '&#91;', ']': '&#93;' };

/**
 * Story text as Markdown inline text: every character that could start markup is escaped. Inside a link's
 * text brackets are written as "&#91;" and "&#93;": marked reads "\[x\](y)" there as a link or, after "!",
 * as a picture inside the link — a picture the story never had, loaded by whoever reads the Markdown.
 */
function escapeInline(text: string, { inBrackets = false } = {}): string {
  return text.replace(/[\\`*[\]<|~_&:.@]/g, (char, at: number) => {
    if (inBrackets && BRACKET_REFERENCES[char]) return BRACKET_REFERENCES[char];
    return needsEscape(char, text, at) ? `\\${char}` : char;
  });
}

/** The start of a line of text, where "#", ">", "-", "+", "1." and "---" would begin a block. */
function escapeLineStart(line: string): string {
  if (/^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|[-=]+[ \t]*$)/.test(line)) return `\\${line}`;
  const number = /^\d{1,9}(?=[.)](?:[ \t]|$))/.exec(line);
  return number ? `${number[0]}\\${line.slice(number[0].length)}` : line;
}

/** "Heading #" would lose its "#" as a closing sequence. */
function escapeHeadingEnd(text: string): string {
  return text.replace(/(^|[ \t])(#+)([ \t]*)$/, '$1\\$2$3');
}

/**
 * A link or image destination: white space, controls and angle brackets percent-encoded, backslashes and
 * entity-like "&…;" escaped, and the whole in <…> when it holds parentheses.
 */
function destination(url: string): string {
  // eslint-disable-next-line no-control-regex
  const encoded = cleanText(url).replace(/[\s<>\u0000-\u001F\u007F]/gu, (char) => encodeURIComponent(char));
  const escaped = encoded.replace(/[\\&]/g, (char, at: number) =>
    char === '\\' || ENTITY.test(encoded.slice(at, at + 40)) ? `\\${char}` : char,
  );
  return /[()]/.test(escaped) ? `<${escaped}>` : escaped;
}

// ── bold and italic ──────────────────────────────────────────────────────────────────────────────────────

type Mark = 'bold' | 'italic';
type Token = { kind: 'text'; text: string } | { kind: 'open' | 'close'; mark: Mark };
/** What a character is to CommonMark's emphasis rules ("left-flanking delimiter run"). */
type CharClass = 'space' | 'punctuation' | 'other';

const MARKS: readonly Mark[] = ['bold', 'italic'];
const marksOf = (run: Text): Mark[] => MARKS.filter((mark) => run[mark]);

function classOf(char: string | undefined): CharClass {
  if (char === undefined || /\s/u.test(char)) return 'space';
  return /[\p{P}\p{S}]/u.test(char) ? 'punctuation' : 'other';
}
const firstChar = (text: string) => /^[\s\S]/u.exec(text)?.[0];
const lastChar = (text: string) => /[\s\S]$/u.exec(text)?.[0];

const leftFlanking = (before: CharClass, after: CharClass) =>
  after !== 'space' && (after !== 'punctuation' || before !== 'other');
const rightFlanking = (before: CharClass, after: CharClass) =>
  before !== 'space' && (before !== 'punctuation' || after !== 'other');

function canOpen(delimiter: '*' | '_', before: CharClass, after: CharClass): boolean {
  if (!leftFlanking(before, after)) return false;
  return delimiter === '*' || !rightFlanking(before, after) || before === 'punctuation';
}

function canClose(delimiter: '*' | '_', before: CharClass, after: CharClass): boolean {
  if (!rightFlanking(before, after)) return false;
  return delimiter === '*' || !leftFlanking(before, after) || after === 'punctuation';
}

/** Open and close tokens around the runs, nested, the longer-lasting mark outside. */
function markTokens(runs: readonly Text[]): Token[] {
  const kept = runs.filter((run) => run.text !== '');
  // A run of spaces between two bold runs stays bold rather than closing and reopening the bold.
  const marks = kept.map((run, index) => {
    if (/\S/u.test(run.text)) return marksOf(run);
    const previous = kept[index - 1];
    const next = kept[index + 1];
    return previous && next ? marksOf(previous).filter((mark) => next[mark]) : [];
  });
  const lasting = (mark: Mark, from: number) => {
    let end = from;
    while (end < kept.length && marks[end]!.includes(mark)) end += 1;
    return end - from;
  };
  const tokens: Token[] = [];
  const open: Mark[] = [];
  kept.forEach((run, index) => {
    const wanted = marks[index]!;
    const firstGone = open.findIndex((mark) => !wanted.includes(mark));
    if (firstGone !== -1) {
      for (const mark of open.splice(firstGone).reverse()) tokens.push({ kind: 'close', mark });
    }
    const opening = wanted.filter((mark) => !open.includes(mark)).sort((a, b) => lasting(b, index) - lasting(a, index));
    for (const mark of opening) {
      open.push(mark);
      tokens.push({ kind: 'open', mark });
    }
    tokens.push({ kind: 'text', text: run.text });
  });
  for (const mark of open.reverse()) tokens.push({ kind: 'close', mark });
  return tokens;
}

/**
 * Spaces move out of the markers ("**bold **" → "**bold** "), empty pairs go, a mark closed and at once
 * reopened continues, and neighbouring texts join.
 */
function tidyTokens(input: Token[]): Token[] {
  const tokens = input.map((token) => ({ ...token }));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < tokens.length && !changed; i += 1) {
      const token = tokens[i]!;
      const previous = tokens[i - 1];
      const next = tokens[i + 1];
      changed = true;
      if (token.kind === 'text' && token.text === '') {
        tokens.splice(i, 1);
      } else if (token.kind === 'text' && next?.kind === 'text') {
        tokens.splice(i, 2, { kind: 'text', text: token.text + next.text });
      } else if (token.kind === 'open' && next?.kind === 'text' && /^\s/u.test(next.text)) {
        const space = /^\s+/u.exec(next.text)![0];
        tokens.splice(i, 2, { kind: 'text', text: space }, token, { kind: 'text', text: next.text.slice(space.length) });
      } else if (token.kind === 'close' && previous?.kind === 'text' && /\s$/u.test(previous.text)) {
        const space = /\s+$/u.exec(previous.text)![0];
        const kept = previous.text.slice(0, -space.length);
        tokens.splice(i - 1, 2, { kind: 'text', text: kept }, token, { kind: 'text', text: space });
      } else if (token.kind !== 'text' && next && next.kind !== 'text' && next.mark === token.mark && next.kind !== token.kind) {
        tokens.splice(i, 2);
      } else {
        changed = false;
      }
    }
  }
  return tokens.map((token) => (token.kind === 'text' ? { kind: 'text', text: collapseBreaks(token.text) } : token));
}

/**
 * Runs of text with their marks → Markdown. `before` and `after` say what stands outside the runs (the
 * start of a line, a bracket of a link), which decides whether "_" and "**" can open and close there.
 */
function markedText(runs: readonly Text[], before: CharClass, after: CharClass, inBrackets = false): string {
  const tokens = tidyTokens(markTokens(runs));
  const delimiters = new Map<number, string>();
  const pairs: { mark: Mark; open: number; close: number }[] = [];
  const stack: number[] = [];
  tokens.forEach((token, index) => {
    if (token.kind === 'open') stack.push(index);
    else if (token.kind === 'close') pairs.push({ mark: token.mark, open: stack.pop()!, close: index });
  });

  const side = (index: number, step: -1 | 1): CharClass => {
    const neighbour = tokens[index + step];
    if (!neighbour) return step < 0 ? before : after;
    if (neighbour.kind !== 'text') return 'punctuation';
    return classOf(step < 0 ? lastChar(neighbour.text) : firstChar(neighbour.text));
  };
  const works = (delimiter: '*' | '_', pair: { open: number; close: number }) =>
    canOpen(delimiter, side(pair.open, -1), side(pair.open, 1)) &&
    canClose(delimiter, side(pair.close, -1), side(pair.close, 1));
  const besideStars = (index: number) => delimiters.get(index - 1) === '**' || delimiters.get(index + 1) === '**';

  for (const pair of pairs.filter((candidate) => candidate.mark === 'bold')) {
    const delimiter = works('*', pair) ? '**' : 'strong';
    delimiters.set(pair.open, delimiter).set(pair.close, delimiter);
  }
  for (const pair of pairs.filter((candidate) => candidate.mark === 'italic')) {
    // "_" is the plain form; "*" also works inside a word, unless it would run into a "**".
    const stars = works('*', pair) && !besideStars(pair.open) && !besideStars(pair.close);
    const delimiter = works('_', pair) ? '_' : stars ? '*' : 'em';
    delimiters.set(pair.open, delimiter).set(pair.close, delimiter);
  }

  return tokens
    .map((token, index) => {
      if (token.kind === 'text') return escapeInline(token.text, { inBrackets }).replace(/\n/g, '\\\n');
      const delimiter = delimiters.get(index)!;
      if (delimiter === 'strong' || delimiter === 'em') return token.kind === 'open' ? `<${delimiter}>` : `</${delimiter}>`;
      return delimiter;
    })
    .join('');
}

// ── inline content ───────────────────────────────────────────────────────────────────────────────────────

/** Removes the white space at both ends of a sequence of runs, changing the runs (copies) in place. */
function trimEnds<Runs extends Text[]>(runs: Runs): Runs {
  for (const run of runs) {
    run.text = run.text.replace(/^\s+/u, '');
    if (run.text) break;
  }
  for (let index = runs.length - 1; index >= 0; index -= 1) {
    const run = runs[index]!;
    run.text = run.text.replace(/\s+$/u, '');
    if (run.text) break;
  }
  return runs;
}

/** A copy of the inlines with their text cleaned and the white space at both ends of the whole removed. */
function preparedInlines(inlines: readonly Inline[], singleLine: boolean): Inline[] {
  const clean = (run: Text): Text => {
    const text = cleanText(run.text);
    return { ...run, text: singleLine ? text.replace(/\s+/gu, ' ') : collapseBreaks(text) };
  };
  const copy = inlines.map((node): Inline => ('type' in node ? { ...node, children: node.children.map(clean) } : clean(node)));
  trimEnds(copy.flatMap((node) => ('type' in node ? node.children : [node])));
  return copy;
}

/** Inline content → one Markdown string (lines joined by hard breaks when it is not single-line). */
function inlineMarkdown(inlines: readonly Inline[], singleLine = false): string {
  let markdown = '';
  let runs: Text[] = [];
  const flush = (after: CharClass) => {
    if (runs.length > 0) markdown += markedText(runs, classOf(lastChar(markdown)), after);
    runs = [];
  };
  for (const node of preparedInlines(inlines, singleLine)) {
    if (!('type' in node)) {
      runs.push(node);
    } else if (!isSafeLinkUrl(node.url)) {
      // Only web and mail links are links; anything else keeps its words (as in the HTML).
      runs.push(...node.children);
    } else {
      // Spaces and line breaks at the ends of the link's text go outside it, as they do outside "**".
      const words = node.children.map((child) => child.text).join('');
      const leading = /^\s*/u.exec(words)![0];
      const trailing = words.trim() ? /\s*$/u.exec(words)![0] : '';
      if (leading) runs.push({ text: leading });
      flush('punctuation');
      // "!" right before "[" would make the link an image.
      if (markdown.endsWith('!')) markdown = `${markdown.slice(0, -1)}\\!`;
      markdown += `[${markedText(trimEnds(node.children), 'punctuation', 'punctuation', true)}](${destination(node.url)})`;
      if (trailing) runs.push({ text: trailing });
    }
  }
  flush('space');
  return markdown;
}

/** Inline content as the lines of a paragraph, list item or quote; [] when there is nothing to print. */
function inlineLines(inlines: readonly Inline[]): string[] {
  const markdown = inlineMarkdown(inlines);
  return markdown ? markdown.split('\n').map(escapeLineStart) : [];
}

const plain = (text: string): Text[] => [{ text }];

function heading(level: 1 | 2, inlines: readonly Inline[]): string[] {
  const text = inlineMarkdown(inlines, true);
  return text ? [`${'#'.repeat(level)} ${escapeHeadingEnd(text)}`] : [];
}

// ── blocks ───────────────────────────────────────────────────────────────────────────────────────────────

type Block = string[];
/** Which marker a list uses: two lists in a row need different ones ("-" then "*"), or Markdown joins them. */
type ListVariant = 0 | 1;

function listLines(list: List, variant: ListVariant, nested = false): string[] {
  const lines: string[] = [];
  list.items.forEach((item, index) => {
    const marker = list.style === 'numbered' ? `${index + 1}${variant ? ')' : '.'}` : variant ? '*' : '-';
    const indent = ' '.repeat(marker.length + 1);
    const content = inlineLines(item.children);
    if (content.length === 0) {
      // An empty first item of a nested list would underline its parent's text as a heading ("- a\n  -").
      lines.push(nested && index === 0 ? `${marker} <!-- -->` : marker);
    } else {
      lines.push(`${marker} ${content[0]}`, ...content.slice(1).map((line) => indent + line));
    }
    if (item.sublist) lines.push(...listLines(item.sublist, 0, true).map((line) => indent + line));
  });
  return lines;
}

/** The document as blocks, separated by one blank line. */
class MarkdownBlocks {
  private readonly blocks: Block[] = [];
  private lastList: { style: List['style']; variant: ListVariant } | null = null;

  add(...blocks: Block[]): void {
    for (const block of blocks) {
      if (block.length === 0) continue;
      this.blocks.push(block);
      this.lastList = null;
    }
  }

  addList(list: List): void {
    const variant: ListVariant = this.lastList?.style === list.style && this.lastList.variant === 0 ? 1 : 0;
    this.blocks.push(listLines(list, variant));
    this.lastList = { style: list.style, variant };
  }

  toString(): string {
    return `${this.blocks.map((block) => block.map((line) => line.trimEnd()).join('\n')).join('\n\n')}\n`;
  }
}

function textList(style: List['style'], entries: readonly string[]): List {
  return { type: 'list', style, items: entries.map((entry) => ({ children: plain(entry) })) };
}

interface MediaContext {
  style: CreditHouseStyle;
  mediaUrl: (file: MediaFile) => string | null;
}

function imageBlock(picture: Pick<Poster, 'media' | 'alt'>, context: MediaContext): Block {
  const url = picture.media ? context.mediaUrl(picture.media) : null;
  return url ? [`![${escapeInline(oneLine(picture.alt))}](${destination(url)})`] : [];
}

/** "_Caption._ PHOTO: Richard Drew/AP", leaving out what is empty. */
function captionBlock(caption: string, credit: string): Block {
  const text = oneLine(caption);
  const line = oneLine(credit);
  const inlines: Text[] = [];
  if (text) inlines.push({ text, italic: true });
  if (line) inlines.push({ text: text ? ` ${line}` : line });
  return inlineLines(inlines);
}

function photoBlocks(photo: Photo, context: MediaContext): Block[] {
  return [imageBlock(photo, context), captionBlock(photo.caption, creditLine(photo.credit, context.style))];
}

function videoBlocks(video: Video, context: MediaContext): Block[] {
  const title = oneLine(video.title);
  const image = video.poster ? imageBlock(video.poster, context) : [];
  const caption = captionBlock(video.caption, creditLine(video.credit, context.style, 'video'));
  const poster = video.poster ? captionBlock(video.poster.caption, creditLine(video.poster.credit, context.style)) : [];
  const hasContent =
    title || video.durationSeconds !== null || video.media || image.length || caption.length || poster.length;
  if (!hasContent) return [];
  const headingLine: Text[] = [{ text: title ? `Video: ${title}` : 'Video', bold: true }];
  if (video.durationSeconds !== null) headingLine.push({ text: ` (${formatDuration(video.durationSeconds)})` });
  return [inlineLines(headingLine), image, caption, poster];
}

/** Whether a related video has anything to show (as the HTML leaves out an empty one). */
function relatedVideoShown(video: Video, style: CreditHouseStyle): boolean {
  const poster = video.poster;
  return Boolean(
    oneLine(video.title) ||
      video.durationSeconds !== null ||
      video.media ||
      oneLine(video.caption) ||
      creditLine(video.credit, style) ||
      (poster && (poster.media || oneLine(poster.caption) || creditLine(poster.credit, style))),
  );
}

function quoteBlock(children: readonly Inline[], attribution: string): Block {
  const lines = inlineLines(children);
  const name = oneLine(attribution);
  if (name) lines.push(...(lines.length > 0 ? [''] : []), ...inlineLines(plain(`${DATELINE_DASH} ${name}`)));
  return lines.map((line) => (line ? `> ${line}` : '>'));
}



function addBody(document: MarkdownBlocks, story: Story, context: MediaContext): void {
  const dateline = datelineLabel(story.dateline);
  const datelineRuns: Text[] = dateline ? [{ text: dateline, bold: true }, { text: ` ${DATELINE_DASH} ` }] : [];
  const firstParagraph = story.body.findIndex((block) => block.type === 'paragraph');
  // A dateline with no paragraph to open still belongs to the story: it stands alone at the body's start.
  if (dateline && firstParagraph === -1) document.add(inlineLines(datelineRuns));
  story.body.forEach((block, index) => {
    switch (block.type) {
      case 'paragraph':
        document.add(inlineLines(index === firstParagraph ? [...datelineRuns, ...block.children] : block.children));
        break;
      case 'subhead':
        document.add(heading(2, block.children));
        break;
      case 'block-quote':
        document.add(quoteBlock(block.children, block.attribution));
        break;
      case 'list':
        document.addList(block);
        break;
      case 'photo':
        document.add(...photoBlocks(block, context));
        break;
      case 'video':
        document.add(...videoBlocks(block, context));
        break;
    }
  });
}

/** The story as CommonMark/GFM text: deterministic, blocks separated by one blank line, one final newline. */
export function renderStoryMarkdown(story: Story, options: MarkdownRenderOptions): string {
  const context: MediaContext = { style: options, mediaUrl: options.mediaUrl ?? mediaPath };
  const document = new MarkdownBlocks();

  document.add(heading(1, plain(oneLine(story.headline))));
  const subheadline = oneLine(story.subheadline);
  if (subheadline) document.add(inlineLines([{ text: subheadline, italic: true }]));
  const highlights = story.highlights.map(oneLine).filter(Boolean);
  if (highlights.length > 0) {
    document.add(inlineLines([{ text: 'Story highlights', bold: true }]));
    document.addList(textList('bulleted', highlights));
  }
  document.add(inlineLines(plain(oneLine(bylineLine(story.byline)))));

  if (story.lead?.type === 'photo') document.add(...photoBlocks(story.lead, context));
  if (story.lead?.type === 'video') document.add(...videoBlocks(story.lead, context));

  addBody(document, story, context);

  // Entries are titles only: their posters are not shown, so mediaUrl is not asked for them (the export
  // copies exactly the files it was asked for).
  const related = story.relatedVideos.filter((video) => relatedVideoShown(video, options));
  if (related.length > 0) {
    document.add(heading(2, plain('Related videos')));
    document.addList(
      textList(
        'numbered',
        related.map((video) => {
          const title = oneLine(video.title) || 'Video';
          return video.durationSeconds === null ? title : `${title} (${formatDuration(video.durationSeconds)})`;
        }),
      ),
    );
  }

  if (story.corrections.length > 0) {
    document.add(heading(2, plain(story.corrections.length === 1 ? 'Correction' : 'Corrections')));
    for (const correction of story.corrections) {
      document.add(inlineLines(plain(`${correctionDate(correction.date)}: ${oneLine(correction.text)}`)));
    }
  }

  return document.toString();
}
