#!/usr/bin/env node
// Starts the browser host: its compiled form (compiled-host.mjs makes it when it is missing or stale), or, where
// it cannot be compiled, its TypeScript sources through tsx.
import { pathToFileURL } from 'node:url';
import { compiledHost } from './compiled-host.mjs';

const compiled = await compiledHost();
if (compiled) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
