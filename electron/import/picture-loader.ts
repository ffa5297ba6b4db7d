// Fetching an imported picture's bytes from its ref, offline and without leaving the folder it came from:
//   data:image/…;base64,…   decoded (Word's pictures, and pages that inline theirs)
//   page_files/photo.jpg    read from the folder of the saved page ("Save page as … complete"), and only from
//                           inside it: "../", an absolute path or a link out of the folder is refused
//   https://…               never fetched: Copydesk works offline, and a page must not make it call anywhere
// Anything else (file:, javascript:, blob:) is refused. What the bytes are is decided later, by the library,
// from the bytes themselves.

import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { MAX_MEDIA_BYTES } from '../../shared/bridge/contract.ts';
import { CopydeskError } from '../../shared/errors.ts';

/** The picture's bytes, or a CopydeskError whose message says why there are none (it becomes a note). */
export type PictureLoader = (ref: string) => Promise<Uint8Array>;

export interface PictureLoaderOptions {
  /**
   * The folder the imported file was in, when it is known (the command line, a file chosen in the desktop
   * app). Without it, pictures saved beside a page cannot be reached.
   */
  baseFolder?: string;
}

const DATA_URI = /^data:([^,]*?),(.*)$/is;

export function createPictureLoader({ baseFolder }: PictureLoaderOptions = {}): PictureLoader {
  return async (ref) => {
    const trimmed = ref.trim();
    if (/^data:/i.test(trimmed)) return decodeDataUri(trimmed);
    if (/^(https?:)?\/\//i.test(trimmed)) {
      throw new CopydeskError(
        'not-found',
        `the picture is on the web (${shorten(trimmed)}) and Copydesk works offline, so it was not downloaded`,
      );
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[a-z]:[\\/]/i.test(trimmed)) {
      throw new CopydeskError('invalid-argument', `its address (${shorten(trimmed)}) is not a picture file Copydesk may read`);
    }
    return readBesidePage(trimmed, baseFolder);
  };
}

function decodeDataUri(uri: string): Uint8Array {
  const match = DATA_URI.exec(uri);
  if (!match) throw new CopydeskError('invalid-argument', 'its embedded data is malformed');
  const [, header = '', payload = ''] = match;
  // A base64 payload is 4/3 of the bytes: refuse an oversized one before decoding it.
  if (payload.length > Math.ceil(MAX_MEDIA_BYTES / 3) * 4) {
    throw new CopydeskError('invalid-argument', 'the embedded picture is larger than the 200 MB Copydesk accepts');
  }
  if (/;base64$/i.test(header)) return new Uint8Array(Buffer.from(payload, 'base64'));
  try {
    return new Uint8Array(Buffer.from(decodeURIComponent(payload), 'latin1'));
  } catch {
    throw new CopydeskError('invalid-argument', 'its embedded data is malformed');
  }
}

async function readBesidePage(ref: string, baseFolder: string | undefined): Promise<Uint8Array> {
  // A browser reads "\" in a page's address as "/", so "..\secret.jpg" climbs out of the folder on every system.
  const path = decodePath(ref.replace(/[?#].*$/s, '')).replace(/\\/g, '/');
  if (path.includes('\0')) {
    throw new CopydeskError('invalid-argument', `its path (${shorten(path.replace(/\0/g, '%00'))}) holds a NUL character, which no file name can`);
  }
  if (!baseFolder) {
    throw new CopydeskError(
      'not-found',
      `the picture (${shorten(path)}) was saved beside the page, in a folder Copydesk cannot reach from a dropped or uploaded file`,
    );
  }
  if (isAbsolute(path) || /^[a-z]:[\\/]/i.test(path)) {
    throw new CopydeskError('invalid-argument', `its path (${shorten(path)}) points outside the page's folder`);
  }
  const folder = await realpath(baseFolder).catch(() => resolve(baseFolder));
  const target = resolve(folder, path);
  if (!isInside(folder, target)) {
    throw new CopydeskError('invalid-argument', `its path (${shorten(path)}) points outside the page's folder`);
  }
  // A link inside the folder may still point out of it: the real path must stay inside too.
  const real = await realpath(target).catch(() => {
    throw new CopydeskError('not-found', `the picture file ${shorten(path)} is not in the page's folder`);
  });
  if (!isInside(folder, real)) {
    throw new CopydeskError('invalid-argument', `its path (${shorten(path)}) leads outside the page's folder`);
  }
  const info = await stat(real);
  if (!info.isFile()) throw new CopydeskError('not-found', `${shorten(path)} is not a file`);
  if (info.size > MAX_MEDIA_BYTES) {
    throw new CopydeskError('invalid-argument', `the picture file ${shorten(path)} is larger than the 200 MB Copydesk accepts`);
  }
  return new Uint8Array(await readFile(real));
}

/** "My%20Page_files/a.jpg" → "My Page_files/a.jpg": saved pages escape their paths as URLs. */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function isInside(folder: string, target: string): boolean {
  const path = relative(folder, target);
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
