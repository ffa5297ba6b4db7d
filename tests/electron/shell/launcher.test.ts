import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BROWSER_FALLBACK_SENTENCE,
  findElectronBinary,
  isBuildCurrent,
  PROJECT_DIR,
  runForwardingSignals,
} from '../../../electron/shell/launcher.mjs';

const made: string[] = [];
/** A fresh temporary folder, deleted after the tests. */
function temporary(prefix = 'copydesk-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway project whose `electron` package does what `index` says. */
function projectWithElectronPackage(index: string): string {
  const dir = temporary('copydesk-launcher-');
  mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'electron', 'index.js'), index);
  writeFileSync(join(dir, 'node_modules', 'electron', 'package.json'), '{"name":"electron","main":"index.js"}');
  return dir;
}

function touch(dir: string, file: string, seconds: number): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), '');
  utimesSync(join(dir, file), seconds, seconds);
}

describe('findElectronBinary()', () => {
  it('finds nothing when the electron package cannot get its binary, as on our build machines', async () => {
    const projectDir = projectWithElectronPackage(
      'console.log("Downloading Electron binary...");\n' +
        'throw new Error("Electron failed to install correctly. Please delete node_modules/electron");',
    );
    await expect(findElectronBinary({ projectDir, env: { PATH: process.env.PATH } })).resolves.toBeNull();
  });

  it('finds the binary the electron package names, even after it printed download progress', async () => {
    const projectDir = projectWithElectronPackage(
      `console.log("Downloading Electron binary...");\nmodule.exports = ${JSON.stringify(process.execPath)};`,
    );
    await expect(findElectronBinary({ projectDir, env: { PATH: process.env.PATH } })).resolves.toBe(process.execPath);
  });

  it('finds nothing when the package names a binary that is not there', async () => {
    const projectDir = projectWithElectronPackage('module.exports = "/nonexistent/electron";');
    await expect(findElectronBinary({ projectDir, env: {} })).resolves.toBeNull();
  });

  it('uses COPYDESK_ELECTRON_PATH when it is set, and only if the file exists', async () => {
    await expect(findElectronBinary({ env: { COPYDESK_ELECTRON_PATH: process.execPath } })).resolves.toBe(process.execPath);
    await expect(findElectronBinary({ env: { COPYDESK_ELECTRON_PATH: '/nonexistent/electron' } })).resolves.toBeNull();
  });
});

describe('isBuildCurrent()', () => {
  const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

  it('is false while anything of the build is missing', async () => {
    const dir = temporary('copydesk-build-');
    touch(dir, 'electron/main.ts', 1000);
    touch(dir, 'out/main/index.js', 2000);
    await expect(isBuildCurrent(dir)).resolves.toBe(false);
  });

  it('is true when the build is newer than every source, and false once a source changes', async () => {
    const dir = temporary('copydesk-build-');
    touch(dir, 'renderer/src/main.tsx', 1000);
    for (const file of built) touch(dir, file, 2000);
    await expect(isBuildCurrent(dir)).resolves.toBe(true);
    touch(dir, 'shared/story/schema.ts', 3000);
    await expect(isBuildCurrent(dir)).resolves.toBe(false);
  });
});

describe('runForwardingSignals()', () => {
  it("leaves with the child's exit code", async () => {
    await expect(runForwardingSignals(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' })).resolves.toBe(3);
  });

  it.skipIf(process.platform === 'win32')('passes SIGTERM on to the child and reports it as 128 + 15', async () => {
    const running = runForwardingSignals(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.emit('SIGTERM', 'SIGTERM');
    await expect(running).resolves.toBe(143);
  });
});

describe('npm start (electron/shell/start.mjs)', () => {
  it('says in one sentence that it opens in the browser, then runs the browser host with the same arguments', async () => {
    const home = temporary('copydesk-home-');
    const child = spawn(process.execPath, [join(PROJECT_DIR, 'electron/shell/start.mjs'), '--help'], {
      cwd: PROJECT_DIR,
      env: { ...process.env, HOME: home, COPYDESK_ELECTRON_PATH: '/nonexistent/electron' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const [firstLine, ...rest] = stdout.split('\n');
    expect(firstLine).toBe(BROWSER_FALLBACK_SENTENCE);
    expect(rest.join('\n')).not.toContain(BROWSER_FALLBACK_SENTENCE);
    expect(rest.join('\n')).toMatch(/Usage: npm run web/); // the browser host answered --help
    expect(code).toBe(0);
  });
});
