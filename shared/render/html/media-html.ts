// Photos and videos → <figure>: the picture (or the video with its poster), then a <figcaption> holding the
// caption and the credit line in the house style. Each part is marked with data-part for a CMS downstream.

import { formatDuration, isoDuration } from '../../text/duration.ts';
import type { Photo, Poster, Video } from '../../story/schema.ts';
import { escapeAttribute, escapeText } from '../escape-html.ts';
import type { HtmlRenderOptions } from '../render-options.ts';
import { creditLine } from '../story-lines.ts';

/** "<span data-part="caption">…</span> <span data-part="credit">…</span>", leaving out what is empty. */
function captionAndCredit(caption: string, credit: string, parts = { caption: 'caption', credit: 'credit' }): string[] {
  const spans: string[] = [];
  if (caption.trim()) spans.push(`<span class="story-caption" data-part="${parts.caption}">${escapeText(caption.trim())}</span>`);
  if (credit) spans.push(`<span class="story-credit" data-part="${parts.credit}">${escapeText(credit)}</span>`);
  return spans;
}

function imageHtml(picture: Pick<Poster, 'media' | 'alt'>, options: HtmlRenderOptions): string {
  const url = picture.media ? options.mediaUrl(picture.media) : null;
  return url ? `<img src="${escapeAttribute(url)}" alt="${escapeAttribute(picture.alt.trim())}">` : '';
}

export function photoHtml(photo: Photo, options: HtmlRenderOptions, className = 'story-photo'): string {
  const image = imageHtml(photo, options);
  const caption = captionAndCredit(photo.caption, creditLine(photo.credit, options));
  if (!image && caption.length === 0) return '';
  const lines = [`<figure class="${className}" data-part="figure">`];
  if (image) lines.push(image);
  if (caption.length > 0) lines.push(`<figcaption>${caption.join(' ')}</figcaption>`);
  lines.push('</figure>');
  return lines.join('\n');
}

/** The moving picture itself: a <video> with its poster when the file may be linked, else the poster alone. */
function videoPlayerHtml(video: Video, options: HtmlRenderOptions): string {
  const posterUrl = video.poster?.media ? options.mediaUrl(video.poster.media) : null;
  const videoUrl = options.includeVideoFiles && video.media ? options.mediaUrl(video.media) : null;
  if (videoUrl) {
    const poster = posterUrl ? ` poster="${escapeAttribute(posterUrl)}"` : '';
    const label = video.title.trim() || video.poster?.alt.trim() || 'Video';
    return `<video src="${escapeAttribute(videoUrl)}"${poster} controls preload="metadata" aria-label="${escapeAttribute(label)}"></video>`;
  }
  return video.poster ? imageHtml(video.poster, options) : '';
}

export function videoHtml(video: Video, options: HtmlRenderOptions): string {
  const player = videoPlayerHtml(video, options);
  const title = video.title.trim();
  const heading: string[] = [];
  if (title) heading.push(`<span class="video-title" data-part="video-title">${escapeText(title)}</span>`);
  if (video.durationSeconds !== null) {
    heading.push(
      `<time class="video-duration" data-part="duration" datetime="${isoDuration(video.durationSeconds)}">${formatDuration(video.durationSeconds)}</time>`,
    );
  }
  const caption = captionAndCredit(video.caption, creditLine(video.credit, options, 'video'));
  const poster = video.poster
    ? captionAndCredit(video.poster.caption, creditLine(video.poster.credit, options), {
        caption: 'poster-caption',
        credit: 'poster-credit',
      })
    : [];
  if (!player && heading.length === 0 && caption.length === 0 && poster.length === 0) return '';

  const lines = ['<figure class="story-video" data-part="video">'];
  if (player) lines.push(player);
  const captionLines: string[] = [];
  if (heading.length > 0) captionLines.push(`<span class="video-heading">${heading.join(' ')}</span>`);
  if (caption.length > 0) captionLines.push(caption.join(' '));
  if (poster.length > 0) captionLines.push(`<span class="video-poster-credit">${poster.join(' ')}</span>`);
  if (captionLines.length > 0) lines.push(`<figcaption>${captionLines.join(' ')}</figcaption>`);
  lines.push('</figure>');
  return lines.join('\n');
}
