// The story the benchmark measures: a generated news story of a given length — paragraphs of plausible
// newsroom prose (curly quotes, the odd bold word and link), subheads, quotes and lists, photos with
// captions and structured credits, videos — the same every run for a given seed, so runs compare.
// Pure: the pictures come back as bytes for the caller to write.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { CURRENT_SCHEMA_VERSION, Story, type BodyBlock, type Credit, type Inline } from '../../../shared/story/schema.ts';
import { seededRandom } from '../../fixtures/seeded-random.ts';

export interface GeneratedStoryOptions {
  /** Words of body text (the paragraphs, subheads, quotes and lists). */
  words: number;
  photos: number;
  videos: number;
  seed?: number;
}

export interface GeneratedStory {
  story: Story;
  /** The pictures the photos and posters name: `media/<file>` in the story folder. */
  media: { file: string; bytes: Uint8Array }[];
  /** Body words as generated (the benchmark reports it beside its figures). */
  words: number;
  paragraphs: number;
}

const VOCABULARY = (
  'the council said on Tuesday that its budget would cover schools roads and the harbour while officials warned ' +
  'residents about delays in court where judges heard arguments from lawyers for the city and the state as ' +
  'reporters waited outside for a statement from the mayor who had promised answers by the end of the week ' +
  'after months of debate over taxes housing water prices and the future of the old station near the river ' +
  'police confirmed two arrests late on Monday and said an investigation was continuing with help from federal ' +
  'agents while witnesses described hearing shouts before the doors closed and the crowd moved toward the square ' +
  'where volunteers handed out blankets coffee and bread to families who had spent the night in cars ' +
  'economists expect growth to slow next year as exports fall and interest rates stay high for longer than ' +
  'markets had hoped according to a report published by the central bank on Wednesday morning'
).split(' ');

const NAMES = ['Laura Jarrett', 'Richard Drew', 'Mandel Ngan', 'Jacquelyn Martin', 'Ted S. Warren', 'Ana Ruiz', 'Kwame Mensah'];
const ORGANIZATIONS = ['AP', 'Reuters', 'Getty Images', 'AFP'];

/** A PNG of one pixel whose colour is `index`: a real picture, and a different file (hash) for each. */
function tinyPng(index: number): Uint8Array {
  // A valid 1×1 RGB PNG; the colour bytes differ per picture, and the CRCs are computed.
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: number[]) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  const chunk = (type: string, data: number[]) => {
    const typed = [...type].map((char) => char.charCodeAt(0)).concat(data);
    return [...u32(data.length), ...typed, ...u32(crc(typed))];
  };
  const [r, g, b] = [index & 255, (index >>> 8) & 255, 128];
  // zlib stream of one stored block: filter byte 0 then the pixel.
  const raw = [0, r, g, b];
  let a = 1;
  let s2 = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    s2 = (s2 + a) % 65521;
  }
  const zlib = [0x78, 0x01, 0x01, raw.length, 0, ~raw.length & 255, 0xff, ...raw, ...u32((s2 << 16) | a)];
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [...u32(1), ...u32(1), 8, 2, 0, 0, 0]),
    ...chunk('IDAT', zlib),
    ...chunk('IEND', []),
  ]);
}


export function generateStory({ words, photos, videos, seed = 20261128 }: GeneratedStoryOptions): GeneratedStory {
  const next = seededRandom(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const sentence = (length: number) => {
    const chosen = Array.from({ length }, () => pick(VOCABULARY));
    const text = chosen.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  let written = 0;
  const paragraph = (): Inline[] => {
    const count = 20 + Math.floor(next() * 30);
    written += count;
    const first = Math.floor(count / 2);
    const text = `${sentence(first)} “${sentence(count - first - 2).slice(0, -1)},” she said.`;
    const roll = next();
    if (roll < 0.1) {
      const cut = text.indexOf(' ', 20);
      return [{ text: text.slice(0, cut) }, { text: text.slice(cut, cut + 12), bold: true }, { text: text.slice(cut + 12) }];
    }
    if (roll < 0.15) {
      const cut = text.indexOf(' ', 30);
      return [
        { text: text.slice(0, cut + 1) },
        { type: 'link', url: 'https://example.com/report', children: [{ text: 'the report' }] },
        { text: text.slice(cut) },
      ];
    }
    return [{ text }];
  };
  const credit = (index: number): Credit => ({
    photographers: [NAMES[index % NAMES.length]!],
    organization: ORGANIZATIONS[index % ORGANIZATIONS.length]!,
    via: '',
    kind: 'staff',
    restrictions: [],
    copyright: '',
  });

  // The photos and videos fall at even distances through the text, measured in words.
  const due = (placed: number, count: number) => placed < count && written >= ((placed + 1) * words) / (count + 1);
  const media: GeneratedStory['media'] = [];
  const picture = () => {
    const bytes = tinyPng(media.length + 1);
    const file = `${bytesToHex(sha256(bytes))}.png`; // as the library names a picture: the hash of its bytes
    media.push({ file, bytes });
    return file;
  };

  const body: BodyBlock[] = [];
  let paragraphs = 0;
  let photosPlaced = 0;
  let videosPlaced = 0;
  while (written < words) {
    paragraphs++;
    body.push({ type: 'paragraph', children: paragraph() });
    if (paragraphs % 40 === 0) {
      written += 4;
      body.push({ type: 'subhead', children: [{ text: sentence(4).slice(0, -1) }] });
    }
    if (paragraphs % 97 === 0) {
      written += 18;
      body.push({ type: 'block-quote', children: [{ text: sentence(18) }], attribution: pick(NAMES) });
    }
    if (paragraphs % 151 === 0) {
      written += 24;
      body.push({
        type: 'list',
        style: 'bulleted',
        items: [0, 1, 2].map(() => ({ children: [{ text: sentence(8) }] })),
      });
    }
    if (due(photosPlaced, photos)) {
      photosPlaced++;
      body.push({
        type: 'photo',
        id: `photo-${photosPlaced}`,
        media: picture(),
        alt: sentence(10),
        caption: `${sentence(22)} (${ORGANIZATIONS[photosPlaced % ORGANIZATIONS.length]} Photo/${NAMES[photosPlaced % NAMES.length]})`,
        credit: credit(photosPlaced),
      });
    }
    if (due(videosPlaced, videos)) {
      videosPlaced++;
      body.push({
        type: 'video',
        id: `video-${videosPlaced}`,
        title: sentence(7).slice(0, -1),
        durationSeconds: 30 + videosPlaced * 7,
        media: null,
        poster: { media: picture(), alt: sentence(8), caption: '', credit: credit(videosPlaced) },
        caption: sentence(16),
        credit: credit(videosPlaced + 3),
      });
    }
  }
  const time = new Date(Date.UTC(2026, 10, 28, 9, 0, 0)).toISOString();
  const story = Story.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: '01jrbench00000000000000000',
    slug: 'council-budget-book-length',
    headline: 'Council passes a budget after a year of debate over schools, roads and the harbour',
    subheadline: 'A generated story for the benchmark: long enough to find what grows with length',
    highlights: ['The council voted 7–2 on Tuesday', 'Taxes rise by 2 percent', 'The harbour gets a new sea wall'],
    byline: [{ name: 'Laura Jarrett', title: 'Reporter', organization: 'CNN' }],
    dateline: { location: 'WASHINGTON', source: 'CNN' },
    body,
    createdAt: time,
    updatedAt: time,
  });
  return { story, media, words: written, paragraphs };
}
