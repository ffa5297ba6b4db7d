// The story's lint controller, for the editor's lint layer (inside <Slate>) and the "House style" panel
// beside it: the story view provides it around both.

import { createContext, useContext } from 'react';
import type { LintController } from './lint-controller.ts';

export const LintContext = createContext<LintController | null>(null);

export function useLintController(): LintController | null {
  return useContext(LintContext);
}
