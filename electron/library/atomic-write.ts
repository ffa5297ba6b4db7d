// Atomic writes: the new bytes go to a temporary file in the same folder, are flushed to the disk (fsync),
// and only then renamed over the old file; the folder is then fsynced so the rename itself survives a power
// cut. A reader therefore sees the old file or the new one, never half of either. On any failure the
// temporary file is removed and the original is untouched.

import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
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
