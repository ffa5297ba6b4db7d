// electron-builder.yml, checked the way electron-builder itself reads and validates it before a build (the
// build needs the Electron binary, which cannot be had here): installers for the three platforms, the fuses
// flipped, the app packed into an asar, and an Electron new enough for all of it.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The oldest Electron with everything the packaging and the shell rely on: the grantFileProtocolExtraPrivileges
 * fuse (29) and asar integrity checked on Windows as well as macOS (30).
 */
const MINIMUM_ELECTRON_MAJOR = 30;

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
});

const validate = (candidate: Configuration) => validateConfiguration(candidate, new DebugLogger(false));

describe('electron-builder.yml', () => {
  it('is a valid configuration by electron-builder’s own schema', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('would be refused if an option were misspelt, so the check above can fail', async () => {
    await expect(validate({ ...config, mac: { ...config.mac, hardenedRuntme: true } as never })).rejects.toThrow(/configuration\.mac/);
    await expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } as never })).rejects.toThrow(/electronFuses/);
  });

  it('names the app', () => {
    expect(config).toMatchObject({ appId: 'org.copydesk.app', productName: 'Copydesk' });
  });

  it('builds a dmg with the hardened runtime for macOS, an NSIS installer for Windows, an AppImage and a deb for Linux', () => {
    expect(config.mac).toMatchObject({ target: ['dmg'], hardenedRuntime: true });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it('flips the fuses: no running as Node, no NODE_OPTIONS or inspector, only its own integrity-checked app.asar, plain file://', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The page is served at app://copydesk/ (electron/shell/app-protocol.ts), so file:// needs no extras.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into app.asar, which the asar fuses check and require', () => {
    expect(config.asar).toBe(true);
  });

  it('uses an Electron new enough for those fuses', async () => {
    const electron = JSON.parse(await readFile(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
    const declared = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).devDependencies.electron as string;
    expect(Number(electron.version.split('.')[0])).toBeGreaterThanOrEqual(MINIMUM_ELECTRON_MAJOR);
    expect(Number(/\d+/.exec(declared)?.[0])).toBeGreaterThanOrEqual(MINIMUM_ELECTRON_MAJOR);
  });
});
