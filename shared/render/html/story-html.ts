// A story → one complete, semantic HTML5 document: what the preview shows and what export writes, from
// the same function. The document carries its stylesheet, its JSON-LD and a Content-Security-Policy, and
// nothing else: no script to run, no editor markup, no network reference, no timestamp unless asked for.
//
// The shape, which a CMS downstream can pick apart by data-part:
//   <main><article>
//     <header> h1[headline] p[subheadline] section[highlights] p[byline] </header>
//     figure[figure|video]                         the lead picture or video
//     div[body] > one element per body block       the dateline opens the first paragraph
//     section[related-videos] > ol > li > figure[video]
//     section[corrections]
//   </article></main>

import type { BodyBlock, Story } from '../../story/schema.ts';
import { escapeAttribute, escapeText, jsonForScript } from '../escape-html.ts';
import { storyJsonLd } from '../json-ld.ts';
import { storyDocumentPolicy } from '../content-security-policy.ts';
import type { HtmlRenderOptions } from '../render-options.ts';
import { bylineLine, correctionDate, datelineLabel } from '../story-lines.ts';
import { bodyBlockHtml, datelineHtml } from './block-html.ts';
import { photoHtml, videoHtml } from './media-html.ts';

/** Browsers and search engines show about this much of a title; html-validate's recommended limit too. */
const TITLE_LIMIT = 70;

/**
 * The document's <title>: the headline, or the slug, or a plain label for a story with neither. A longer
 * headline is cut at a word, with "…", so that the title as written (entities and all) stays within 70
 * characters; the full headline stays in the <h1> and the JSON-LD.
 */
export function documentTitle(story: Story): string {
  const title = story.headline.trim() || story.slug || 'Untitled story';
  if (escapeText(title).length <= TITLE_LIMIT) return title;
  const words = title.split(/\s+/);
  while (words.length > 1) {
    words.pop();
    const cut = `${words.join(' ').replace(/[\s,;:–—-]+$/, '')}…`;
    if (escapeText(cut).length <= TITLE_LIMIT) return cut;
  }
  // One enormous word: cut it by characters.
  let cut = title;
  while (cut.length > 0 && escapeText(`${cut}…`).length > TITLE_LIMIT) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function headHtml(story: Story, options: HtmlRenderOptions): string {
  const description = story.subheadline.trim() || story.highlights.map((line) => line.trim()).filter(Boolean).join(' ');
  const lines = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(storyDocumentPolicy(options.stylesheet, options.extraMediaSources))}">`,
    `<title>${escapeText(documentTitle(story))}</title>`,
  ];
  if (description) lines.push(`<meta name="description" content="${escapeAttribute(description)}">`);
  lines.push('<meta name="generator" content="Copydesk">');
  if (options.generatedAt) lines.push(`<meta name="generated" content="${escapeAttribute(options.generatedAt)}">`);
  lines.push(`<style>${options.stylesheet}</style>`);
  lines.push(`<script type="application/ld+json">\n${jsonForScript(storyJsonLd(story, options))}\n</script>`);
  return lines.join('\n');
}

function headerHtml(story: Story): string[] {
  const lines: string[] = [];
  const headline = story.headline.trim();
  if (headline) lines.push(`<h1 class="story-headline" data-part="headline">${escapeText(headline)}</h1>`);
  const subheadline = story.subheadline.trim();
  if (subheadline) lines.push(`<p class="story-subheadline" data-part="subheadline">${escapeText(subheadline)}</p>`);
  const highlights = story.highlights.map((line) => line.trim()).filter(Boolean);
  if (highlights.length > 0) {
    lines.push(
      '<section class="story-highlights" data-part="highlights" aria-labelledby="story-highlights-title">',
      '<h2 id="story-highlights-title">Story highlights</h2>',
      '<ul>',
      ...highlights.map((highlight) => `<li>${escapeText(highlight)}</li>`),
      '</ul>',
      '</section>',
    );
  }
  const byline = bylineLine(story.byline);
  if (byline) lines.push(`<p class="story-byline" data-part="byline">${escapeText(byline)}</p>`);
  return lines.length > 0 ? ['<header class="story-header">', ...lines, '</header>'] : [];
}

/** The body: what stands before its blocks, the blocks (one element each), and what closes it. */
function bodyHtml(story: Story, options: HtmlRenderOptions): { open: string[]; blocks: string[]; close: string[] } {
  const dateline = datelineLabel(story.dateline);
  const firstParagraph = story.body.findIndex((block) => block.type === 'paragraph');
  const blocks = story.body.map((block, index) => blockHtml(block, options, index === firstParagraph ? dateline : ''));
  // A dateline with no paragraph to open still belongs to the story: it stands alone where the body starts,
  // just before it, so that body block n is still the body's element n.
  const alone = dateline && firstParagraph === -1 ? [`<p class="story-dateline-alone">${datelineHtml(dateline).trimEnd()}</p>`] : [];
  if (blocks.length === 0) return { open: alone, blocks: [], close: [] };
  return { open: [...alone, '<div class="story-body" data-part="body">'], blocks, close: ['</div>'] };
}

// A story's blocks are values that are never changed in place, so each is rendered once per version of it
// and options: the preview renders a 100k-word story again after every pause in typing, where one block
// has changed.
const renderedBlocks = new WeakMap<BodyBlock, { options: HtmlRenderOptions; dateline: string; html: string }>();

function blockHtml(block: BodyBlock, options: HtmlRenderOptions, dateline: string): string {
  const rendered = renderedBlocks.get(block);
  if (rendered && rendered.options === options && rendered.dateline === dateline) return rendered.html;
  const html = bodyBlockHtml(block, options, dateline);
  renderedBlocks.set(block, { options, dateline, html });
  return html;
}

function relatedVideosHtml(story: Story, options: HtmlRenderOptions): string[] {
  const items = story.relatedVideos.map((video) => videoHtml(video, options)).filter(Boolean);
  if (items.length === 0) return [];
  return [
    '<section class="story-related-videos" data-part="related-videos" aria-labelledby="story-related-videos-title">',
    '<h2 id="story-related-videos-title">Related videos</h2>',
    '<ol class="video-list">',
    ...items.map((item) => `<li>\n${item}\n</li>`),
    '</ol>',
    '</section>',
  ];
}


function correctionsHtml(story: Story): string[] {
  if (story.corrections.length === 0) return [];
  const heading = story.corrections.length === 1 ? 'Correction' : 'Corrections';
  return [
    '<section class="story-corrections" data-part="corrections" aria-labelledby="story-corrections-title">',
    `<h2 id="story-corrections-title">${heading}</h2>`,
    ...story.corrections.map(
      (correction) =>
        `<p><time datetime="${escapeAttribute(correction.date)}">${correctionDate(correction.date)}</time>: ${escapeText(correction.text)}</p>`,
    ),
    '</section>',
  ];
}

/**
 * The document in the pieces the live preview patches by (preview-controller.ts): `head` is what <head>
 * holds; `blocks` are the body's blocks, each one element and in order; `top`, `open` and `close` are the
 * rest, so that `top + head + open + blocks.join('\n') + close` is the whole document (joinStoryHtml).
 */
export interface StoryHtmlParts {
  top: string;
  head: string;
  open: string;
  blocks: string[];
  close: string;
}

export function storyHtmlParts(story: Story, options: HtmlRenderOptions): StoryHtmlParts {
  const lead = story.lead
    ? story.lead.type === 'photo'
      ? photoHtml(story.lead, options, 'story-photo story-lead')
      : videoHtml(story.lead, options)
    : '';
  const body = bodyHtml(story, options);
  const before = ['<article class="story">', ...headerHtml(story), ...(lead ? [lead] : []), ...body.open];
  const after = [...body.close, ...relatedVideosHtml(story, options), ...correctionsHtml(story), '</article>'];
  const hasBlocks = body.blocks.length > 0;
  return {
    top: ['<!DOCTYPE html>', `<html lang="${escapeAttribute(options.language ?? 'en')}">`, '<head>', ''].join('\n'),
    head: headHtml(story, options),
    open: ['', '</head>', '<body>', '<main>', ...before].join('\n') + (hasBlocks ? '\n' : ''),
    blocks: body.blocks,
    close: `\n${[...after, '</main>', '</body>', '</html>', ''].join('\n')}`,
  };
}

export function joinStoryHtml({ top, head, open, blocks, close }: StoryHtmlParts): string {
  return top + head + open + blocks.join('\n') + close;
}

export function renderStoryHtml(story: Story, options: HtmlRenderOptions): string {
  return joinStoryHtml(storyHtmlParts(story, options));
}
