// A fresh library folder per test, removed afterwards.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export function useTempFolders(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    for (const folder of made.splice(0)) {
      await rm(folder, { recursive: true, force: true }).catch(() => {});
    }
  });
  return async () => {
    const folder = await mkdtemp(join(tmpdir(), 'copydesk-test-'));
    made.push(folder);
    return folder;
  };
}

/** The smallest valid JPEG header bytes: enough for type sniffing. */
export function jpegBytes(seed = 0): Uint8Array {
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, seed, 0xff, 0xd9]);
}
