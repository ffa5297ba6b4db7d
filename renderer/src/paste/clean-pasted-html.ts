// Clipboard HTML → story blocks: sanitise with DOMPurify, parse the result with DOMParser, walk it.

import { htmlToBlocks } from './html-to-blocks.ts';
import type { PastedBlock } from './rich-text.ts';
import { sanitizeClipboardHtml } from './sanitize.ts';
import { type PasteWarning, distinctWarnings } from './warnings.ts';
import { readWordListStyles } from './word-lists.ts';

export interface CleanPasteOptions {
  /** The page the HTML was copied from, to resolve relative links; without it they become plain text. */
  baseUrl?: string;
}

export interface PasteResult {
  /** Paragraphs, subheads, block quotes and lists, valid story body blocks. */
  blocks: PastedBlock[];
  /** What was left out, in words an editor can act on. */
  warnings: PasteWarning[];
}

export function cleanPastedHtml(html: string, options: CleanPasteOptions = {}): PasteResult {
  const wordListStyles = readWordListStyles(html);
  const sanitized = sanitizeClipboardHtml(html);
  const body = new DOMParser().parseFromString(sanitized.html, 'text/html').body;
  const walked = htmlToBlocks(body, { wordListStyles, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  return { blocks: walked.blocks, warnings: distinctWarnings([...sanitized.warnings, ...walked.warnings]) };
}
