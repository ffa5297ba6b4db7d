// The recovery journal's few file operations, behind one interface so that tests can make the disk fail
// (full, read-only) whoever runs them — root writes to a read-only folder regardless. Every write is on the
// disk before it answers: an append is fsynced, a replacement is an atomic write.

import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../library/atomic-write.ts';
import { fileSystemError } from '../library/fs-errors.ts';

export interface JournalFiles {
  /** Adds `text` to the end of the file (creating it and its folder), flushed to the disk before answering. */
  append(path: string, text: string): Promise<void>;
  /** Replaces the file with `text` in one step: a reader sees the old file or the new one, never half. */
  replace(path: string, text: string): Promise<void>;
  /** The file's text, or null when there is none. */
  read(path: string): Promise<string | null>;
  /** Removes the file; nothing happens when it is already gone. */
  remove(path: string): Promise<void>;
  /** Renames a file (an unreadable journal is set aside, never deleted). */
  move(from: string, to: string): Promise<void>;
}

/** The part of node:fs/promises the appends use, so a test can watch the flush happen. */
export interface AppendFs {
  open: typeof open;
  mkdir: typeof mkdir;
}

export function nodeJournalFiles(fs: AppendFs = { open, mkdir }): JournalFiles {
  return {
    async append(path, text) {
      try {
        await fs.mkdir(dirname(path), { recursive: true });
        const handle = await fs.open(path, 'a', 0o600);
        try {
          await handle.writeFile(text, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch (error) {
        throw fileSystemError(error, 'keep the recovery copy', path);
      }
    },
    async replace(path, text) {
      try {
        await fs.mkdir(dirname(path), { recursive: true });
      } catch (error) {
        throw fileSystemError(error, 'keep the recovery copy', path);
      }
      await writeFileAtomic(path, text);
    },
    async read(path) {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw fileSystemError(error, 'read the recovery copy', path);
      }
    },
    async remove(path) {
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw fileSystemError(error, 'remove the recovery copy', path);
      });
    },
    async move(from, to) {
      await rename(from, to).catch((error: unknown) => {
        throw fileSystemError(error, 'set the unreadable recovery copy aside', from);
      });
    },
  };
}
