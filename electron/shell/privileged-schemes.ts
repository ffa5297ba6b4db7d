// The app's own URL schemes, made known to Chromium before the app is ready (it fixes its list of schemes at
// start-up). One call for all of them: registerSchemesAsPrivileged may be called only once, and a second
// call would silently drop the schemes of the first.

import { protocol } from 'electron';
import { APP_SCHEME_PRIVILEGES } from './app-protocol.ts';
import { MEDIA_SCHEME_PRIVILEGES } from './media-protocol.ts';

export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES, MEDIA_SCHEME_PRIVILEGES]);
}
