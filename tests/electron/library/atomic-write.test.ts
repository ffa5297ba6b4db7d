import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CopydeskError } from '../../../shared/errors.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

// The failure a test wants from the next write, injected under the real file system.
const failNextWriteWith = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const code = failNextWriteWith.code;
      if (code && args[1] === 'wx') {
        failNextWriteWith.code = null;
        return Object.assign(Object.create(handle), {
          writeFile: async () => {
            throw Object.assign(new Error(`${code}: simulated`), { code });
          },
          close: () => handle.close(),
        });
      }
      return handle;
    },
  };
});

const { writeFileAtomic } = await import('../../../electron/library/atomic-write.ts');

describe('writeFileAtomic()', () => {
  it('replaces the file with the new content and leaves no temporary file behind', async () => {
    const folder = await tempFolder();
    const file = join(folder, 'story.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['story.json']);
  });

  it.each([
    ['ENOSPC', 'disk-full', /disk holding .* is full/],
    ['EROFS', 'read-only', /is read-only/],
    ['EACCES', 'read-only', /is read-only/],
    ['EIO', 'io', /EIO: simulated/],
  ])('on %s keeps the original, removes the temporary file and says %s', async (errno, code, message) => {
    const folder = await tempFolder();
    const file = join(folder, 'story.json');
    await writeFile(file, 'the original words');
    failNextWriteWith.code = errno;
    const error = await writeFileAtomic(file, 'replacement').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as CopydeskError).code).toBe(code);
    expect((error as CopydeskError).message).toMatch(message);
    expect((error as CopydeskError).details.path).toBe(file);
    expect(await readFile(file, 'utf8')).toBe('the original words');
    expect(await readdir(folder)).toEqual(['story.json']);
  });
});
