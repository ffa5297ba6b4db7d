// A Word .docx → SourceDocument. mammoth turns the document into plain semantic HTML by its paragraph
// styles (it never runs macros, and reads no file outside the package); the style map below names the
// styles a newsroom's documents use, and the HTML then goes through the same walk as a web page's article
// (html-blocks.ts). Pictures come as data: URIs, so they travel with the blocks to the story's media.

import mammoth from 'mammoth';
import { CopydeskError } from '../../shared/errors.ts';
import { parseByline } from '../../shared/import/byline.ts';
import type { ImportNote } from '../../shared/import/imported-story.ts';
import type { SourceBlock, SourceDocument } from '../../shared/import/source-document.ts';
import { parseHtmlDocument } from './dom-nodes.ts';
import { htmlToBlocks, plainText } from './html-blocks.ts';
import { readZipDirectory, startsLikeZip } from './zip-directory.ts';

export interface WordReading {
  document: SourceDocument;
  /** What the conversion could not carry over as it was (styles it did not know, tables). */
  notes: ImportNote[];
}

/** More than this unpacked is not a story, and may be a ZIP bomb: refused before it is unpacked. */
export const MAX_UNPACKED_DOCX_BYTES = 300 * 1024 * 1024;

const BYLINE_CLASS = 'copydesk-byline';

/**
 * Word's built-in styles (and the names pandoc and LibreOffice give theirs) → HTML. Headings 1–6 and lists
 * are in mammoth's own map. A caption paragraph becomes a figcaption, which the walk joins to the picture
 * beside it; the "Author" paragraph is the byline.
 */
export const WORD_STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
  "p[style-name='Image Caption'] => figcaption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  `p[style-name='Author'] => p.${BYLINE_CLASS}:fresh`,
  // Body text under the names pandoc and LibreOffice give it: plain paragraphs, not worth a note. (pandoc's
  // "Compact" list paragraphs are left to mammoth's list rules.)
  "p[style-name='Body Text'] => p:fresh",
  "p[style-name='First Paragraph'] => p:fresh",
  "p[style-name='Captioned Figure'] => p:fresh",
  "p[style-name='Text Body'] => p:fresh",
  "p[style-name='Default'] => p:fresh",
];

/** "Figure 3: …", the label Word's Insert Caption puts before a caption; news captions have none. */
const CAPTION_LABEL = /^(figure|fig\.|photo|picture|image)\s*\d+\s*[:.–—-]\s*/i;

export async function readWordDocument(bytes: Uint8Array, fileName: string): Promise<WordReading> {
  checkPackage(bytes, fileName);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: WORD_STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => ({
          src: `data:${image.contentType};base64,${await image.readAsBase64String()}`,
        })),
      },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CopydeskError('unsupported-file', `“${fileName}” could not be read as a Word document; it may be damaged (${reason}).`);
  }

  const document = parseHtmlDocument(`<!doctype html><html><body>${result.value}</body></html>`);
  // An "Author" paragraph that reads "By …" stays where it is, where the assembler reads bylines; a bare
  // name ("Maya Lindqvist") is the byline metadata, and would otherwise be read as a paragraph of the story.
  const names: string[] = [];
  for (const element of Array.from(document.querySelectorAll(`p.${BYLINE_CLASS}`))) {
    const text = plainText(element);
    if (parseByline(text)) {
      element.setAttribute('class', '');
    } else {
      if (text) names.push(text);
      element.remove();
    }
  }
  const byline = names.join(' and ');

  const notes: ImportNote[] = conversionNotes(result.messages);
  if (document.querySelector('table')) {
    notes.push({ severity: 'info', message: 'A table was read as one paragraph per row, its cells separated by "|": a story has no tables.' });
  }
  const blocks = htmlToBlocks(document.body).map(withoutCaptionLabel);
  return {
    document: { kind: 'word', fileName, ...(byline ? { byline } : {}), blocks },
    notes,
  };
}

/** Refuses what is not a .docx before the converter sees it, saying what it is instead where that is clear. */
function checkPackage(bytes: Uint8Array, fileName: string): void {
  if (!startsLikeZip(bytes)) {
    const isOldWord = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    throw new CopydeskError(
      'unsupported-file',
      isOldWord
        ? `“${fileName}” is an old-style Word document (.doc). Open it in Word or LibreOffice, save it as .docx, and import that.`
        : `“${fileName}” is not a Word document: its contents are not a .docx file, whatever its name says.`,
    );
  }
  const directory = readZipDirectory(bytes);
  if (!directory) {
    throw new CopydeskError(
      'unsupported-file',
      `“${fileName}” is damaged: the Word document is cut short or corrupt. Save it again from Word, or copy the file again.`,
    );
  }
  const names = new Set(directory.entries.map((entry) => entry.name));
  if (directory.entries.length > 0 && !names.has('word/document.xml')) {
    const openDocument = names.has('content.xml') && names.has('mimetype');
    throw new CopydeskError(
      'unsupported-file',
      openDocument
        ? `“${fileName}” is an OpenDocument file, not a Word document. Save it as .docx in LibreOffice and import that.`
        : `“${fileName}” is not a Word document: it is a ZIP archive with no Word text inside.`,
    );
  }
  if (directory.uncompressedBytes !== null && directory.uncompressedBytes > MAX_UNPACKED_DOCX_BYTES) {
    throw new CopydeskError(
      'unsupported-file',
      `“${fileName}” would unpack to more than ${MAX_UNPACKED_DOCX_BYTES / (1024 * 1024)} MB, which is no story; it was not opened.`,
    );
  }
}

/** Styles that are plain text by another name (pandoc's table cells, Word's "No Spacing"): no note needed. */
const PLAIN_STYLES = new Set(['Compact', 'Table Contents', 'Table Paragraph', 'Normal (Web)', 'No Spacing']);

/** mammoth's warnings, said once each in words an editor knows. */
function conversionNotes(messages: readonly { type: string; message: string }[]): ImportNote[] {
  const said = new Set<string>();
  const notes: ImportNote[] = [];
  for (const { message } of messages) {
    const style = /^Unrecognised (paragraph|run) style: '([^']*)'/.exec(message);
    if (style && PLAIN_STYLES.has(style[2]!)) continue;
    const text = style
      ? `The Word ${style[1] === 'run' ? 'character' : 'paragraph'} style “${style[2]}” has no match in a story; its text was kept as plain text.`
      : `Word conversion: ${message}`;
    if (said.has(text)) continue;
    said.add(text);
    notes.push({ severity: 'info', message: text });
  }
  return notes;
}

function withoutCaptionLabel(block: SourceBlock): SourceBlock {
  return block.kind === 'picture' ? { ...block, caption: block.caption.replace(CAPTION_LABEL, '') } : block;
}
