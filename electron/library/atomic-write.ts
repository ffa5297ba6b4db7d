// Atomic writes: the new bytes go to a temporary file in the same folder, are flushed to the disk (fsync),
// and only then renamed over the old file; the folder is then fsynced so the rename itself survives a power
// cut. A reader therefore sees the old file or the new one, never half of either. On any failure the
// temporary file is removed and the original is untouched. Moving a folder and copying one (a story's media)
// are made durable the same way: every name the library makes on disk is followed by an fsync of its folder.

import { randomBytes } from 'node:crypto';
import { cp, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileSystemError } from './fs-errors.ts';

/** Temporary files are hidden and carry this suffix, so a crash's leftovers can be found and removed. */
export const TEMP_SUFFIX = '.copydesk-tmp';

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    await writeFileSynced(temp, data);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw fileSystemError(error, `save ${basename(path)}`, path);
  }
  await syncFolder(dirname(path));
}

/**
 * Moves a file or folder, then fsyncs the folder it arrived in and the one it left, so that once this answers
 * the move survives a power cut.
 */
export async function renameSynced(from: string, to: string): Promise<void> {
  await rename(from, to);
  await syncFolder(dirname(to));
  if (dirname(from) !== dirname(to)) await syncFolder(dirname(from));
}

/**
 * Copies a folder (a story's media, into a new story's folder) and flushes every file copied, every folder
 * made and the folder the copy landed in: a story that was duplicated and answered for has all its pictures
 * after a power cut. A source that is not there (a story without media) rejects with ENOENT, as `cp` does.
 */
export async function copyFolderSynced(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true, errorOnExist: false });
  const entries = await readdir(to, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((each) => each.isFile())) await syncFile(join(entry.parentPath, entry.name));
  for (const entry of entries.filter((each) => each.isDirectory())) await syncFolder(join(entry.parentPath, entry.name));
  await syncFolder(to);
  await syncFolder(dirname(to));
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes a new file (never an existing one) and flushes its bytes to the disk before answering. */
export async function writeFileSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync a folder so a rename in it is durable. Windows cannot open folders for this; there NTFS journals it. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (certain network mounts) refuse fsync on a folder; the data itself is already synced.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
  } finally {
    await handle.close();
  }
}
