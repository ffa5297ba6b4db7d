// A library of many stories on disk, for the library suite: small generated stories (a few hundred words
// each) with varied headlines, slugs, statuses and dates, written straight into their folders as the library
// writes them (story.json only; no index, so opening the library builds it from the folders).
//
// Generating is CPU work and writing is the disk's: each batch's files are written while the next batch is
// generated, so the two overlap.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newStoryId, RANDOM_BYTES_FOR_ID, serializeStory } from '../../../../shared/story/index.ts';
import type { Story, StoryStatus } from '../../../../shared/story/schema.ts';
import { generateStory } from '../../story/generate-story.ts';
import { seededRandom } from '../../../fixtures/seeded-random.ts';

const BATCH = 250;

const PLACES = [
  'Springfield', 'Riverton', 'Lakeside', 'Ashford', 'Millbrook', 'Harrow', 'Kingsport', 'Bellmont',
  'Oakridge', 'Fairhaven', 'Marston', 'Northgate', 'Elmstead', 'Westbury', 'Crestview', 'Dunmore',
];
const SUBJECTS = [
  'council', 'school board', 'hospital', 'museum', 'airport', 'railway', 'stadium', 'library', 'harbour',
  'police', 'court', 'market', 'festival', 'union', 'university', 'water board',
];
const HAPPENINGS = [
  'approves a new budget', 'delays a vote on taxes', 'faces questions over spending', 'opens after repairs',
  'closes for the winter', 'hires a new director', 'settles a long dispute', 'warns of rising costs',
  'plans an expansion', 'cuts its opening hours', 'wins a national award', 'is sued by residents',
];
const STATUSES: StoryStatus[] = ['draft', 'draft', 'edited', 'ready'];
/** The library spans these years: stories are spread over them by creation time. */
const FIRST_YEAR = 2019;
const LAST_YEAR = 2026;

/** Story number `index` of the library: its text generated from its own seed, its identity varied around it. */
function shelfStory(index: number, next: () => number): { story: Story; words: number } {
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const { story, words } = generateStory({ words: 150 + Math.floor(next() * 450), photos: 0, videos: 0, seed: index + 1 });
  const place = pick(PLACES);
  const subject = pick(SUBJECTS);
  const headline = `${place} ${subject} ${pick(HAPPENINGS)}`;
  const from = Date.UTC(FIRST_YEAR, 0, 1);
  const created = from + Math.floor(next() * (Date.UTC(LAST_YEAR, 10, 1) - from));
  const updated = created + Math.floor(next() * 30 * 86_400_000);
  const slug = `${place}-${subject}-${index}`.toLowerCase().replaceAll(' ', '-');
  const randomBytes = Uint8Array.from({ length: RANDOM_BYTES_FOR_ID }, () => Math.floor(next() * 256));
  const varied: Story = {
    ...story,
    id: newStoryId(created, randomBytes),
    slug,
    headline,
    status: pick(STATUSES),
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
  };
  return { story: varied, words };
}

/** `<year>-<slug>/story.json`, as the library names a story's folder. */
async function writeShelfStory(libraryDir: string, story: Story): Promise<void> {
  const folder = join(libraryDir, `${story.createdAt.slice(0, 4)}-${story.slug}`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'story.json'), serializeStory(story));
}

/** Writes `count` stories into `libraryDir`, reporting every thousand; answers their words in all. */
export async function writeStoryShelf(libraryDir: string, count: number, progress: (line: string) => void): Promise<number> {
  const next = seededRandom(7_2026);
  let words = 0;
  let writing: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, offset) => shelfStory(start + offset, next));
    for (const made of batch) words += made.words;
    await writing;
    writing = Promise.all(batch.map(({ story }) => writeShelfStory(libraryDir, story)));
    const done = start + batch.length;
    if (done % 1000 === 0 || done === count) progress(`${done.toLocaleString('en')} of ${count.toLocaleString('en')} stories generated`);
  }
  await writing;
  return words;
}
