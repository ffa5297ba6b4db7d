// Bytes → text for the importers, with the encoding a person's file is likely to be in: a byte-order mark
// says it outright; otherwise UTF-8 when the bytes are valid UTF-8, else the charset a web page declares,
// else Windows-1252 (what "ANSI" text from Windows and many old saved pages are in).

import { CopydeskError } from '../../shared/errors.ts';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as ("utf-8", "windows-1252" …). */
  encoding: string;
  /** True when no mark or valid UTF-8 said so, and the encoding was a fallback. */
  guessed: boolean;
}

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): DecodedText {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, index) => bytes[index] === byte)) {
      return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.bytes.length)), encoding: bom.encoding, guessed: false };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', guessed: false };
  } catch {
    // not UTF-8: fall through to what the file says it is, or the Windows default
  }
  const declared = declaredCharset ? decoderFor(declaredCharset) : null;
  if (declared && declared.encoding !== 'utf-8') {
    return { text: declared.decode(bytes), encoding: declared.encoding, guessed: false };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', guessed: true };
}

interface Decoder {
  encoding: string;
  decode(bytes: Uint8Array): string;
}

function decoderFor(label: string): Decoder | null {
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase());
    // Node decodes "windows-1252" (and its aliases, "iso-8859-1" among them) as Latin-1, which turns curly
    // quotes and dashes into control characters; the WHATWG table is applied here instead.
    if (decoder.encoding === 'windows-1252') return { encoding: 'windows-1252', decode: decodeWindows1252 };
    return decoder;
  } catch {
    return null;
  }
}

/** Windows-1252's own characters at 0x80–0x9F (the rest is Latin-1); undefined bytes stay as they are. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    const codes = Array.from(bytes.subarray(start, start + 0x8000), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** The charset a page declares in its first bytes (<meta charset> or the http-equiv form), if any. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** Refuses bytes that are not text at all (a program, a picture): text has no NUL bytes outside UTF-16. */
export function assertLooksLikeText(bytes: Uint8Array, fileName: string, what: string): void {
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (isUtf16) return;
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) {
    throw new CopydeskError('unsupported-file', `“${fileName}” is not ${what}: it holds binary data, not text.`);
  }
}
