// What every importer reads its file into before the story is assembled: a flat run of blocks in reading
// order, the way the source had them. Page text, wire copy, `.story` files, saved web pages (through the
// article extractor) and Word documents each become a SourceDocument; `assembleStory` (assemble-story.ts)
// then finds the newsroom structure in it — headline, highlights, byline, dateline, captions and credits —
// the same way for all of them.

import type { Inline } from '../story/schema.ts';

export type SourceKind = 'page-text' | 'wire-text' | 'cnn-dailymail-story' | 'web-page' | 'word';

/** A picture as the source had it. */
export interface SourcePicture {
  kind: 'picture';
  /**
   * How the Node side finds the bytes: a data: URI, or a path relative to the source file ("page_files/a.jpg").
   * Null when the source only printed a caption (page text).
   */
  ref: string | null;
  alt: string;
  /** The caption as printed, credit included: the assembler splits it. */
  caption: string;
}

export type SourceBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'quote'; text: Inline[] }
  | { kind: 'list'; style: 'bulleted' | 'numbered'; items: Inline[][] }
  | SourcePicture;

export interface SourceDocument {
  kind: SourceKind;
  /** The file's name, for notes ("courthouse.html"). */
  fileName: string;
  /** Metadata the extractor found outside the blocks (a page's <title> or og:title, its byline). */
  title?: string;
  byline?: string;
  blocks: SourceBlock[];
}
