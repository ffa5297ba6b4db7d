import { describe, expect, it } from 'vitest';
import { readZipDirectory, startsLikeZip } from '../../../electron/import/zip-directory.ts';
import { buildZip } from './zip-builder.ts';

describe('readZipDirectory()', () => {
  it('lists the entries and what they unpack to', () => {
    const zip = buildZip([
      { name: 'word/document.xml', data: '<w:document/>' },
      { name: 'word/media/a.png', data: 'png', claimedSize: 1000 },
    ]);
    expect(startsLikeZip(zip)).toBe(true);
    expect(readZipDirectory(zip)).toEqual({
      entries: [
        { name: 'word/document.xml', uncompressedBytes: 13 },
        { name: 'word/media/a.png', uncompressedBytes: 1000 },
      ],
      uncompressedBytes: 1013,
    });
  });

  it('answers null for what is not a whole ZIP', () => {
    const zip = buildZip([{ name: 'a.txt', data: 'hello' }]);
    expect(readZipDirectory(zip.subarray(0, zip.length - 10))).toBeNull();
    expect(readZipDirectory(new TextEncoder().encode('PK but not really'))).toBeNull();
    expect(readZipDirectory(new Uint8Array(0))).toBeNull();
    expect(startsLikeZip(new TextEncoder().encode('<html>'))).toBe(false);
  });

  it('answers null when the directory points past its own end', () => {
    const zip = buildZip([{ name: 'a.txt', data: 'hello' }]);
    const end = zip.length - 22;
    new DataView(zip.buffer).setUint32(end + 16, 0x7fff_ffff, true);
    expect(readZipDirectory(zip)).toBeNull();
  });
});
