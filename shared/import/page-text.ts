// Text copied or scraped from a news page (like ../shared/fixtures/cnn-courthouse-arrests.txt): one line per
// paragraph, the video list ("Now playing" / "01:17" / title, each poster's caption printed before it),
// "Story highlights", a dateline on a line of its own, photo captions followed by the page's credit line.
// The video list is read here (page-playlist.ts); everything else becomes blocks for assembleStory.

import { splitCaption } from '../credits/parse-credit.ts';
import { assembleStory, isHighlightsHeading, type AssembleOptions } from './assemble-story.ts';
import { parseByline } from './byline.ts';
import { distinctCaptions, isCreditLine } from './caption-lines.ts';
import { findDateline } from '../text/dateline.ts';
import type { ImportedStory } from './imported-story.ts';
import { inlineText, plainRuns } from './inline-runs.ts';
import { furnitureKind } from './page-furniture.ts';
import { readPlaylist } from './page-playlist.ts';
import type { SourceBlock, SourcePicture } from './source-document.ts';
import { isBlank, textLines } from './text-lines.ts';

const HIDE_CAPTION = /^hide caption$/i;
/** A headline is one short line that does not end like a sentence. */
const LONGEST_HEADLINE = 150;

type Line = { text: string; afterBlank: boolean };

/**
 * A line that is a caption by its credit: it ends with a photo credit in parentheses ("(AP Photo/Al Goldis)",
 * "(Photo by John Moore/Getty Images)", "(Maui County Fire Department via AP)"), after words of its own.
 */
function isCaptionWithCredit(text: string): boolean {
  const split = splitCaption(text);
  return split.credit !== null && split.caption !== '' && /^\(/.test(split.creditText) && /photo|\/|\bvia (?:AP|Reuters|Getty Images|AFP)\b/i.test(split.creditText);
}

/** Blocks from the story's lines: one paragraph per line, captions with their credit line as pictures. */
function storyBlocks(lines: readonly Line[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  /** The paragraphs since the last blank line: the caption lines a credit line may close. */
  let group: string[] = [];
  /** The picture just made from this group's lines, which a credit line under it belongs to. */
  let picture: SourcePicture | null = null;
  for (const line of lines) {
    if (line.afterBlank) {
      group = [];
      picture = null;
    }
    const text = line.text.trim();
    if (isHighlightsHeading(text)) {
      blocks.push({ kind: 'heading', level: 2, text: plainRuns(text) });
      group = [];
      picture = null;
      continue;
    }
    const creditLine = isCreditLine(text) && furnitureKind(text) === null;
    if (creditLine && picture) {
      picture.caption = `${picture.caption}\n${text}`;
      picture = null;
      continue;
    }
    if (creditLine || HIDE_CAPTION.test(text) || isCaptionWithCredit(text)) {
      const withLine = !HIDE_CAPTION.test(text);
      const captions = captionLinesBefore(withLine && !creditLine ? [...group, text] : group);
      const taken = withLine && !creditLine ? captions.length - 1 : captions.length;
      blocks.splice(blocks.length - taken, taken);
      const pictureLines = creditLine ? [...captions, text] : captions;
      picture = pictureLines.length > 0 ? { kind: 'picture', ref: null, alt: '', caption: pictureLines.join('\n') } : null;
      if (picture) blocks.push(picture);
      // "Hide Caption" stays for the assembler, which counts it among the gallery's furniture.
      if (!withLine) blocks.push({ kind: 'paragraph', text: plainRuns(text) });
      if (creditLine || !withLine) picture = null;
      group = [];
      continue;
    }
    blocks.push({ kind: 'paragraph', text: plainRuns(text) });
    group.push(text);
    picture = null;
  }
  return blocks;
}

/**
 * The caption lines a credit line closes: the line right above it, and the one above that when it is the
 * same caption printed again (the alt text, or the caption cut short). Never furniture or a section label.
 */
function captionLinesBefore(group: readonly string[]): string[] {
  const last = group[group.length - 1];
  if (last === undefined || furnitureKind(last) || isHighlightsHeading(last)) return [];
  const before = group[group.length - 2];
  if (before !== undefined && distinctCaptions([before, last]).length === 1) return [before, last];
  return [last];
}

const opensStory = (block: SourceBlock) => {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph') return false;
  const text = inlineText(block.text);
  return parseByline(text) !== null || findDateline(text) !== null;
};

/**
 * The page's headline, when the page printed one: the first line of the story, short, not ending like a
 * sentence, before the byline, the highlights or the dateline. Anything less certain is left alone.
 */
function markHeadline(blocks: SourceBlock[]): void {
  const first = blocks.findIndex((block) => {
    if (block.kind !== 'paragraph') return true;
    const text = inlineText(block.text);
    return furnitureKind(text) === null;
  });
  const block = blocks[first];
  if (!block || block.kind !== 'paragraph') return;
  const text = inlineText(block.text).trim();
  if (text.length > LONGEST_HEADLINE || /[.,:;]$/.test(text) || opensStory(block)) return;
  if (!blocks.slice(first + 1).some(opensStory)) return;
  blocks[first] = { kind: 'heading', level: 1, text: block.text };
}

export function importPageText(text: string, fileName: string, options: AssembleOptions = {}): ImportedStory {
  const lines = textLines(text, fileName);
  const playlist = readPlaylist(lines);
  const storyLines: Line[] = [];
  let afterBlank = true;
  lines.forEach((line, index) => {
    if (playlist.used.has(index)) {
      afterBlank = true;
    } else if (isBlank(line)) {
      afterBlank = true;
    } else {
      storyLines.push({ text: line, afterBlank });
      afterBlank = false;
    }
  });
  const blocks = storyBlocks(storyLines);
  markHeadline(blocks);
  const story = assembleStory({ kind: 'page-text', fileName, blocks }, options);
  return {
    ...story,
    parts: { ...story.parts, relatedVideos: playlist.videos },
    notes: [...story.notes, ...playlist.notes],
  };
}
