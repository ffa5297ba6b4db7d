#!/usr/bin/env node
// `npx copydesk`: registers tsx so Node can load the TypeScript sources, then hands over to main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
await main(process.argv);
