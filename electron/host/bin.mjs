#!/usr/bin/env node
// Starts the browser host from its TypeScript source (tsx compiles it on the fly).
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
