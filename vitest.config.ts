import { defineConfig } from 'vitest/config';

// Unit tests: shared/ and electron/ run in Node; renderer tests opt into a DOM with a file comment.
// End-to-end tests live in tests/e2e and run under Playwright, not here.
export default defineConfig({
  test: {
    include: ['tests/{shared,electron,renderer,architecture}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // electron-store is ESM that imports `electron`; inlining it lets the shell's tests mock that import.
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 20_000,
    // The preview imports the story stylesheet with `?raw`; Vitest leaves CSS empty unless told to process it.
    css: { include: [/assets\/styles\/story\.css/] },
  },
});
