// The app icons electron-builder.yml names: each file is there, is what its name says, and carries the sizes
// the platform needs (assets/make-icons.sh makes them from assets/icon.png).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
});

async function iconOf(platform: 'mac' | 'win' | 'linux'): Promise<{ path: string; bytes: Buffer }> {
  const path = config[platform]?.icon;
  if (typeof path !== 'string') throw new Error(`electron-builder.yml names no ${platform} icon`);
  return { path, bytes: await readFile(join(ROOT, path)) };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The element types of an .icns file ("ic10" is 1024 px, "ic09" 512 px, …). */
function icnsTypes(bytes: Buffer): string[] {
  expect(bytes.toString('latin1', 0, 4)).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const types: string[] = [];
  for (let offset = 8; offset < bytes.length; offset += bytes.readUInt32BE(offset + 4)) types.push(bytes.toString('latin1', offset, offset + 4));
  return types;
}

/** The image sizes in an .ico file (a stored 0 means 256). */
function icoSizes(bytes: Buffer): number[] {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1); // 1 = icon
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, index) => bytes[6 + index * 16] || 256);
}

describe('the app icons', () => {
  it('come from assets/', () => {
    expect([config.mac?.icon, config.win?.icon, config.linux?.icon]).toEqual(['assets/icon.icns', 'assets/icon.ico', 'assets/icon.png']);
  });

  it('give Linux a 1024 px PNG (electron-builder wants 512 px at least)', async () => {
    expect(pngSize((await iconOf('linux')).bytes)).toEqual({ width: 1024, height: 1024 });
  });

  it('give macOS an .icns from 16 to 1024 px', async () => {
    expect(icnsTypes((await iconOf('mac')).bytes)).toEqual(expect.arrayContaining(['is32', 'il32', 'it32', 'ic08', 'ic09', 'ic10']));
  });

  it('give Windows an .ico from 16 to 256 px', async () => {
    expect(icoSizes((await iconOf('win')).bytes)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });
});
