// A story as plain text for the terminal (`copydesk show`): every field an editor checks, the body as it
// reads, and each photo or video on one line with its caption and credit fields. Marks are dropped and
// links keep their address, because in a terminal the address is the only way to check a link.

import { bodyText, inlineText } from '../../shared/story/plain-text.ts';
import type { BodyBlock, BylineEntry, Credit, Dateline, Inline, List, Photo, Poster, Story, Video } from '../../shared/story/schema.ts';
import { countWords } from '../../shared/text/word-count.ts';

export function storyToText(story: Story): string[] {
  const lines: string[] = [];
  const gap = () => {
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };

  lines.push(story.headline || '(no headline)');
  if (story.subheadline) lines.push(story.subheadline);
  if (story.highlights.length > 0) {
    gap();
    for (const highlight of story.highlights) lines.push(`  • ${highlight}`);
  }
  const byline = formatByline(story.byline);
  const dateline = formatDateline(story.dateline);
  if (byline || dateline) gap();
  if (byline) lines.push(byline);
  if (dateline) lines.push(dateline);

  gap();
  lines.push(
    joinFields([
      `Status: ${story.status}`,
      `Slug: ${story.slug || '(none)'}`,
      `Keywords: ${story.keywords.length > 0 ? story.keywords.join(', ') : '(none)'}`,
    ]),
  );
  lines.push(
    joinFields([`Id: ${story.id}`, `Created: ${story.createdAt}`, `Updated: ${story.updatedAt}`, `${countWords(bodyText(story))} words`]),
  );
  if (story.embargo) lines.push(`Embargo: not before ${story.embargo}`);

  if (story.lead) {
    gap();
    lines.push(`Lead ${mediaLine(story.lead)}`);
  }

  if (story.body.length > 0) {
    gap();
    story.body.forEach((block, index) => {
      if (index > 0) lines.push('');
      lines.push(...blockLines(block));
    });
  }

  if (story.relatedVideos.length > 0) {
    gap();
    lines.push('Related videos:');
    for (const video of story.relatedVideos) lines.push(`  ${mediaLine(video)}`);
  }
  if (story.editorsNotes) {
    gap();
    lines.push(`Editors' notes: ${story.editorsNotes}`);
  }
  if (story.corrections.length > 0) {
    gap();
    lines.push('Corrections:');
    for (const correction of story.corrections) lines.push(`  ${correction.date}: ${correction.text}`);
  }
  return lines;
}

function blockLines(block: BodyBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [inlinesWithLinks(block.children)];
    case 'subhead':
      return [`## ${inlinesWithLinks(block.children)}`];
    case 'block-quote':
      return [`> ${inlinesWithLinks(block.children)}`, ...(block.attribution ? [`>   — ${block.attribution}`] : [])];
    case 'list':
      return listLines(block, 1);
    case 'photo':
    case 'video':
      return [mediaLine(block)];
  }
}

function listLines(list: List, depth: number): string[] {
  const indent = '  '.repeat(depth);
  return list.items.flatMap((item, index) => [
    `${indent}${list.style === 'numbered' ? `${index + 1}.` : '•'} ${inlinesWithLinks(item.children)}`,
    ...(item.sublist ? listLines(item.sublist, depth + 1) : []),
  ]);
}

/** Text with each link's address after it: "the report <https://example.com/report>". */
function inlinesWithLinks(inlines: readonly Inline[]): string {
  return inlines.map((node) => ('type' in node ? `${inlineText(node.children)} <${node.url}>` : node.text)).join('');
}

/** One line for a photo or a video: what it shows, its caption, its credit fields and its file. */
export function mediaLine(block: Photo | Video): string {
  if (block.type === 'photo') {
    return joinFields([
      `[Photo] ${block.caption || '(no caption)'}`,
      `Credit: ${formatCredit(block.credit)}`,
      `Alt: ${block.alt || '(none)'}`,
      `File: ${formatFile(block.media)}`,
    ]);
  }
  const title = block.title || '(no title)';
  const duration = block.durationSeconds === null ? '' : ` (${formatDuration(block.durationSeconds)})`;
  return joinFields([
    `[Video] ${title}${duration}`,
    `Caption: ${block.caption || '(none)'}`,
    `Credit: ${formatCredit(block.credit)}`,
    `File: ${formatFile(block.media)}`,
    ...(block.poster ? [`Poster: ${formatPoster(block.poster)}`] : []),
  ]);
}

function formatPoster(poster: Poster): string {
  return `${formatFile(poster.media)}, credit ${formatCredit(poster.credit)}${poster.caption ? `, caption "${poster.caption}"` : ''}`;
}

/** The credit as its fields, not as a house-style line: `show` is for checking the data that is there. */
export function formatCredit(credit: Credit): string {
  const fields = [
    credit.photographers.length > 0 ? `photographers ${credit.photographers.join(', ')}` : '',
    credit.organization ? `organization ${credit.organization}` : '',
    credit.via ? `via ${credit.via}` : '',
    credit.kind ? `kind ${credit.kind}` : '',
    credit.restrictions.length > 0 ? `restrictions ${credit.restrictions.join(', ')}` : '',
    credit.copyright ? `copyright ${credit.copyright}` : '',
  ].filter(Boolean);
  return fields.length > 0 ? fields.join('; ') : '(none)';
}

function formatFile(media: string | null): string {
  return media ? `media/${media}` : '(none)';
}

/** 95 → "1:35", 3725 → "1:02:05". */
export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "By Laura Jarrett, CNN and Evan Perez, Justice reporter, CNN". */
function formatByline(byline: readonly BylineEntry[]): string {
  if (byline.length === 0) return '';
  const names = byline.map((entry) => [entry.name, entry.title, entry.organization].filter(Boolean).join(', '));
  const last = names.pop()!;
  return `By ${names.length > 0 ? `${names.join('; ')} and ${last}` : last}`;
}

/** "WASHINGTON (AP)", as printed before the first paragraph. */
function formatDateline(dateline: Dateline): string {
  const location = dateline.location.trim().toUpperCase();
  const source = dateline.source.trim();
  if (!location && !source) return '';
  return `Dateline: ${[location, source ? `(${source})` : ''].filter(Boolean).join(' ')}`;
}

function joinFields(fields: string[]): string {
  return fields.join(' · ');
}
