// Builds the three parts of the desktop app into out/: the main process (ESM, like the package), the
// preload (CommonJS, because sandboxed preloads cannot be modules) and the renderer (relative paths, so
// the same build works from file:// in Electron and from the browser host).

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { steadyChunkedElementContextPlugin } from './electron/build/steady-chunked-element-context.ts';
import { withContentSecurityPolicy } from './electron/shell/content-security-policy.ts';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Node built-ins, `electron` and the package's dependencies stay outside the bundle (electron-vite's
      // default), so electron-store and friends load from node_modules as in any Node program.
      externalizeDeps: true,
      rolldownOptions: { input: { index: resolve(root, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require nothing but `electron`: everything else is bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), steadyChunkedElementContextPlugin(), writeContentSecurityPolicy(), relaxCspForDevServer()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified; the page loads and parses all of it before its first paint.
      // COPYDESK_UNMINIFIED=1 keeps names readable in a CPU profile (BENCHMARKS.md).
      minify: process.env.COPYDESK_UNMINIFIED ? false : true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});

/** Writes the app's Content-Security-Policy into index.html's <meta>, before anything else reads the page. */
function writeContentSecurityPolicy(): Plugin {
  return {
    name: 'copydesk:content-security-policy',
    transformIndexHtml: { order: 'pre', handler: (html) => withContentSecurityPolicy(html) },
  };
}

/**
 * The dev server (`npm run dev`) injects an inline script for hot reload, inline styles for CSS, and talks to
 * its websocket; the page's strict CSP would block all three. Loosened for `vite serve` only: builds keep the
 * strict policy untouched.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'copydesk:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        // A hash beside 'unsafe-inline' would switch it off, so the whole directive is replaced.
        .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
    },
  };
}
