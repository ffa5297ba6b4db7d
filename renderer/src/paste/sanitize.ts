// The first step of every HTML paste: DOMPurify with an allow-list of the structure we map to story blocks
// (paragraphs, headings, quotes, lists, tables, links, emphasis) and the few attributes the mapping reads.
// Everything else goes; Word's <o:p> and other unknown tags are unwrapped, keeping their text. What went
// that an editor would miss — pictures, players, scripts, links we cannot keep — comes back as warnings.

import createDOMPurify, { type Config, type DOMPurify, type RemovedAttribute, type RemovedElement } from 'dompurify';
import { type PasteWarning, warn } from './warnings.ts';

const ALLOWED_TAGS = [
  // blocks
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'address', 'center',
  'article', 'section', 'main', 'header', 'footer', 'aside', 'nav', 'details', 'summary',
  'figure', 'figcaption', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  // inline
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'small', 'big', 'span',
  'font', 'code', 'kbd', 'samp', 'var', 'mark', 'abbr', 'cite', 'dfn', 'q', 'time', 'bdi', 'bdo', 'wbr',
];

/**
 * `style` and `class` are read, never copied: inline CSS carries Google Docs' bold and italics and Word's
 * list levels and hidden text; classes name Word's and LibreOffice's paragraph styles (MsoQuote, MsoTitle).
 * `aria-level` is Google Docs' list depth.
 */
const ALLOWED_ATTR = ['href', 'style', 'class', 'aria-level', 'hidden'];

/** http(s), mailto and relative addresses; every other scheme (javascript:, data:, file:, tel:) goes. */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  ALLOW_ARIA_ATTR: false,
  ALLOW_DATA_ATTR: false,
  KEEP_CONTENT: true,
  // Text inside these is not story text: button labels, form options, fallback content of players.
  ADD_FORBID_CONTENTS: ['button', 'select', 'datalist', 'textarea', 'object', 'embed', 'canvas', 'picture', 'map'],
};

let purifier: DOMPurify | null = null;

/** One DOMPurify of our own, bound to this window, so our settings never touch anyone else's. */
function getPurifier(): DOMPurify {
  purifier ??= createDOMPurify(window);
  return purifier;
}

export interface SanitizedHtml {
  /** The body's markup with only allowed tags and attributes. */
  html: string;
  warnings: PasteWarning[];
}

export function sanitizeClipboardHtml(dirty: string): SanitizedHtml {
  const dompurify = getPurifier();
  const html = dompurify.sanitize(dirty, { ...CONFIG, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false });
  const warnings = dompurify.removed.flatMap((removed) =>
    'element' in removed ? elementWarnings(removed) : attributeWarnings(removed),
  );
  return { html, warnings };
}

const PLAYERS = new Set(['video', 'audio']);
const FRAMES = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet']);
// Not svg: on web pages those are mostly icons, and a warning for every share button would be noise.
const PICTURES = new Set(['picture', 'canvas']);

function elementWarnings({ element }: RemovedElement): PasteWarning[] {
  const name = element.nodeName.toLowerCase();
  const attribute = (attributeName: string) =>
    element instanceof Element ? (element.getAttribute(attributeName) ?? '') : '';
  if (name === 'img') return [imageWarning(attribute('src'))];
  if (PICTURES.has(name)) return [warn.webImage('')];
  if (PLAYERS.has(name)) return [warn.media()];
  if (FRAMES.has(name)) return [warn.embed(attribute('src') || attribute('data'))];
  if (name === 'script') return [warn.script()];
  return [];
}

function imageWarning(src: string): PasteWarning {
  const url = src.trim();
  if (/^(file:|[a-z]:\\|\\\\)/i.test(url)) return warn.localImage(url);
  if (/^(data|blob):/i.test(url)) return warn.embeddedImage();
  return warn.webImage(url);
}

function attributeWarnings({ attribute }: RemovedAttribute): PasteWarning[] {
  if (!attribute) return [];
  const name = attribute.name.toLowerCase();
  if (name.startsWith('on')) return [warn.script()];
  if (name !== 'href') return [];
  const value = attribute.value.trim();
  if (/^(javascript|vbscript|data):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) return [warn.unsafeLink(value)];
  if (/^file:/i.test(value)) return [warn.localLink(value)];
  return [warn.otherLink(value)];
}
