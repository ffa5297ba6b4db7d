// Bringing a picture or video into a story: the file's bytes travel through the bridge (`media:import`) as
// base64, and the Node side stores them under their SHA-256 in the story's media folder and says what they
// are from the bytes themselves. Here: refuse early what cannot work (a PDF, a 300 MB file) with a message a
// person can act on, read big files in slices so a 20 MB photo never builds one giant string argument or
// blows the call stack, and report progress as it goes.

import { MAX_MEDIA_BYTES, type CopydeskBridge, type ImportedMedia } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { reviveError } from '../bridge/http-bridge.ts';

export type MediaKind = 'image' | 'video';

/** The types Copydesk stores (electron/library/media-type.ts sniffs the same ones from the bytes). */
export const IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif'];
export const VIDEO_TYPES: readonly string[] = ['video/mp4', 'video/webm'];
const SUPPORTED_LIST = 'JPEG, PNG, GIF, WebP, AVIF, MP4 or WebM';

/** A file in the story's media folder, and what it was called when it came in. */
export interface ImportedFile extends ImportedMedia {
  /** The name the file had on the person's computer: for messages only, never a path. */
  fileName: string;
  kind: MediaKind;
}

export interface ImportProgress {
  fileName: string;
  /** Which file of the batch, from 0, and how many there are. */
  index: number;
  count: number;
  /** Bytes read so far and in all, of this file. */
  loaded: number;
  total: number;
  /** Reading the file, sending it to the library, or done with it. */
  phase: 'reading' | 'sending' | 'done';
}

export interface ImportFailure {
  fileName: string;
  error: CopydeskError;
}

export interface ImportResult {
  imported: ImportedFile[];
  failed: ImportFailure[];
}

export interface ImportOptions {
  /** Which kinds the place the files go to takes (a poster: images only). Both by default. */
  accept?: readonly MediaKind[];
  /** The largest file accepted; the bridge's limit by default. */
  maxBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Bytes read per slice; rounded down to a multiple of 3 so the base64 of the slices joins up exactly. */
  chunkBytes?: number;
}

/** 768 KiB: small enough to report progress often, large enough to be quick. A multiple of 3. */
const DEFAULT_CHUNK_BYTES = 3 * 256 * 1024;
/** String.fromCharCode takes its arguments on the stack: pass it no more than this many at once. */
const CHARS_PER_CALL = 0x8000;

type NamedBlob = Blob & { name?: string };

function nameOf(file: NamedBlob): string {
  return file.name?.trim() || 'The pasted file';
}

/** "812 KB", "20.4 MB": sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  const megabytes = bytes / 1_000_000;
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}

function kindOfType(type: string): MediaKind | null {
  if (IMAGE_TYPES.includes(type)) return 'image';
  if (VIDEO_TYPES.includes(type)) return 'video';
  return null;
}

function kindsText(accept: readonly MediaKind[]): string {
  return accept.includes('video') ? (accept.includes('image') ? 'a picture or video' : 'a video') : 'a picture';
}

/**
 * Why a file cannot be imported here, or null when it may be tried. A file with no type (some drag sources
 * give none) is left to the library, which reads the type from the bytes.
 */
export function checkMediaFile(file: NamedBlob, options: Pick<ImportOptions, 'accept' | 'maxBytes'> = {}): CopydeskError | null {
  const accept = options.accept ?? ['image', 'video'];
  const maxBytes = options.maxBytes ?? MAX_MEDIA_BYTES;
  const name = nameOf(file);
  const kind = file.type ? kindOfType(file.type.toLowerCase()) : null;
  if (file.type && kind === null) {
    return new CopydeskError(
      'unsupported-media',
      `“${name}” is not a picture or video Copydesk can use (${SUPPORTED_LIST}).`,
    );
  }
  if (kind && !accept.includes(kind)) {
    return new CopydeskError('unsupported-media', `“${name}” is ${kind === 'video' ? 'a video' : 'a picture'}; this needs ${kindsText(accept)}.`);
  }
  if (file.size === 0) return new CopydeskError('unsupported-media', `“${name}” is empty.`);
  if (file.size > maxBytes) {
    return new CopydeskError(
      'invalid-argument',
      `“${name}” is ${formatBytes(file.size)}; Copydesk imports pictures and videos up to ${formatBytes(maxBytes)}.`,
    );
  }
  return null;
}

/** Base64 of bytes, built a slice at a time (never one call with millions of arguments). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHARS_PER_CALL) {
    binary += String.fromCharCode.apply(null, bytes.subarray(start, start + CHARS_PER_CALL) as unknown as number[]);
  }
  return btoa(binary);
}

/** Reads a file as base64 slice by slice, telling `onRead` how many bytes are done after each. */
export async function blobToBase64(
  blob: Blob,
  onRead?: (loaded: number, total: number) => void,
  chunkBytes = DEFAULT_CHUNK_BYTES,
): Promise<string> {
  const step = Math.max(3, chunkBytes - (chunkBytes % 3));
  const pieces: string[] = [];
  for (let start = 0; start < blob.size; start += step) {
    const end = Math.min(blob.size, start + step);
    const bytes = new Uint8Array(await blob.slice(start, end).arrayBuffer());
    pieces.push(bytesToBase64(bytes));
    onRead?.(end, blob.size);
  }
  return pieces.join('');
}

/** Imports one file into a story's media folder. Throws a CopydeskError whose message says what to do. */
export async function importMediaFile(
  bridge: CopydeskBridge,
  storyId: string,
  file: NamedBlob,
  options: ImportOptions & { index?: number; count?: number } = {},
): Promise<ImportedFile> {
  const problem = checkMediaFile(file, options);
  if (problem) throw problem;
  const fileName = nameOf(file);
  const report = (phase: ImportProgress['phase'], loaded: number) =>
    options.onProgress?.({ fileName, index: options.index ?? 0, count: options.count ?? 1, loaded, total: file.size, phase });

  report('reading', 0);
  let dataBase64: string;
  try {
    dataBase64 = await blobToBase64(file, (loaded) => report('reading', loaded), options.chunkBytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CopydeskError('io', `“${fileName}” could not be read (${reason}). Is it still there?`);
  }
  report('sending', file.size);
  let imported: ImportedMedia;
  try {
    imported = await bridge.media.import({ storyId, fileName: fileName.slice(0, 255), dataBase64 });
  } catch (error) {
    throw reviveError(error);
  }
  const kind: MediaKind = imported.mimeType.startsWith('video/') ? 'video' : 'image';
  const accept = options.accept ?? ['image', 'video'];
  if (!accept.includes(kind)) {
    throw new CopydeskError('unsupported-media', `“${fileName}” is ${kind === 'video' ? 'a video' : 'a picture'}; this needs ${kindsText(accept)}.`);
  }
  report('done', file.size);
  return { ...imported, fileName, kind };
}

/**
 * Imports files one after another (a batch of photos must not hold all their bytes in memory at once).
 * Each file succeeds or fails on its own; the result lists both, in the order given.
 */
export async function importMediaFiles(
  bridge: CopydeskBridge,
  storyId: string,
  files: readonly NamedBlob[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const result: ImportResult = { imported: [], failed: [] };
  for (const [index, file] of files.entries()) {
    try {
      result.imported.push(await importMediaFile(bridge, storyId, file, { ...options, index, count: files.length }));
    } catch (error) {
      result.failed.push({ fileName: nameOf(file), error: reviveError(error) });
    }
  }
  return result;
}

/**
 * The files a drop or a paste carries. Every file is returned, media or not, so that the caller can say why
 * a PDF was not inserted instead of ignoring it; an empty list means the transfer holds no files at all.
 */
export function filesOf(data: Pick<DataTransfer, 'files' | 'items'> | null | undefined): File[] {
  if (!data) return [];
  const files = Array.from(data.files ?? []);
  if (files.length > 0) return files;
  // Some sources (a picture copied from a web page) expose the file only through items.
  const fromItems: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== 'file') continue;
    const file = item.getAsFile();
    if (file) fromItems.push(file);
  }
  return fromItems;
}
