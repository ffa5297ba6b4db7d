// Inline content → HTML: text runs with their marks, links, and soft line breaks.

import type { Inline, Text } from '../../story/schema.ts';
import { escapeAttribute, escapeText } from '../escape-html.ts';

/** The link targets an output may carry: the story schema allows nothing else, and we check again here. */
const SAFE_LINK = /^(https?:\/\/|mailto:)\S+$/i;

export function isSafeLinkUrl(url: string): boolean {
  return SAFE_LINK.test(url);
}

function textHtml(node: Text): string {
  // A line break typed inside a paragraph (Shift+Enter) is kept as <br>.
  let html = escapeText(node.text).replace(/\r?\n/g, '<br>');
  if (node.italic) html = `<em>${html}</em>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  return html;
}

export function inlinesHtml(inlines: readonly Inline[]): string {
  let html = '';
  for (const node of inlines) {
    if ('type' in node) {
      const content = node.children.map(textHtml).join('');
      html += isSafeLinkUrl(node.url) ? `<a href="${escapeAttribute(node.url)}">${content}</a>` : content;
    } else {
      html += textHtml(node);
    }
  }
  return html;
}
