// What a paste left out, said so an editor knows what to do next. One warning per distinct thing: pasting
// a page with five scripts says "scripts were removed" once.

export type PasteWarningKind =
  | 'local-image' // a picture that lives on the editor's computer (file://), e.g. from Word
  | 'image' // any other picture: on the web, or embedded in the clipboard as data
  | 'media' // a video or audio player
  | 'embed' // an iframe, object or embed: video players, maps, social posts
  | 'script' // script elements or event-handler attributes
  | 'unsafe-link' // a javascript:, vbscript: or data: link
  | 'local-link' // a link to a file on the editor's computer
  | 'link' // any other link we cannot keep: relative without a base, tel:, ftp: …
  | 'table'; // a table, flattened into paragraphs

export interface PasteWarning {
  kind: PasteWarningKind;
  message: string;
}

const MAX_SHOWN = 80;

/** A URL short enough for a sentence; data: URLs are never shown (they can be megabytes long). */
export function shortUrl(url: string): string {
  const trimmed = url.trim();
  if (/^data:/i.test(trimmed)) return 'data:…';
  return trimmed.length > MAX_SHOWN ? `${trimmed.slice(0, MAX_SHOWN - 1)}…` : trimmed;
}

export const warn = {
  localImage: (src: string): PasteWarning => ({
    kind: 'local-image',
    message: `A picture from your computer (${shortUrl(src)}) could not be pasted; insert it with Insert photo.`,
  }),
  embeddedImage: (): PasteWarning => ({
    kind: 'image',
    message: 'A picture embedded in the pasted text could not be pasted; insert it with Insert photo.',
  }),
  webImage: (src: string): PasteWarning => ({
    kind: 'image',
    message: src.trim()
      ? `A picture (${shortUrl(src)}) was left out; insert pictures with Insert photo.`
      : 'A picture was left out; insert pictures with Insert photo.',
  }),
  media: (): PasteWarning => ({
    kind: 'media',
    message: 'A video or audio player was left out; add video with Insert video.',
  }),
  embed: (src: string): PasteWarning => ({
    kind: 'embed',
    message: src.trim()
      ? `An embedded frame (${shortUrl(src)}) was left out; the story body holds text, photos and videos only.`
      : 'An embedded frame was left out; the story body holds text, photos and videos only.',
  }),
  script: (): PasteWarning => ({ kind: 'script', message: 'Scripts in the pasted text were removed.' }),
  unsafeLink: (href: string): PasteWarning => ({
    kind: 'unsafe-link',
    message: `A link to “${shortUrl(href)}” was removed and its text kept: only web and email links are allowed.`,
  }),
  localLink: (href: string): PasteWarning => ({
    kind: 'local-link',
    message: `A link to a file on your computer (${shortUrl(href)}) was kept as plain text.`,
  }),
  otherLink: (href: string): PasteWarning => ({
    kind: 'link',
    message: `A link to “${shortUrl(href)}” was kept as plain text: only web (http, https) and email links are allowed.`,
  }),
  relativeLink: (href: string): PasteWarning => ({
    kind: 'link',
    message: `A link with an incomplete address (“${shortUrl(href)}”) was kept as plain text.`,
  }),
  table: (): PasteWarning => ({
    kind: 'table',
    message: 'A table was pasted as separate paragraphs; the story body has no tables.',
  }),
};

/** The warnings without repeats, in the order they first appeared. */
export function distinctWarnings(warnings: readonly PasteWarning[]): PasteWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = `${warning.kind}\n${warning.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
