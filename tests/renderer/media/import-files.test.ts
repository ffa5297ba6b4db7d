// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, ImportedMedia } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import {
  blobToBase64,
  bytesToBase64,
  checkMediaFile,
  filesOf,
  formatBytes,
  importMediaFile,
  importMediaFiles,
  type ImportProgress,
} from '../../../renderer/src/media/import-files.ts';

const STORY = '01jq0000000000000000000000';
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A bridge whose media:import decodes what it is sent and answers like the library would. */
function fakeBridge(answer: (bytes: Uint8Array, fileName: string) => ImportedMedia | Error = defaultAnswer) {
  const received: { storyId: string; fileName: string; bytes: Uint8Array }[] = [];
  const importMedia = vi.fn(async ({ storyId, fileName, dataBase64 }: { storyId: string; fileName: string; dataBase64: string }) => {
    const bytes = Uint8Array.from(Buffer.from(dataBase64, 'base64'));
    received.push({ storyId, fileName, bytes });
    const result = answer(bytes, fileName);
    if (result instanceof Error) throw result;
    return result;
  });
  return { bridge: { media: { import: importMedia } } as unknown as CopydeskBridge, received, importMedia };
}

function defaultAnswer(bytes: Uint8Array): ImportedMedia {
  const video = bytes[4] === 0x66; // "ftyp"
  return {
    file: `${'0'.repeat(64)}.${video ? 'mp4' : 'png'}`,
    mimeType: video ? 'video/mp4' : 'image/png',
    bytes: bytes.length,
    added: true,
  };
}

function pngFile(name = 'harbour.png', size = 64): File {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_HEAD);
  for (let i = PNG_HEAD.length; i < size; i++) bytes[i] = i % 251;
  return new File([bytes], name, { type: 'image/png' });
}

describe('bytesToBase64()', () => {
  it('matches Node’s base64 for every length around the 3-byte boundary', () => {
    for (let length = 0; length < 10; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97) % 256);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes 20 MB without blowing the call stack', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 4093) bytes[i] = i % 256;
    const encoded = bytesToBase64(bytes);
    expect(encoded.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('blobToBase64()', () => {
  it('reads in slices that join up to exactly the whole file’s base64, and reports each', async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) % 256);
    const seen: number[] = [];
    const encoded = await blobToBase64(new Blob([bytes]), (loaded) => seen.push(loaded), 100);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    // 100 is rounded down to 99, a multiple of 3, so the pieces' padding never lands in the middle.
    expect(seen).toEqual([99, 198, 297, 396, 495, 594, 693, 792, 891, 990, 1000]);
  });
});

describe('checkMediaFile()', () => {
  it.each([
    ['a PDF', new File(['%PDF-1.7'], 'notes.pdf', { type: 'application/pdf' }), /“notes.pdf” is not a picture or video Copydesk can use \(JPEG, PNG, GIF, WebP, AVIF, MP4 or WebM\)/],
    ['a TIFF', new File(['II*'], 'scan.tif', { type: 'image/tiff' }), /not a picture or video Copydesk can use/],
    ['an empty file', new File([], 'empty.png', { type: 'image/png' }), /“empty.png” is empty/],
  ])('refuses %s, saying why', (_what, file, message) => {
    expect(checkMediaFile(file)?.message).toMatch(message);
    expect(checkMediaFile(file)?.code).toBe('unsupported-media');
  });

  it('refuses a file over the limit, saying how big it is and what the limit is', () => {
    const file = pngFile('huge.png', 2_500_000);
    const problem = checkMediaFile(file, { maxBytes: 2_000_000 });
    expect(problem?.message).toBe('“huge.png” is 2.5 MB; Copydesk imports pictures and videos up to 2.0 MB.');
  });

  it('refuses a video where only a picture will do', () => {
    const file = new File(['x'], 'clip.mp4', { type: 'video/mp4' });
    expect(checkMediaFile(file, { accept: ['image'] })?.message).toBe('“clip.mp4” is a video; this needs a picture.');
  });

  it('lets a file with no type through, for the library to judge by its bytes', () => {
    expect(checkMediaFile(new File(['xyz'], 'from-somewhere', { type: '' }))).toBeNull();
  });
});

describe('importMediaFile()', () => {
  it('sends the file’s exact bytes and name to media:import and says what it became', async () => {
    const { bridge, received } = fakeBridge();
    const file = pngFile();
    const imported = await importMediaFile(bridge, STORY, file);
    expect(received).toHaveLength(1);
    expect(received[0]!.storyId).toBe(STORY);
    expect(received[0]!.fileName).toBe('harbour.png');
    expect(received[0]!.bytes).toEqual(new Uint8Array(await file.arrayBuffer()));
    expect(imported).toMatchObject({ fileName: 'harbour.png', kind: 'image', mimeType: 'image/png', file: `${'0'.repeat(64)}.png` });
  });

  it('reports progress: reading slice by slice, then sending, then done', async () => {
    const { bridge } = fakeBridge();
    const progress: ImportProgress[] = [];
    await importMediaFile(bridge, STORY, pngFile('big.png', 3000), { chunkBytes: 1000, onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => `${p.phase}:${p.loaded}/${p.total}`)).toEqual([
      'reading:0/3000',
      'reading:999/3000',
      'reading:1998/3000',
      'reading:2997/3000',
      'reading:3000/3000',
      'sending:3000/3000',
      'done:3000/3000',
    ]);
  });

  it('never calls the bridge for a file it can already tell is unusable', async () => {
    const { bridge, importMedia } = fakeBridge();
    await expect(importMediaFile(bridge, STORY, new File(['x'], 'a.pdf', { type: 'application/pdf' }))).rejects.toThrow(
      /not a picture or video/,
    );
    expect(importMedia).not.toHaveBeenCalled();
  });

  it('passes on the library’s refusal as a CopydeskError', async () => {
    const { bridge } = fakeBridge(
      () => new CopydeskError('unsupported-media', '"renamed.png" is not a picture or video Copydesk can use.'),
    );
    const error = await importMediaFile(bridge, STORY, new File(['MZ not a png'], 'renamed.png', { type: '' })).catch((e) => e);
    expect(error).toBeInstanceOf(CopydeskError);
    expect(error.code).toBe('unsupported-media');
  });

  it('revives an error that crossed the bridge as plain data', async () => {
    const { bridge } = fakeBridge(() => Object.assign(new Error('x'), { code: 'disk-full', message: 'The disk is full.' }));
    const error = await importMediaFile(bridge, STORY, pngFile()).catch((e) => e);
    expect(error).toBeInstanceOf(CopydeskError);
    expect(error.message).toBe('The disk is full.');
  });
});

describe('importMediaFiles()', () => {
  it('imports each file on its own: the good ones in order, the bad ones listed with why', async () => {
    const { bridge } = fakeBridge();
    const result = await importMediaFiles(bridge, STORY, [
      pngFile('one.png'),
      new File(['%PDF'], 'notes.pdf', { type: 'application/pdf' }),
      pngFile('two.png', 80),
    ]);
    expect(result.imported.map((file) => file.fileName)).toEqual(['one.png', 'two.png']);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]).toMatchObject({ fileName: 'notes.pdf' });
    expect(result.failed[0]!.error.message).toMatch(/not a picture or video/);
  });

  it('numbers the files in the progress it reports', async () => {
    const { bridge } = fakeBridge();
    const seen = new Set<string>();
    await importMediaFiles(bridge, STORY, [pngFile('a.png'), pngFile('b.png')], {
      onProgress: (p) => seen.add(`${p.index + 1} of ${p.count}: ${p.fileName}`),
    });
    expect([...seen]).toEqual(['1 of 2: a.png', '2 of 2: b.png']);
  });
});

describe('filesOf()', () => {
  it('takes the files of a transfer, or the file items when the files list is empty', () => {
    const file = pngFile();
    expect(filesOf({ files: [file] as unknown as FileList, items: [] as unknown as DataTransferItemList })).toEqual([file]);
    const items = [
      { kind: 'string', getAsFile: () => null },
      { kind: 'file', getAsFile: () => file },
    ] as unknown as DataTransferItemList;
    expect(filesOf({ files: [] as unknown as FileList, items })).toEqual([file]);
    expect(filesOf(null)).toEqual([]);
  });
});

describe('formatBytes()', () => {
  it.each([
    [512, '512 bytes'],
    [81_200, '81 KB'],
    [2_500_000, '2.5 MB'],
    [20_400_000, '20 MB'],
  ])('writes %i as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
