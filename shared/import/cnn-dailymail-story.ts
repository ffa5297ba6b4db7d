// The CNN/DailyMail summarisation dataset's `.story` files: the article's paragraphs parted by blank lines,
// then the highlights, each after a line "@highlight":
//
//   LONDON, England (CNN) -- The article's first paragraph …
//
//   Another paragraph.
//
//   @highlight
//
//   The first highlight
//
// The files carry no headline (none is made up). Daily Mail articles open with a header squashed into one
// line — "By . Emma Glanfield . PUBLISHED: . 05:24 EST, 29 May 2014 . | . UPDATED: . …" — which is split
// into the byline and the time stamp (left out, with a note).

import { assembleStory, type AssembleOptions } from './assemble-story.ts';
import type { ImportedStory } from './imported-story.ts';
import { plainRuns } from './inline-runs.ts';
import type { SourceBlock } from './source-document.ts';
import { lineGroups, textLines } from './text-lines.ts';

const HIGHLIGHT = /^@highlight\s*$/i;
// "PUBLISHED: . 05:24 EST, 29 May 2014", "UPDATED: . 09:44 EST, 29 May 2014", "Last updated at 5:38 PM on 21st
// November 2011": the Daily Mail's time stamps, joined by " . | . ".
const STAMP = String.raw`(?:(?:PUBLISHED|UPDATED)\s*:\s*\.?\s*\d{1,2}:\d{2}\s+[A-Z]{2,4},\s+\d{1,2}\s+\p{L}+\s+\d{4}|Last updated at \d{1,2}:\d{2}\s*[AP]M on \d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4})`;
const DAILY_MAIL_HEADER = new RegExp(
  String.raw`^(?:By\s*\.\s+(.+?)\s+\.\s+)?(${STAMP}(?:\s*\.?\s*\|\s*\.?\s*${STAMP})*)\s*\.?\s*(.*)$`,
  'iu',
);

/**
 * "By . Emma Glanfield . and Tom Rawle . PUBLISHED: … . | . UPDATED: … . The story begins …" → the byline,
 * the time stamps and the story's first words, as paragraphs of their own.
 */
function splitDailyMailHeader(paragraph: string): string[] {
  const header = DAILY_MAIL_HEADER.exec(paragraph);
  if (!header) return [paragraph];
  const [, names, stamps, rest] = header;
  const byline = names ? [`By ${names.replace(/\s+\.(?=\s|$)/g, '').replace(/\s+/g, ' ').trim()}`] : [];
  return [...byline, stamps!, ...(rest ? [rest] : [])];
}

export function importCnnDailymailStory(text: string, fileName: string, options: AssembleOptions = {}): ImportedStory {
  const lines = textLines(text, fileName);
  const firstHighlight = lines.findIndex((line) => HIGHLIGHT.test(line.trim()));
  const articleEnd = firstHighlight === -1 ? lines.length : firstHighlight;

  const paragraphs = lineGroups(lines, 0, articleEnd)
    .map(([start, end]) => lines.slice(start, end).join(' ').replace(/\s+/g, ' ').trim())
    .flatMap((paragraph, index) => (index === 0 ? splitDailyMailHeader(paragraph) : [paragraph]));

  const highlights: string[] = [];
  let current: string[] | null = null;
  for (const line of lines.slice(articleEnd)) {
    if (HIGHLIGHT.test(line.trim())) {
      current = [];
      highlights.push('');
      continue;
    }
    if (current && line.trim() !== '') {
      current.push(line.trim());
      highlights[highlights.length - 1] = current.join(' ');
    }
  }

  const kept = highlights.filter(Boolean);
  const blocks: SourceBlock[] = [
    ...(kept.length > 0
      ? [
          { kind: 'heading', level: 2, text: plainRuns('Story highlights') } satisfies SourceBlock,
          { kind: 'list', style: 'bulleted', items: kept.map(plainRuns) } satisfies SourceBlock,
        ]
      : []),
    ...paragraphs.map((paragraph): SourceBlock => ({ kind: 'paragraph', text: plainRuns(paragraph) })),
  ];
  return assembleStory({ kind: 'cnn-dailymail-story', fileName, blocks }, options);
}
