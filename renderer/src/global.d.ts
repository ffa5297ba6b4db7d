// The one declaration of `window.copydesk`: its type is the bridge contract's, never written out again here.

import type { CopydeskBridge } from '../../shared/bridge/contract.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser, where the HTTP bridge is used instead. */
    copydesk?: CopydeskBridge;
  }
}

export {};
