// The editor's decoration store, for the code that feeds it (lint, spelling) and the leaves that draw it.

import { createContext, useContext } from 'react';
import type { DecorationStore } from './decoration-store.ts';

export const DecorationContext = createContext<DecorationStore | null>(null);

export function useDecorationStore(): DecorationStore | null {
  return useContext(DecorationContext);
}
