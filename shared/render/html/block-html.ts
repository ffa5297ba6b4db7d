// Body blocks → HTML, each a single top-level element of the body so the preview can find block n as the
// body's child n. The dateline goes at the start of the first paragraph, as newspapers print it.

import type { BlockQuote, BodyBlock, List } from '../../story/schema.ts';
import { escapeText } from '../escape-html.ts';
import type { HtmlRenderOptions } from '../render-options.ts';
import { DATELINE_DASH } from '../story-lines.ts';
import { inlinesHtml } from './inline-html.ts';
import { photoHtml, videoHtml } from './media-html.ts';

function listHtml(list: List): string {
  const tag = list.style === 'numbered' ? 'ol' : 'ul';
  const items = list.items.map((item) => `<li>${inlinesHtml(item.children)}${item.sublist ? `\n${listHtml(item.sublist)}\n` : ''}</li>`);
  return `<${tag}>\n${items.join('\n')}\n</${tag}>`;
}

/** A quotation with its attribution outside the <blockquote>, as the HTML standard asks. */
function blockQuoteHtml(quote: BlockQuote): string {
  const blockquote = `<blockquote><p>${inlinesHtml(quote.children)}</p></blockquote>`;
  const attribution = quote.attribution.trim();
  if (!attribution) return `<figure class="story-quote">\n${blockquote}\n</figure>`;
  return `<figure class="story-quote">\n${blockquote}\n<figcaption>${DATELINE_DASH} ${escapeText(attribution)}</figcaption>\n</figure>`;
}

export function datelineHtml(label: string): string {
  return `<span class="story-dateline" data-part="dateline">${escapeText(label)}</span> ${DATELINE_DASH} `;
}

/**
 * One body block. Every block gives exactly one element, even an empty photo slot (an empty <div>), so that
 * body block n is always the body's child n.
 */
export function bodyBlockHtml(block: BodyBlock, options: HtmlRenderOptions, dateline = ''): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${dateline ? datelineHtml(dateline) : ''}${inlinesHtml(block.children)}</p>`;
    case 'subhead':
      return `<h2>${inlinesHtml(block.children)}</h2>`;
    case 'block-quote':
      return blockQuoteHtml(block);
    case 'list':
      return listHtml(block);
    case 'photo':
      return photoHtml(block, options) || '<div class="story-empty-media"></div>';
    case 'video':
      return videoHtml(block, options) || '<div class="story-empty-media"></div>';
  }
}
