import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_UNPACKED_DOCX_BYTES, readWordDocument } from '../../../electron/import/word-document.ts';
import { inlineText } from '../../../shared/story/plain-text.ts';
import { buildZip } from './zip-builder.ts';

const WORD = join(import.meta.dirname, '../../fixtures/import/word');
const councilDraft = () => new Uint8Array(readFileSync(join(WORD, 'council-budget-draft.docx')));

/** The offset of a stored file's data inside a ZIP, found by its local header's name. */
function dataOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 30 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)) === name) return at + 30 + nameLength + extraLength;
  }
  throw new Error(`${name} is not in the ZIP`);
}

describe('readWordDocument()', () => {
  it('reads Title as the headline, Subtitle as a heading after it, and the "By" Author line where it stands', async () => {
    const { document } = await readWordDocument(councilDraft(), 'council.docx');
    expect(document.blocks.slice(0, 3).map((block) => (block.kind === 'heading' ? `h${block.level}: ${inlineText(block.text)}` : 'text' in block ? inlineText(block.text) : block.kind))).toEqual([
      'h1: Council approves budget with cuts to library hours',
      'h2: Opening hours at four branches will fall by a third from September',
      'By Maya Lindqvist, Staff Writer',
    ]);
  });

  it('brings pictures as data: URIs with the caption Word printed under them', async () => {
    const { document } = await readWordDocument(councilDraft(), 'council.docx');
    const picture = document.blocks.find((block) => block.kind === 'picture');
    expect(picture).toMatchObject({ ref: expect.stringMatching(/^data:image\/jpeg;base64,\/9j\//), caption: expect.stringContaining('(Photo by Carl Jensen/Brightwater Tribune)') });
  });

  it('drops Word’s "Figure 1:" label from a caption, and says which styles it did not know', async () => {
    const { document, notes } = await readWordDocument(new Uint8Array(readFileSync(join(WORD, 'sea-wall-word-styles.docx'))), 'sea-wall.docx');
    expect(document.blocks.find((block) => block.kind === 'picture')).toMatchObject({
      caption: 'Waves break over the damaged sea wall on Ocean Avenue on Friday. (AP Photo/Tom Ashby)',
    });
    expect(notes.map((note) => note.message)).toEqual([
      'The Word paragraph style “Reporter Notes” has no match in a story; its text was kept as plain text.',
      'A table was read as one paragraph per row, its cells separated by "|": a story has no tables.',
    ]);
  });

  describe('refuses what is not a Word document, saying what it is', () => {
    it('a program renamed .docx', async () => {
      const program = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
      await expect(readWordDocument(program, 'invoice.docx')).rejects.toMatchObject({
        code: 'unsupported-file',
        message: '“invoice.docx” is not a Word document: its contents are not a .docx file, whatever its name says.',
      });
    });

    it('an old-style .doc renamed .docx', async () => {
      const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
      await expect(readWordDocument(doc, 'old.docx')).rejects.toMatchObject({ message: expect.stringContaining('save it as .docx') });
    });

    it('a document cut short (an interrupted copy or download)', async () => {
      const whole = councilDraft();
      await expect(readWordDocument(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.docx')).rejects.toMatchObject({
        code: 'unsupported-file',
        message: expect.stringContaining('is damaged'),
      });
    });

    it('a document whose text is corrupt inside an intact package', async () => {
      const broken = councilDraft();
      const start = dataOffset(broken, 'word/document.xml');
      broken.fill(0x55, start + 10, start + 200);
      await expect(readWordDocument(broken, 'garbled.docx')).rejects.toMatchObject({
        code: 'unsupported-file',
        message: expect.stringMatching(/^“garbled.docx” could not be read as a Word document; it may be damaged/),
      });
    });

    it('an OpenDocument text, or another ZIP, named .docx', async () => {
      const odt = buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml', data: '<office:document-content/>' }]);
      await expect(readWordDocument(odt, 'story.docx')).rejects.toMatchObject({ message: expect.stringContaining('OpenDocument file') });
      const sheet = buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
      await expect(readWordDocument(sheet, 'story.docx')).rejects.toMatchObject({ message: expect.stringContaining('no Word text inside') });
    });

    it('a ZIP bomb: a small file that would unpack to gigabytes is not unpacked', async () => {
      const bomb = buildZip([
        { name: 'word/document.xml', data: '<w:document/>', claimedSize: 0xf000_0000 },
        { name: 'word/media/image1.png', data: 'x', claimedSize: 0xf000_0000 },
      ]);
      expect(bomb.length).toBeLessThan(1_000);
      await expect(readWordDocument(bomb, 'bomb.docx')).rejects.toMatchObject({
        code: 'unsupported-file',
        message: `“bomb.docx” would unpack to more than ${MAX_UNPACKED_DOCX_BYTES / (1024 * 1024)} MB, which is no story; it was not opened.`,
      });
    });
  });
});
