// A story → plain text as the wires send copy (AP, Reuters): what the "Plain text (wire style)" export
// writes, for pasting into a mail, a CMS box or a wire feed.
//
//   DOJ and DHS say immigration arrests at courthouses will continue      headline, then the subheadline
//
//   - DHS has maintained that courthouses are not …                      highlights, if any
//
//   By Laura Jarrett, CNN
//
//   PHOTO: President Donald Trump addresses … 2018. (Richard Drew/AP)     the lead picture or video
//
//   (CNN) — The Departments of Justice and Homeland Security said …      the dateline opens the story
//
// Paragraphs are separated by one blank line and not wrapped (the receiving end wraps). Subheads stand on
// their own line; a quote is printed in curly quotes with " — Name" after it; lists are "- item" and
// "1. item", nested by two spaces; a link is "text (url)" unless its text is the address already; bold and
// italic are dropped. Credits go in parentheses after captions (NEWSROOM.md, "Captions"): "PHOTO: caption
// (credit)", where the house-style line loses its "PHOTO: " label and an AP line, parenthesised already
// ("(AP Photo/Richard Drew) MANDATORY CREDIT"), is used as it is. A video is "VIDEO: title (01:17) — caption
// (credit)", its poster's caption "POSTER: caption (credit)". Then "RELATED VIDEOS", one line each, and
// "CORRECTION: April 1, 2017: text". Desk metadata (editor's notes, keywords, status, slug, embargo) is
// never printed.

import type { Inline, List, Poster, Story, Video } from '../story/schema.ts';
import { formatDuration } from '../text/duration.ts';
import { isSafeLinkUrl } from './html/inline-html.ts';
import { dropForbiddenCharacters } from './escape-html.ts';
import { bylineLine, correctionDate, creditLine, DATELINE_DASH, datelineLabel, type CreditHouseStyle } from './story-lines.ts';

// ── text ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Line breaks made plain and the characters no output may hold dropped (escape-html.ts). */
function cleanText(text: string): string {
  return dropForbiddenCharacters(text.replace(/\r\n?/g, '\n'));
}

/** For one-line parts (headline, captions, titles): every run of white space becomes one space. */
function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/gu, ' ').trim();
}

/** "www.ice.gov" is the address "https://www.ice.gov/" already; so is "jane@cnn.com" for "mailto:jane@cnn.com". */
function isTheAddress(text: string, url: string): boolean {
  const bare = (value: string) =>
    value
      .trim()
      .replace(/^(?:https?:\/\/|mailto:)/i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return bare(text) === bare(url);
}

/** Inline content as text: marks dropped, links as "text (url)". Line breaks typed in the text are kept. */
function inlineText(inlines: readonly Inline[]): string {
  let text = '';
  for (const node of inlines) {
    if (!('type' in node)) {
      text += node.text;
      continue;
    }
    const words = node.children.map((child) => child.text).join('');
    if (!isSafeLinkUrl(node.url)) {
      text += words;
      continue;
    }
    const core = words.trim();
    const [before, after] = [/^\s*/u.exec(words)![0], /\s*$/u.exec(words)![0]];
    if (!core) text += node.url;
    else text += `${before}${isTheAddress(core, node.url) ? core : `${core} (${node.url})`}${after}`;
  }
  return cleanText(text)
    .replace(/[^\S\n]*\n\s*/gu, '\n')
    .trim();
}

// ── captions and credits ─────────────────────────────────────────────────────────────────────────────────

/** True when the text opens with "(" and that parenthesis closes: "(AP Photo/Richard Drew) NO SALES". */
function opensWithGroup(text: string): boolean {
  if (!text.startsWith('(')) return false;
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return true;
  }
  return false;
}

/**
 * The credit line in parentheses: "PHOTO: Richard Drew/AP" → "(Richard Drew/AP)"; an AP line, in
 * parentheses already, is kept with the restrictions after it. '' for a credit that names no one.
 */
function parenthesizedCredit(line: string): string {
  const bare = oneLine(line).replace(/^(PHOTO|VIDEO):\s*/i, '');
  if (!bare) return '';
  return opensWithGroup(bare) ? bare : `(${bare})`;
}

/** "caption (credit)", leaving out what is empty, and the credit when the caption carries it already. */
function captionWithCredit(caption: string, credit: string): string {
  const text = oneLine(caption);
  return text.includes(credit) ? text : [text, credit].filter(Boolean).join(' ');
}

function pictureLine(label: string, picture: Pick<Poster, 'caption' | 'credit'>, style: CreditHouseStyle): string[] {
  const text = captionWithCredit(picture.caption, parenthesizedCredit(creditLine(picture.credit, style)));
  return text ? [`${label}: ${text}`] : [];
}

function videoLines(video: Video, style: CreditHouseStyle): string[] {
  const title = oneLine(video.title);
  const heading = [title, video.durationSeconds === null ? '' : `(${formatDuration(video.durationSeconds)})`]
    .filter(Boolean)
    .join(' ');
  const caption = captionWithCredit(video.caption, parenthesizedCredit(creditLine(video.credit, style, 'video')));
  // The dash parts the title from a caption; a credit alone follows the title directly.
  const line = heading && oneLine(video.caption) ? `${heading} ${DATELINE_DASH} ${caption}` : [heading, caption].filter(Boolean).join(' ');
  const poster = video.poster ? pictureLine('POSTER', video.poster, style) : [];
  if (!line && poster.length === 0 && !video.media && !video.poster?.media) return [];
  return [line ? `VIDEO: ${line}` : 'VIDEO', ...poster];
}

// ── blocks ───────────────────────────────────────────────────────────────────────────────────────────────

function listLines(list: List, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  return list.items.flatMap((item, index) => {
    const marker = list.style === 'numbered' ? `${index + 1}.` : '-';
    const [first = '', ...rest] = inlineText(item.children).split('\n');
    const continuation = `${indent}${' '.repeat(marker.length + 1)}`;
    return [
      `${indent}${marker}${first ? ` ${first}` : ''}`,
      ...rest.map((line) => continuation + line),
      ...(item.sublist ? listLines(item.sublist, depth + 1) : []),
    ];
  });
}

function quoteLines(children: readonly Inline[], attribution: string): string[] {
  const text = inlineText(children);
  const name = oneLine(attribution);
  const quoted = !text || /^[“"][\s\S]*[”"]$/u.test(text) ? text : `“${text}”`;
  const line = [quoted, name ? `${DATELINE_DASH} ${name}` : ''].filter(Boolean).join(' ');
  return line ? line.split('\n') : [];
}



function bodyBlocks(story: Story, style: CreditHouseStyle): string[][] {
  const dateline = datelineLabel(story.dateline);
  const firstParagraph = story.body.findIndex((block) => block.type === 'paragraph');
  const blocks: string[][] = [];
  // A dateline with no paragraph to open still belongs to the story: it stands alone at the body's start.
  if (dateline && firstParagraph === -1) blocks.push([`${dateline} ${DATELINE_DASH}`]);
  story.body.forEach((block, index) => {
    switch (block.type) {
      case 'paragraph': {
        const text = inlineText(block.children);
        const opened = index === firstParagraph && dateline ? `${dateline} ${DATELINE_DASH}${text ? ` ${text}` : ''}` : text;
        blocks.push(opened ? opened.split('\n') : []);
        break;
      }
      case 'subhead':
        blocks.push([oneLine(inlineText(block.children))]);
        break;
      case 'block-quote':
        blocks.push(quoteLines(block.children, block.attribution));
        break;
      case 'list':
        blocks.push(listLines(block));
        break;
      case 'photo':
        blocks.push(pictureLine('PHOTO', block, style));
        break;
      case 'video':
        blocks.push(videoLines(block, style));
        break;
    }
  });
  return blocks;
}

/** The story as wire-style plain text: deterministic, blocks separated by one blank line, one final newline. */
export function renderStoryText(story: Story, options: CreditHouseStyle): string {
  const blocks: string[][] = [];
  blocks.push([oneLine(story.headline), oneLine(story.subheadline)]);
  blocks.push(story.highlights.map(oneLine).filter(Boolean).map((highlight) => `- ${highlight}`));
  blocks.push([oneLine(bylineLine(story.byline))]);

  if (story.lead?.type === 'photo') blocks.push(pictureLine('PHOTO', story.lead, options));
  if (story.lead?.type === 'video') blocks.push(videoLines(story.lead, options));

  blocks.push(...bodyBlocks(story, options));

  const related = story.relatedVideos.filter((video) => videoLines(video, options).length > 0);
  if (related.length > 0) {
    blocks.push([
      'RELATED VIDEOS',
      ...related.map((video, index) => {
        const title = oneLine(video.title) || 'Video';
        const duration = video.durationSeconds === null ? '' : ` (${formatDuration(video.durationSeconds)})`;
        return `${index + 1}. ${title}${duration}`;
      }),
    ]);
  }

  blocks.push(
    story.corrections.map((correction) => `CORRECTION: ${correctionDate(correction.date)}: ${oneLine(correction.text)}`),
  );

  const text = blocks
    .map((lines) => lines.filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.map((line) => line.trimEnd()).join('\n'))
    .join('\n\n');
  return `${text}\n`;
}
