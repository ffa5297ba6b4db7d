// Writing an export so that a failure never leaves half of one, nor damages what was there before:
//   - a file is written beside its destination, flushed, then moved into place in one step — by rename when
//     replacing (electron/library/atomic-write.ts), by a hard link when nothing may be replaced, so a file
//     that appeared in the meantime is still not overwritten;
//   - a folder is built complete in a hidden sibling folder, then swapped in by rename; the folder it
//     replaces is removed only after the swap.

import { randomBytes } from 'node:crypto';
import { copyFile, link, lstat, mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncFolder, TEMP_SUFFIX, writeFileAtomic, writeFileSynced } from '../library/atomic-write.ts';
import { fileSystemError } from '../library/fs-errors.ts';
import { alreadyExistsError } from './export-destination.ts';

/** A hidden name beside `path` for something being written, or for what is being replaced. */
function siblingName(path: string, role: 'new' | 'old'): string {
  return join(dirname(path), `.${basename(path)}.${role}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** Writes a file of the export: replacing what is there when `overwrite`, else refusing ('already-exists'). */
export async function writeExportFile(path: string, data: string | Uint8Array, overwrite: boolean): Promise<void> {
  if (overwrite) return writeFileAtomic(path, data);
  if ((await writeNewFile(path, data)) === 'exists') throw alreadyExistsError(path);
}

/** Writes `path` only if nothing is there: the bytes go to a flushed temporary file, then into place. */
export async function writeNewFile(path: string, data: string | Uint8Array): Promise<'written' | 'exists'> {
  const temp = siblingName(path, 'new');
  let placed: 'written' | 'exists';
  try {
    await writeFileSynced(temp, data);
    placed = await placeWithoutReplacing(temp, path);
  } catch (error) {
    throw fileSystemError(error, `write ${basename(path)}`, path);
  } finally {
    await unlink(temp).catch(() => {});
  }
  if (placed === 'written') {
    await syncFolder(dirname(path)).catch((error: unknown) => {
      throw fileSystemError(error, `write ${basename(path)}`, path);
    });
  }
  return placed;
}

/**
 * Puts the flushed file `temp` at `path` unless something is there: by hard link, which fails rather than
 * replaces; where the file system has no hard links (FAT, some network drives), by a check and a rename.
 */
async function placeWithoutReplacing(temp: string, path: string): Promise<'written' | 'exists'> {
  try {
    await link(temp, path);
    return 'written';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'exists';
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (await exists(path)) return 'exists';
    await rename(temp, path);
    return 'written';
  }
}

/** Copies a media file and flushes it to the disk, so the export it belongs to is whole after a power cut. */
export async function copyFileSynced(from: string, to: string): Promise<void> {
  try {
    await copyFile(from, to);
    const handle = await open(to, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileSystemError(error, `copy ${basename(from)} into the export`, to);
  }
}

/** Copies a media file unless a file of that name is there already (media are named by their content). */
export async function copyFileIfAbsent(from: string, to: string): Promise<'written' | 'exists'> {
  if (await exists(to)) return 'exists';
  const temp = siblingName(to, 'new');
  try {
    await copyFileSynced(from, temp);
    const placed = await placeWithoutReplacing(temp, to);
    if (placed === 'written') await syncFolder(dirname(to)); // the new name is only durable with its folder
    return placed;
  } catch (error) {
    throw fileSystemError(error, `copy ${basename(from)} into the export`, to);
  } finally {
    await unlink(temp).catch(() => {});
  }
}

/**
 * Builds a folder in a hidden sibling, then puts it at `path`: moved in when nothing is there, swapped for
 * the folder that is there when `overwrite`. Until the swap, the old folder is untouched; on any failure the
 * half-built folder is removed.
 */
export async function writeExportFolder(path: string, build: (folder: string) => Promise<void>, overwrite: boolean): Promise<void> {
  const building = siblingName(path, 'new');
  try {
    await mkdir(building).catch((error: unknown) => {
      throw fileSystemError(error, `create the export folder ${basename(path)}`, path);
    });
    await build(building);
    await syncFolder(building).catch((error: unknown) => {
      throw fileSystemError(error, `write the export folder ${basename(path)}`, path);
    });
    await putInPlace(building, path, overwrite);
  } finally {
    await rm(building, { recursive: true, force: true }).catch(() => {});
  }
}

async function putInPlace(building: string, path: string, overwrite: boolean): Promise<void> {
  if (!(await exists(path))) {
    try {
      await rename(building, path);
    } catch (error) {
      // A folder (with something in it) appeared at the destination since the check.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') throw alreadyExistsError(path);
      throw fileSystemError(error, `put the export folder in place`, path);
    }
  } else {
    if (!overwrite) throw alreadyExistsError(path);
    const old = siblingName(path, 'old');
    await rename(path, old).catch((error: unknown) => {
      throw fileSystemError(error, `move the old export folder aside`, path);
    });
    try {
      await rename(building, path);
    } catch (error) {
      await rename(old, path).catch(() => {}); // put the old folder back: nothing is lost
      throw fileSystemError(error, `put the export folder in place`, path);
    }
    // The export is in place; the old folder is only clutter now, and failing to remove it is no failure.
    await rm(old, { recursive: true, force: true }).catch(() => {});
  }
  await syncFolder(dirname(path)).catch(() => {});
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
