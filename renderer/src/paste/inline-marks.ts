// Bold and italic from the ways office programs and browsers write them: <b>/<strong>/<i>/<em>, and
// inline CSS. The element's own CSS wins over its tag, so Google Docs' document-wide
// <b style="font-weight:normal" id="docs-internal-guid-…"> wrapper is not bold, and Docs' real bold
// (<span style="font-weight:700">) is. Only `font-weight` and `font-style` count: Word's
// `mso-bidi-font-weight:normal` on a <b> is about right-to-left text and must not unbold it.

export interface Marks {
  bold: boolean;
  italic: boolean;
}

export const NO_MARKS: Marks = { bold: false, italic: false };

/**
 * The element's inline style as lowercase property → value, read from the attribute itself: browsers drop
 * properties they do not know (`mso-list`, `mso-hide`) from `element.style`, and those are the ones Word
 * uses to describe lists and hidden text. Later declarations win; `!important` is dropped.
 */
export function inlineStyle(element: Element): Map<string, string> {
  const style = new Map<string, string>();
  const text = element.getAttribute('style');
  if (!text) return style;
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (property) style.set(property, value);
  }
  return style;
}

/** `true` bold, `false` explicitly not bold, `undefined` when the value says nothing. */
function weightIsBold(value: string | undefined): boolean | undefined {
  if (!value) return undefined;
  const weight = value.toLowerCase();
  if (weight === 'bold' || weight === 'bolder') return true;
  if (weight === 'normal' || weight === 'lighter') return false;
  const number = Number(weight);
  return Number.isFinite(number) ? number >= 600 : undefined;
}

function styleIsItalic(value: string | undefined): boolean | undefined {
  if (!value) return undefined;
  const style = value.toLowerCase();
  if (style === 'italic' || style.startsWith('oblique')) return true;
  if (style === 'normal') return false;
  return undefined;
}

const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em']);

/** The marks inside `element`, given the marks around it. */
export function marksOf(element: Element, around: Marks): Marks {
  const tag = element.localName;
  const style = inlineStyle(element);
  let bold = around.bold || BOLD_TAGS.has(tag);
  let italic = around.italic || ITALIC_TAGS.has(tag);
  const weight = weightIsBold(style.get('font-weight'));
  if (weight !== undefined) bold = weight;
  const slant = styleIsItalic(style.get('font-style'));
  if (slant !== undefined) italic = slant;
  return bold === around.bold && italic === around.italic ? around : { bold, italic };
}
