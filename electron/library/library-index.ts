// The library index (library.json, kept with lowdb): a cache of each story's summary so the list opens
// without reading every story. The disk is the source of truth: a missing or damaged index is rebuilt from
// the story folders, and entries are refreshed whenever a story.json's size or time changed behind our back.

import { readFile } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write.ts';

export const INDEX_FILE = 'library.json';
const INDEX_VERSION = 1;

const IndexEntry = z.object({
  id: z.string(),
  folder: z.string(),
  slug: z.string(),
  headline: z.string(),
  status: z.enum(['draft', 'edited', 'ready']),
  wordCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** story.json's modification time and size when this entry was made: a change means re-read it. */
  fileMtimeMs: z.number(),
  fileSize: z.number(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

const IndexData = z.object({
  version: z.literal(INDEX_VERSION),
  /** Keyed by story id. */
  stories: z.record(z.string(), IndexEntry),
});
export type IndexData = z.infer<typeof IndexData>;

export function emptyIndex(): IndexData {
  return { version: INDEX_VERSION, stories: {} };
}

/** A lowdb adapter that writes with fsync (lowdb's own steno does not) and reports a damaged file. */
class DurableJsonAdapter implements Adapter<IndexData> {
  /** What the last read found. */
  state: 'ok' | 'missing' | 'damaged' = 'ok';

  constructor(private readonly path: string) {}

  async read(): Promise<IndexData | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.state = 'missing';
      return null;
    }
    try {
      const parsed = IndexData.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through: not JSON
    }
    this.state = 'damaged';
    return null;
  }

  async write(data: IndexData): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(data, null, 1)}\n`);
  }
}

export interface OpenedIndex {
  db: Low<IndexData>;
  /** Whether library.json was there and readable; if not, the caller rebuilds it from the folders. */
  state: 'ok' | 'missing' | 'damaged';
}

export async function openIndex(path: string): Promise<OpenedIndex> {
  const adapter = new DurableJsonAdapter(path);
  const db = new Low<IndexData>(adapter, emptyIndex());
  await db.read();
  return { db, state: adapter.state };
}
