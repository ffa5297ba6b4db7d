// What the paste benchmark puts on the clipboard, made from a generated story:
// - the story's text as plain text, one paragraph per blank-line-separated block, as a text editor copies it;
// - a Word document, as Microsoft Word on Windows puts one on the clipboard: the document head of the real
//   clipboard in tests/fixtures/clipboard/word-windows-headings-pictures.html (its XML settings, style sheet
//   and StartFragment marker), with a list definition added as Word writes one, then the story's blocks in
//   Word's markup — MsoNormal paragraphs of lang spans hard-wrapped at 76 columns, <o:p> paragraph marks,
//   <b> runs, links, <h2> headings, the Quote style, and lists as mso-list paragraphs with their bullets in
//   <![if !supportLists]> (tests/fixtures/clipboard/word-desktop-formatting-lists-table.html shows them).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../e2e/fixtures/host-process.ts';
import { blockText, inlineText } from '../../../shared/story/plain-text.ts';
import type { BodyBlock, Inline } from '../../../shared/story/schema.ts';
import type { GeneratedStory } from '../story/generate-story.ts';

export interface Clipboard {
  /** The clipboard's flavours, as a paste event carries them. */
  data: Record<string, string>;
  /** Text the last pasted block ends with (see page-helpers.ts tailOf). */
  lastText: string;
}

const WORD_FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'clipboard', 'word-windows-headings-pictures.html');

/** The text blocks of a story: no photos or videos, which plain text and these Word documents do not carry. */
function textBlocks(generated: GeneratedStory): BodyBlock[] {
  return generated.story.body.filter((block) => block.type !== 'photo' && block.type !== 'video');
}

function lastLine(blocks: readonly BodyBlock[]): string {
  const lines = blocks.flatMap(blockText).filter((line) => line.trim() !== '');
  return lines.at(-1) ?? '';
}

/** The story's text as plain text: blocks (and list items) separated by blank lines. */
export function plainTextClipboard(generated: GeneratedStory): Clipboard {
  const blocks = textBlocks(generated);
  const text = blocks
    .flatMap(blockText)
    .filter((line) => line.trim() !== '')
    .join('\n\n');
  return { data: { 'text/plain': text }, lastText: lastLine(blocks) };
}

/** The story's text as a Word document on the clipboard (text/html, with the text/plain Word puts beside it). */
export async function wordClipboard(generated: GeneratedStory): Promise<Clipboard> {
  const fixture = await readFile(WORD_FIXTURE, 'utf8');
  const head = withListDefinition(fixture.slice(0, fixture.indexOf('<!--StartFragment-->') + '<!--StartFragment-->'.length));
  const blocks = textBlocks(generated);
  const body = blocks.map(wordBlock).join('\n\n');
  const html = `${head}\n\n${body}\n\n<!--EndFragment-->\n</body>\n\n</html>\n`;
  const plain = blocks.flatMap(blockText).join('\r\n');
  return { data: { 'text/html': html, 'text/plain': plain }, lastText: lastLine(blocks) };
}

/** Word declares each list's bullets in the head's style sheet, as "@list l0:level1". */
function withListDefinition(head: string): string {
  const definition =
    '/* List Definitions */\n@list l0\n\t{mso-list-id:1243680415;\n\tmso-list-type:hybrid;\n\tmso-list-template-ids:-1581040436 67698689 67698691 67698693;}\n' +
    '@list l0:level1\n\t{mso-level-number-format:bullet;\n\tmso-level-text:\uf0b7;\n\tmso-level-tab-stop:none;\n\tmso-level-number-position:left;\n\ttext-indent:-18.0pt;\n\tfont-family:Symbol;}\n';
  const styleEnd = head.indexOf('-->\n</style>');
  if (styleEnd < 0) throw new Error(`${WORD_FIXTURE} no longer has the style sheet the Word clipboard is built on.`);
  return `${head.slice(0, styleEnd)}${definition}${head.slice(styleEnd)}`;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Word's source lines: it breaks its HTML at spaces near 76 columns. */
function wrapped(markup: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of markup.split(' ')) {
    if (line && line.length + word.length + 1 > 76) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

function wordRuns(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if ('type' in inline) return `<a href="${inline.url}">${escapeHtml(inlineText(inline.children))}</a>`;
      const text = escapeHtml(inline.text);
      return inline.bold ? `</span><b><span lang=EN-US>${text}</span></b><span lang=EN-US>` : text;
    })
    .join('');
}

const wordParagraph = (className: string, runs: string) => wrapped(`<p class=${className}><span lang=EN-US>${runs}<o:p></o:p></span></p>`);

function wordListItem(text: string, position: 'First' | 'Middle' | 'Last'): string {
  const bullet =
    `<![if !supportLists]><span lang=EN-US style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:\nSymbol'>` +
    `<span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;\n</span></span></span><![endif]>`;
  return wrapped(
    `<p class=MsoListParagraphCxSp${position} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${bullet}<span lang=EN-US>${escapeHtml(text)}<o:p></o:p></span></p>`,
  );
}

function wordBlock(block: BodyBlock): string {
  switch (block.type) {
    case 'paragraph':
      return wordParagraph('MsoNormal', wordRuns(block.children));
    case 'subhead':
      return wrapped(`<h2><span lang=EN-US>${wordRuns(block.children)}<o:p></o:p></span></h2>`);
    case 'block-quote':
      return `${wordParagraph('MsoQuote', wordRuns(block.children))}\n\n${wordParagraph('MsoNormal', escapeHtml(block.attribution))}`;
    case 'list':
      return block.items
        .map((item, index) => wordListItem(inlineText(item.children), index === 0 ? 'First' : index === block.items.length - 1 ? 'Last' : 'Middle'))
        .join('\n\n');
    default:
      return '';
  }
}
