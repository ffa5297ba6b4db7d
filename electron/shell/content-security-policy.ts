// The Content Security Policy of Copydesk's own pages, kept in one place (and free of `electron`) so the
// Electron shell and the browser host send the same policy and tests can read it. No remote anything: the
// app works offline and a story's HTML must never be able to reach the network or run script.

import { MEDIA_SCHEME } from './media-url.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: ${MEDIA_SCHEME}:`,
  `media-src 'self' ${MEDIA_SCHEME}:`,
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
