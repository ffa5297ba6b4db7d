// Paste and drop of text: what the clipboard holds becomes story content through the paste cleaner
// (renderer/src/paste/, injected here so the editor does not depend on how cleaning is done). Running text
// takes paragraphs, subheads, lists and links; the headline, highlights and fields take words only. A
// paste is one undo step.

import { Editor } from 'slate';
import type { BodyBlock } from '../../../../shared/story/schema.ts';
import {
  fragmentToBodyBlocks,
  insertBodyBlocks,
  insertPastedBlocks,
  insertPlainText,
  pasteTarget,
} from '../commands/insert-pasted-blocks.ts';
import { pasteCaptionWithCredit } from '../lint/caption-paste.ts';
import { asOwnUndoStep } from './with-undo-steps.ts';

/** What the cleaner says it left out (a picture from the person's disk, a script …). */
export interface PasteNotice {
  message: string;
}

/** The paste cleaner's API (renderer/src/paste/). */
export interface PasteCleaner {
  cleanPastedHtml(html: string): { blocks: BodyBlock[]; warnings: readonly PasteNotice[] };
  pastedPlainText(text: string): BodyBlock[];
  plainTextOnly(html: string): string;
}

/** Used until a cleaner is given: text only, paragraphs split on blank lines. */
export const PLAIN_TEXT_ONLY: PasteCleaner = {
  cleanPastedHtml: () => ({ blocks: [], warnings: [] }),
  pastedPlainText: (text) =>
    text
      .split(/\r?\n\s*\r?\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((paragraph) => ({ type: 'paragraph', children: [{ text: paragraph }] })),
  plainTextOnly: () => '',
};

export interface PasteOptions {
  cleaner?: PasteCleaner;
  /** Told what the cleaner dropped or changed (e.g. a picture that pointed at a file on someone's disk). */
  onWarnings?: (warnings: readonly PasteNotice[]) => void;
}

const SLATE_FRAGMENT = 'application/x-slate-fragment';

export function withPaste<T extends Editor>(editor: T, options: PasteOptions = {}): T {
  const { insertData } = editor;
  const cleaner = options.cleaner ?? PLAIN_TEXT_ONLY;

  editor.insertData = (data) => {
    const target = pasteTarget(editor);
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    if (!target || (!html && !text && !data.types.includes(SLATE_FRAGMENT))) {
      insertData(data); // files and other kinds: not text (pictures are the media code's)
      return;
    }
    asOwnUndoStep(editor, () => {
      if (target === 'text') {
        const plain = text || (html ? cleaner.plainTextOnly(html) : '');
        // A wire caption ending in its credit, pasted into a caption whose credit is empty, fills that credit.
        const filled = pasteCaptionWithCredit(editor, plain);
        if (filled) options.onWarnings?.([filled]);
        else insertPlainText(editor, plain);
        return;
      }
      const fragment = data.getData(SLATE_FRAGMENT);
      if (fragment) {
        const blocks = decodeFragment(fragment);
        if (blocks) return insertBodyBlocks(editor, fragmentToBodyBlocks(blocks));
      }
      if (html) {
        const cleaned = cleaner.cleanPastedHtml(html);
        if (cleaned.warnings.length > 0) options.onWarnings?.(cleaned.warnings);
        if (cleaned.blocks.length > 0) return insertPastedBlocks(editor, cleaned.blocks);
      }
      if (text) insertPastedBlocks(editor, cleaner.pastedPlainText(text));
    });
  };

  return editor;
}

/** slate-react's clipboard format: base64 of the URI-encoded JSON of the copied nodes. */
function decodeFragment(encoded: string) {
  try {
    const nodes: unknown = JSON.parse(decodeURIComponent(atob(encoded)));
    return Array.isArray(nodes) ? (nodes as Parameters<typeof fragmentToBodyBlocks>[0]) : null;
  } catch {
    return null;
  }
}
