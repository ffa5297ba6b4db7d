import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_KINDS, importFile, importKindOf, MAX_TEXT_IMPORT_BYTES } from '../../../electron/import/import-file.ts';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from '../../../shared/bridge/contract.ts';

const CNN_PAGE_TEXT = join(import.meta.dirname, '../../../../shared/fixtures/cnn-courthouse-arrests.txt');
const WEB = join(import.meta.dirname, '../../fixtures/import/web');
const encode = (text: string) => new TextEncoder().encode(text);

describe('importKindOf()', () => {
  it('reads every extension the bridge contract offers, and no other', () => {
    expect(Object.keys(IMPORT_KINDS).sort()).toEqual([...IMPORT_EXTENSIONS].sort());
  });

  it('chooses the reader by the file’s extension, in any case', () => {
    expect(['a.html', 'B.HTM', 'c.xhtml', 'd.docx', 'e.txt', 'f.story', 'g.Text', 'h.pdf', 'noextension'].map(importKindOf)).toEqual([
      'web-page',
      'web-page',
      'web-page',
      'word',
      'text',
      'text',
      'text',
      null,
      null,
    ]);
  });
});

describe('importFile()', () => {
  it('reads scraped page text: the CNN fixture keeps no headline, and says so', async () => {
    const imported = await importFile({ fileName: 'cnn-courthouse-arrests.txt', bytes: readFileSync(CNN_PAGE_TEXT) });
    expect(imported.source).toBe('page-text');
    expect(imported.parts.headline).toBe('');
    expect(imported.parts.highlights).toHaveLength(2);
    expect(imported.parts.relatedVideos.length).toBeGreaterThan(0);
    expect(imported.notes).toContainEqual(expect.objectContaining({ severity: 'warning', path: ['headline'] }));
  });

  it('reads a `.story` file of the CNN/DailyMail dataset', async () => {
    const story = 'WASHINGTON (CNN) -- The Senate passed the bill on Tuesday.\n\nIt now goes to the House.\n\n@highlight\n\nSenate passes the bill\n\n@highlight\n\nHouse votes next week\n';
    const imported = await importFile({ fileName: '0a1b2c.story', bytes: encode(story) });
    expect(imported.source).toBe('cnn-dailymail-story');
    expect(imported.parts.highlights).toEqual(['Senate passes the bill', 'House votes next week']);
  });

  it('reads a saved web page', async () => {
    const imported = await importFile({ fileName: 'page.html', bytes: readFileSync(join(WEB, 'reuters-jakarta-volcano.html')) });
    expect(imported.source).toBe('web-page');
    expect(imported.parts.headline).toBe('Indonesia raises alert level as Mount Lokon spews ash, flights diverted');
  });

  it('reads text that is not UTF-8 as Windows-1252, and says so', async () => {
    const bytes = Uint8Array.from([...encode('NEW YORK (AP) _ The '), 0x93, ...encode('caf'), 0xe9, 0x94, ...encode(' opened on Monday.\n')]);
    const imported = await importFile({ fileName: 'wire.txt', bytes });
    expect(JSON.stringify(imported.parts.body)).toContain('“café”');
    expect(imported.notes).toContainEqual(expect.objectContaining({ message: expect.stringContaining('Windows-1252') }));
  });

  it('reads UTF-16 text, as Notepad saves "Unicode"', async () => {
    const text = 'LONDON (Reuters) - Markets rose on Monday as traders weighed the data.\n';
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const imported = await importFile({ fileName: 'wire.txt', bytes });
    expect(JSON.stringify(imported.parts.body)).toContain('Markets rose on Monday');
  });

  describe('refuses', () => {
    it('a type it does not read, naming those it does, with a way forward for common ones', async () => {
      await expect(importFile({ fileName: 'story.pdf', bytes: encode('%PDF-1.7') })).rejects.toMatchObject({
        code: 'unsupported-file',
        message:
          'Copydesk cannot import “story.pdf”: it imports saved web pages (.html, .htm), Word documents (.docx) and text (.txt, .story). ' +
          'Copy its text into a .txt file, or open it in Word and save it as .docx.',
      });
      await expect(importFile({ fileName: 'photo.jpg', bytes: encode('x') })).rejects.toMatchObject({ code: 'unsupported-file' });
    });

    it('an empty file, and one larger than the limit for its kind', async () => {
      await expect(importFile({ fileName: 'empty.txt', bytes: new Uint8Array(0) })).rejects.toMatchObject({ message: '“empty.txt” is empty.' });
      await expect(importFile({ fileName: 'huge.txt', bytes: new Uint8Array(MAX_TEXT_IMPORT_BYTES + 1) })).rejects.toMatchObject({
        code: 'unsupported-file',
        message: expect.stringContaining('Copydesk imports text files up to 10 MB'),
      });
      await expect(importFile({ fileName: 'huge.docx', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) })).rejects.toMatchObject({
        message: expect.stringContaining('Copydesk imports Word documents up to 50 MB'),
      });
    });

    it('a program or a picture named .txt, and a Word document named .html', async () => {
      await expect(importFile({ fileName: 'notes.txt', bytes: Uint8Array.from([0x4d, 0x5a, 0, 0, 0x50, 0x45, 0, 0]) })).rejects.toMatchObject({
        message: '“notes.txt” is not a text file: it holds binary data, not text.',
      });
      const docx = readFileSync(join(import.meta.dirname, '../../fixtures/import/word/council-budget-draft.docx'));
      await expect(importFile({ fileName: 'page.html', bytes: docx })).rejects.toMatchObject({ message: '“page.html” is not a web page: it is a ZIP archive.' });
    });
  });
});
