// Which pasted links survive. The story model allows http(s) and mailto only (shared/story/schema.ts
// LinkUrl); everything else becomes plain text, with a warning when an editor would miss the link.

import { type PasteWarning, warn } from './warnings.ts';

const MAX_URL_LENGTH = 2048;

export type LinkDecision = { url: string } | { url: null; warning?: PasteWarning };

/** The URL to keep for an `<a href>`, resolving relative addresses against `baseUrl` when there is one. */
export function resolveLink(href: string, baseUrl?: string): LinkDecision {
  const raw = href.trim();
  if (raw === '') return { url: null };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme) return absoluteLink(raw, scheme);
  // Word's footnote marks and bookmarks ("#_ftn1") point inside the pasted document: nothing to link to.
  if (raw.startsWith('#') && !baseUrl) return { url: null };
  if (!baseUrl) return { url: null, warning: warn.relativeLink(raw) };
  let resolved: URL;
  try {
    resolved = new URL(raw, baseUrl);
  } catch {
    return { url: null, warning: warn.relativeLink(raw) };
  }
  return absoluteLink(resolved.href, resolved.protocol.slice(0, -1).toLowerCase());
}

function absoluteLink(raw: string, scheme: string): LinkDecision {
  if (scheme === 'http' || scheme === 'https') {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      return { url: null, warning: warn.otherLink(raw) };
    }
    // Keep the address as written unless it has spaces the model's URL rule would refuse.
    const url = /\s/.test(raw) ? parsed.href : raw;
    if (url.length > MAX_URL_LENGTH) return { url: null, warning: warn.otherLink(raw) };
    return { url };
  }
  if (scheme === 'mailto') {
    const url = raw.replace(/\s/g, '%20');
    return url.length > MAX_URL_LENGTH || url === 'mailto:' ? { url: null } : { url };
  }
  if (scheme === 'file') return { url: null, warning: warn.localLink(raw) };
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
    return { url: null, warning: warn.unsafeLink(raw) };
  }
  return { url: null, warning: warn.otherLink(raw) };
}
