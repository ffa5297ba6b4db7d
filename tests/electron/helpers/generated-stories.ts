// Many plausible stories, made quickly and the same every time: for searching a library of thousands in tests,
// the end-to-end spec and the library measurement. Headlines, slugs, statuses and dates vary; bodies are
// 8–14 paragraphs of newsroom words, some with accents ("Zürich", "café", "São Paulo"), so that searching
// for a word finds some stories and not others. Written straight to story.json, as Copydesk writes them.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Story, StoryStatus } from '../../../shared/story/schema.ts';
import { seededRandom } from '../../fixtures/seeded-random.ts';

const PLACES = ['Zürich', 'São Paulo', 'Montréal', 'Dover', 'Lagos', 'Kraków', 'Reykjavík', 'Jakarta', 'Tucson', 'Québec'];
const NOUNS = [
  'harbour', 'council', 'budget', 'courthouse', 'election', 'storm', 'bridge', 'hospital', 'school', 'railway',
  'market', 'museum', 'festival', 'strike', 'verdict', 'river', 'airport', 'factory', 'café', 'stadium',
];
const VERBS = ['closes', 'opens', 'delays', 'approves', 'rejects', 'reviews', 'expands', 'cuts', 'restores', 'warns'];
const WORDS = [
  'the', 'a', 'officials', 'said', 'on', 'Tuesday', 'residents', 'were', 'told', 'that', 'plans', 'for', 'new',
  'would', 'be', 'announced', 'later', 'this', 'week', 'according', 'to', 'a', 'statement', 'from', 'mayor’s',
  'office', 'which', 'did', 'not', 'give', 'details', 'people', 'gathered', 'outside', 'in', 'rain', 'and',
  'waited', 'hours', 'while', 'police', 'kept', 'roads', 'closed', 'near', 'centre', 'of', 'town', 'it', 'was',
  'first', 'time', 'since', 'last', 'year', 'when', 'similar', 'decision', 'drew', 'criticism',
];
const STATUSES: StoryStatus[] = ['draft', 'edited', 'ready'];
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A valid story id (26 Crockford base32 characters) that is unique for each index. */
function generatedId(index: number): string {
  let tail = '';
  for (let n = index, i = 0; i < 10; i++, n = Math.floor(n / 32)) tail = ALPHABET[n % 32] + tail;
  return `01jgen0000000000${tail}`;
}

export interface GeneratedStoryOptions {
  /** The first story's number; numbering goes on from it. */
  first?: number;
  seed?: number;
}

/** `count` valid stories; story n has the slug "<noun>-<verb>-<n>" and a headline naming its place. */
export function generateStories(count: number, { first = 0, seed = 7 }: GeneratedStoryOptions = {}): Story[] {
  const random = seededRandom(seed + first);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const stories: Story[] = [];
  const start = Date.parse('2024-01-01T08:00:00.000Z');
  for (let n = first; n < first + count; n++) {
    const noun = pick(NOUNS);
    const verb = pick(VERBS);
    const place = pick(PLACES);
    const paragraphs = 8 + Math.floor(random() * 7);
    const body: Story['body'] = [];
    for (let p = 0; p < paragraphs; p++) {
      const words = Array.from({ length: 40 + Math.floor(random() * 30) }, () => pick(WORDS));
      if (p === 0) words.splice(3, 0, place, noun);
      if (random() < 0.2) words.splice(10, 0, pick(PLACES));
      body.push({ type: 'paragraph', children: [{ text: `${words.join(' ')}.` }] });
    }
    const created = start + n * 3_600_000;
    const updated = created + Math.floor(random() * 30) * 86_400_000;
    stories.push({
      schemaVersion: 1,
      id: generatedId(n),
      slug: `${noun.replace('é', 'e')}-${verb}-${n}`,
      headline: `${place} ${noun} ${verb} after review (${n})`,
      subheadline: '',
      highlights: [],
      byline: [],
      dateline: { location: '', source: '' },
      lead: null,
      body,
      relatedVideos: [],
      keywords: [],
      status: STATUSES[n % 3]!,
      editorsNotes: '',
      embargo: null,
      corrections: [],
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(updated).toISOString(),
    });
  }
  return stories;
}

/** The folder Copydesk would give a story: "<year created>-<slug>". */
export function folderNameOf(story: Pick<Story, 'createdAt' | 'slug'>): string {
  return `${story.createdAt.slice(0, 4)}-${story.slug || 'untitled'}`;
}

/** Writes the stories into `libraryDir`, each in its own folder, a few at a time. */
export async function writeStories(libraryDir: string, stories: readonly Story[]): Promise<void> {
  const batch = 64;
  for (let i = 0; i < stories.length; i += batch) {
    await Promise.all(
      stories.slice(i, i + batch).map(async (story) => {
        const folder = join(libraryDir, folderNameOf(story));
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, 'story.json'), `${JSON.stringify(story, null, 2)}\n`);
      }),
    );
  }
}
