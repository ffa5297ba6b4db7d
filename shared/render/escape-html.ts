// Escaping for text and attribute values in the HTML we write. Every string from a story passes through one
// of these on its way out: a story is untrusted input (pasted, imported, hand-edited files).

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' };

/**
 * Characters that must not appear raw in an HTML document: C0 controls other than tab, line feed and carriage
 * return, DEL, C1 controls and noncharacters (the HTML parser reports each as an error). A story cannot hold
 * them on purpose, so they are dropped rather than escaped.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

/** The text without the characters no output may hold (see above); every renderer cleans text with this. */
export function dropForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN_CHARACTERS, '');
}

/** Text content: `&`, `<` and `>` escaped. */
export function escapeText(text: string): string {
  return text.replace(FORBIDDEN_CHARACTERS, '').replace(/[&<>]/g, (char) => TEXT_ESCAPES[char]!);
}

/** A double-quoted attribute value: `&`, `<`, `>` and `"` escaped. */
export function escapeAttribute(value: string): string {
  return value.replace(FORBIDDEN_CHARACTERS, '').replace(/[&<>"]/g, (char) => ATTRIBUTE_ESCAPES[char]!);
}

/**
 * JSON inside `<script type="application/ld+json">`: the JSON is valid as it is, but "</script" or "<!--" in a
 * string would end or confuse the script element, so every "<" is written as its JSON escape.
 */
export function jsonForScript(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent)
    .replace(FORBIDDEN_CHARACTERS, '')
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
