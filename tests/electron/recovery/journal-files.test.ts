import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeJournalFiles } from '../../../electron/recovery/journal-files.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

/** node:fs/promises' open, with every write, flush and close of the handles it gives noted in `steps`. */
function watchedOpen(steps: string[]): typeof open {
  return (async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    const note =
      <A extends unknown[], R>(name: string, method: (...a: A) => Promise<R>) =>
      async (...a: A) => {
        const result = await method.apply(handle, a);
        steps.push(name);
        return result;
      };
    return Object.assign(Object.create(handle) as typeof handle, {
      writeFile: note('write', handle.writeFile),
      sync: note('sync', handle.sync),
      close: note('close', handle.close),
    });
  }) as typeof open;
}

describe('nodeJournalFiles()', () => {
  it('flushes an appended entry to the disk before it answers', async () => {
    const steps: string[] = [];
    const files = nodeJournalFiles({ open: watchedOpen(steps), mkdir });
    const path = join(await tempFolder(), 'recovery', 'lib', 'story.jsonl');
    await files.append(path, 'one\n');
    steps.push('answered');
    await files.append(path, 'two\n');
    expect(steps).toEqual(['write', 'sync', 'close', 'answered', 'write', 'sync', 'close']);
    expect(await readFile(path, 'utf8')).toBe('one\ntwo\n');
  });

  it('says plainly when the disk is full, naming the recovery copy', async () => {
    const full = (async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    }) as unknown as typeof open;
    const files = nodeJournalFiles({ open: full, mkdir });
    const path = join(await tempFolder(), 'story.jsonl');
    await expect(files.append(path, 'x\n')).rejects.toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/^Could not keep the recovery copy: the disk holding .* is full/),
    });
  });

  it('reads nothing, without an error, where there is no journal', async () => {
    const files = nodeJournalFiles();
    expect(await files.read(join(await tempFolder(), 'none.jsonl'))).toBeNull();
    await expect(files.remove(join(await tempFolder(), 'none.jsonl'))).resolves.toBeUndefined();
  });
});
