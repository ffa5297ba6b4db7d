// The Content-Security-Policy every rendered document carries in a <meta>: no script, no network, no
// forms; the stylesheet allowed by its hash; pictures from the document's own place or inlined. The app's
// own policy adds the same stylesheet hash so that the preview, which inherits it, can show the document.

import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding; shared code has neither Buffer nor btoa, and a hash is only 32 bytes. */
function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64_DIGITS[(triple >> 18) & 63]! + BASE64_DIGITS[(triple >> 12) & 63]!;
    out += b === undefined ? '=' : BASE64_DIGITS[(triple >> 6) & 63]!;
    out += c === undefined ? '=' : BASE64_DIGITS[triple & 63]!;
  }
  return out;
}

const hashes = new Map<string, string>();

/** The CSP source that allows exactly this stylesheet in a <style> element: "'sha256-…'". */
export function stylesheetHashSource(stylesheet: string): string {
  let source = hashes.get(stylesheet);
  if (source === undefined) {
    source = `'sha256-${base64(sha256(utf8ToBytes(stylesheet)))}'`;
    hashes.set(stylesheet, source);
  }
  return source;
}

/** The policy of a rendered story document. */
export function storyDocumentPolicy(stylesheet: string, extraMediaSources: readonly string[] = []): string {
  const media = ["'self'", 'data:', ...extraMediaSources].join(' ');
  return [
    "default-src 'none'",
    `style-src ${stylesheetHashSource(stylesheet)}`,
    `img-src ${media}`,
    `media-src ${media}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
