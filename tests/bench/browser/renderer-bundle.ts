// The built interface's JavaScript (out/renderer): which files the page loads up front — the module scripts
// and module preloads in index.html — and every chunk in the build, each with its size gzipped at level 9
// (what a server compressing it would send; the Electron shell reads the files from disk either way).

import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipped: number;
}

export interface RendererBundle {
  /** The scripts index.html loads, and the modules it preloads: what the first paint waits for. */
  upFront: BundleFile[];
  /** Every JavaScript chunk in the build, loaded up front or when needed. */
  chunks: BundleFile[];
}

async function measure(path: string): Promise<BundleFile> {
  const bytes = await readFile(path);
  return { file: basename(path), bytes: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

/** The addresses of `<script src>` and `<link rel="modulepreload" href>` in the page, in order. */
export function upFrontScripts(indexHtml: string): string[] {
  const addresses: string[] = [];
  for (const [tag] of indexHtml.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const address = isScript ? attribute('src') : attribute('rel')?.toLowerCase() === 'modulepreload' ? attribute('href') : undefined;
    if (address) addresses.push(address);
  }
  return addresses;
}

export async function measureRendererBundle(buildDir: string): Promise<RendererBundle> {
  const indexHtml = await readFile(join(buildDir, 'index.html'), 'utf8');
  const upFront = await Promise.all(upFrontScripts(indexHtml).map((address) => measure(resolve(buildDir, address.replace(/^\//, '')))));
  const assets = join(buildDir, 'assets');
  const names = (await readdir(assets, { recursive: true })).filter((name) => /\.m?js$/.test(name));
  const chunks = await Promise.all(names.map((name) => measure(join(assets, name))));
  return { upFront, chunks };
}
