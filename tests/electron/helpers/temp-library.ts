// A fresh library folder per test, removed afterwards.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { CopydeskError } from '../../../shared/errors.ts';

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

/** The CopydeskError a promise rejects with; fails the test if it resolves or throws something else. */
export async function rejection(promise: Promise<unknown>): Promise<CopydeskError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CopydeskError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject with a CopydeskError');
}

/** A clock tests can move: pass it as the library's `now`. */
export function clock(start = '2026-11-27T10:00:00.000Z') {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}
