// The dictionary ships inside the app: electron-builder copies the production dependencies (and only those)
// into app.asar, and electron-vite leaves them outside the main bundle, so they must be listed there.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('the spell checker as packaged', () => {
  it.each(['nspell', 'dictionary-en'])('has %s among the production dependencies', (name) => {
    expect(manifest.dependencies[name]).toBeDefined();
    expect(manifest.devDependencies[name]).toBeUndefined();
  });

  it('reads its dictionary from the package folder, not from the network', () => {
    const source = readFileSync('node_modules/dictionary-en/index.js', 'utf8');
    expect(source).toMatch(/readFile\(new URL\('index\.aff', import\.meta\.url\)\)/);
    expect(source).not.toMatch(/fetch|https?:/);
  });
});
