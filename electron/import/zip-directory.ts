// The table of contents of a ZIP file (a .docx is one), read from its central directory without unpacking
// anything: enough to tell a Word document from a program renamed .docx or a truncated download, and to
// refuse a "zip bomb" whose few kilobytes unpack into gigabytes before the converter ever sees it.

export interface ZipDirectory {
  entries: { name: string; uncompressedBytes: number }[];
  /** What unpacking everything would take; null when the archive uses ZIP64 sizes, not read here. */
  uncompressedBytes: number | null;
}

const LOCAL_FILE_SIGNATURE = 0x04034b50;
const END_OF_DIRECTORY_SIGNATURE = 0x06054b50;
const DIRECTORY_ENTRY_SIGNATURE = 0x02014b50;
const END_OF_DIRECTORY_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_FILE_SIGNATURE;
}

/** The directory, or null when the bytes are not a whole ZIP file. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  if (!startsLikeZip(bytes) || bytes.length < END_OF_DIRECTORY_BYTES) return null;
  const data = view(bytes);
  const end = findEndOfDirectory(data);
  if (end === null) return null;
  const count = data.getUint16(end + 10, true);
  const directoryBytes = data.getUint32(end + 12, true);
  const directoryOffset = data.getUint32(end + 16, true);
  const zip64 = count === 0xffff || directoryOffset === 0xffffffff || directoryBytes === 0xffffffff;
  if (zip64) return { entries: [], uncompressedBytes: null };
  if (directoryOffset + directoryBytes > end) return null;

  const entries: ZipDirectory['entries'] = [];
  let total = 0;
  let sizesKnown = true;
  let at = directoryOffset;
  const names = new TextDecoder('utf-8');
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || data.getUint32(at, true) !== DIRECTORY_ENTRY_SIGNATURE) return null;
    const uncompressed = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return null;
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (uncompressed === 0xffffffff) sizesKnown = false;
    entries.push({ name, uncompressedBytes: uncompressed });
    total += uncompressed;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, uncompressedBytes: sizesKnown ? total : null };
}

function findEndOfDirectory(data: DataView): number | null {
  const last = data.byteLength - END_OF_DIRECTORY_BYTES;
  const first = Math.max(0, last - MAX_COMMENT_BYTES);
  for (let at = last; at >= first; at--) {
    if (data.getUint32(at, true) === END_OF_DIRECTORY_SIGNATURE) return at;
  }
  return null;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
