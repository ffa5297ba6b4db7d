// What an import fixture's `.expected.json` holds, and the same view of an actual import, so that a test can
// compare the two with one `toEqual` and a readable diff. Long texts are compared by their start (and end,
// when the expected data gives one); credits by their line in CNN style ("PHOTO: Richard Drew/AP").

import { formatCreditLine } from '../../../shared/credits/format-credit.ts';
import type { ImportedStory, ImportNote } from '../../../shared/import/imported-story.ts';
import type { TextSourceKind } from '../../../shared/import/import-text.ts';
import type { BodyBlock, BylineEntry, Credit, Dateline, Photo, Poster, Video } from '../../../shared/story/schema.ts';
import { blockText } from '../../../shared/story/plain-text.ts';

export interface ExpectedText {
  type: 'paragraph' | 'subhead' | 'block-quote';
  startsWith: string;
  endsWith?: string;
}
export interface ExpectedPicture {
  caption: string;
  /** The credit line in CNN style, or null when the picture has no credit. */
  credit: string | null;
}
export type ExpectedBlock =
  | ExpectedText
  | { type: 'list'; style: 'bulleted' | 'numbered'; items: string[] }
  | ({ type: 'photo' } & ExpectedPicture)
  | { type: 'video'; title: string; durationSeconds: number | null };

export interface ExpectedVideo {
  title: string;
  durationSeconds: number | null;
  poster: ExpectedPicture | null;
}

export interface ExpectedNote {
  severity: ImportNote['severity'];
  path?: (string | number)[];
  /** Words the note's message must contain. */
  contains: string;
}

export interface ExpectedImport {
  source: TextSourceKind;
  headline: string;
  subheadline: string;
  highlights: string[];
  byline: BylineEntry[];
  dateline: Dateline;
  lead: ({ type: 'photo' } & ExpectedPicture) | null;
  body: ExpectedBlock[];
  relatedVideos: ExpectedVideo[];
  notes: ExpectedNote[];
}

const creditLine = (credit: Credit) => formatCreditLine(credit, 'cnn') || null;

const picture = (photo: Photo | Poster): ExpectedPicture => ({ caption: photo.caption, credit: creditLine(photo.credit) });

/** The block as the expected data describes it; texts cut to the length the expected block gives. */
function blockView(block: BodyBlock, expected: ExpectedBlock | undefined): ExpectedBlock {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
    case 'block-quote': {
      const text = blockText(block)[0]!;
      const want = expected && 'startsWith' in expected ? expected : undefined;
      const view: ExpectedText = { type: block.type, startsWith: text.slice(0, want?.startsWith.length ?? 60) };
      if (want?.endsWith !== undefined) view.endsWith = text.slice(-want.endsWith.length);
      return view;
    }
    case 'list':
      return { type: 'list', style: block.style, items: blockText(block) };
    case 'photo':
      return { type: 'photo', ...picture(block) };
    case 'video':
      return { type: 'video', title: block.title, durationSeconds: block.durationSeconds };
  }
}

const videoView = (video: Video): ExpectedVideo => ({
  title: video.title,
  durationSeconds: video.durationSeconds,
  poster: video.poster ? picture(video.poster) : null,
});

/** The import as its expected data describes it (notes apart: see `unmatchedNotes`). */
export function importView(result: ImportedStory, expected: ExpectedImport): Omit<ExpectedImport, 'notes'> {
  const { parts } = result;
  return {
    source: result.source as TextSourceKind,
    headline: parts.headline,
    subheadline: parts.subheadline,
    highlights: parts.highlights,
    byline: parts.byline,
    dateline: parts.dateline,
    lead: parts.lead?.type === 'photo' ? { type: 'photo', ...picture(parts.lead) } : null,
    body: parts.body.map((block, index) => blockView(block, expected.body[index])),
    relatedVideos: parts.relatedVideos.map(videoView),
  };
}

const samePath = (a: readonly (string | number)[] | undefined, b: readonly (string | number)[] | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The expected notes with no note of the import to match them, and the import's notes that no expected
 * note matched: both empty when the notes are exactly the expected ones.
 */
export function unmatchedNotes(notes: readonly ImportNote[], expected: readonly ExpectedNote[]) {
  const left = [...notes];
  const missing: ExpectedNote[] = [];
  for (const want of expected) {
    const at = left.findIndex(
      (note) => note.severity === want.severity && samePath(note.path, want.path) && note.message.includes(want.contains),
    );
    if (at === -1) missing.push(want);
    else left.splice(at, 1);
  }
  return { missing, unexpected: left };
}
