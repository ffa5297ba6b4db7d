// zod compiles its object parsers with `new Function` when it can, and tries it once to find out. The page's
// Content Security Policy forbids it (no 'unsafe-eval'), so that try files a policy violation at every
// start — noise that would hide a real one. Imported first by each entry point (the page, the lint worker),
// so zod never tries.

import { config } from 'zod';

config({ jitless: true });
