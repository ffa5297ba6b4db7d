// Every benchmark suite, in the order `npm run bench` runs them.

import type { Suite } from './lib/figures.ts';
import { openSuite } from './suites/open.ts';
import { pasteSuite } from './suites/paste.ts';
import { sizeSuite } from './suites/size.ts';
import { startupSuite } from './suites/startup.ts';
import { exportSuite } from './suites/export.ts';
import { saveSuite } from './suites/save.ts';
import { librarySuite } from './suites/library.ts';
import { typingSuite } from './suites/typing.ts';
import { previewSuite } from './suites/preview.ts';

export const SUITES: Suite[] = [
  openSuite,
  pasteSuite,
  sizeSuite,
  startupSuite,
  exportSuite,
  saveSuite,
  librarySuite,
  typingSuite,
  previewSuite,
];
