// Which keyboard this window is used with: a Mac's (⌘) or a PC's (Ctrl), and Windows' few keys of its own.

import type { KeyPlatform } from '../../../shared/commands/accelerator.ts';
import { isMac } from '../editor/keyboard/shortcuts.ts';

export function currentKeyPlatform(): KeyPlatform {
  if (isMac()) return 'mac';
  const platform = typeof navigator === 'undefined' ? '' : navigator.platform || navigator.userAgent;
  return /Win/.test(platform) ? 'windows' : 'linux';
}
