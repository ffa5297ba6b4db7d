// Every benchmark suite, in the order `npm run bench` runs them.

import type { Suite } from './lib/figures.ts';

export const SUITES: Suite[] = [];
