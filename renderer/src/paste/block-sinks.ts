// Where the walk over pasted HTML (html-to-blocks.ts) writes text: BlockSink turns it into paragraphs,
// subheads and quotes; ItemSink gathers the text of one list item. Both see the same calls, so the walker
// does not care whether it is inside a list.

import type { Marks } from './inline-marks.ts';
import { type ListEntry, buildLists } from './list-tree.ts';
import { type PastedBlock, type Run, toRichText } from './rich-text.ts';

export type TextBlockKind = 'paragraph' | 'subhead' | 'block-quote';

export interface Context {
  marks: Marks;
  href: string | null;
  kind: TextBlockKind;
  /** Inside <pre>: newlines are line breaks. */
  pre: boolean;
  /** How many lists we are inside; a list met here starts at this depth + 1. */
  listDepth: number;
}

/** Where walked text goes: into blocks, or into the runs of one list item. */
export interface Sink {
  text(text: string, context: Context): void;
  lineBreak(): void;
  endBlock(): void;
  listEntries(entries: ListEntry[]): void;
  attribution(text: string): boolean;
}

/** Writes paragraphs, subheads and quotes; two line breaks in a row end a paragraph, one is a space. */
export class BlockSink implements Sink {
  readonly blocks: PastedBlock[] = [];
  private runs: Run[] = [];
  private kind: TextBlockKind = 'paragraph';
  private breaks = 0;

  text(text: string, context: Context) {
    const blank = text.replace(/[\s\u00a0]+/g, '') === '';
    if (blank && this.breaks > 0) return;
    if (!blank) {
      if (this.breaks >= 2) this.endBlock();
      else if (this.breaks === 1) this.runs.push({ text: ' ', bold: false, italic: false, href: null });
      this.breaks = 0;
      if (this.runs.every((run) => run.text.trim() === '')) this.kind = context.kind;
    }
    this.runs.push({ text, bold: context.marks.bold, italic: context.marks.italic, href: context.href });
  }

  lineBreak() {
    this.breaks += 1;
  }

  endBlock() {
    const children = toRichText(this.runs, { dropBold: this.kind === 'subhead' });
    if (children.length > 0) {
      this.blocks.push(
        this.kind === 'block-quote' ? { type: 'block-quote', children, attribution: '' } : { type: this.kind, children },
      );
    }
    this.runs = [];
    this.breaks = 0;
  }

  listEntries(entries: ListEntry[]) {
    this.endBlock();
    this.blocks.push(...buildLists(entries));
  }

  /** Gives the last quote its attribution ("— Name" under a blockquote); false when there is no quote. */
  attribution(text: string) {
    this.endBlock();
    const last = this.blocks.at(-1);
    const name = text.replace(/^[\s\u00a0—–―-]+/, '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (last?.type !== 'block-quote' || name === '') return false;
    last.attribution = name;
    return true;
  }
}

/** Collects one list item's text: block boundaries and line breaks inside the item become spaces. */
export class ItemSink implements Sink {
  readonly runs: Run[] = [];
  readonly nested: ListEntry[] = [];

  text(text: string, context: Context) {
    this.runs.push({ text, bold: context.marks.bold, italic: context.marks.italic, href: context.href });
  }
  lineBreak() {
    this.space();
  }
  endBlock() {
    this.space();
  }
  listEntries(entries: ListEntry[]) {
    this.nested.push(...entries);
  }
  attribution() {
    return false;
  }
  private space() {
    this.runs.push({ text: ' ', bold: false, italic: false, href: null });
  }
}
