// Snapshots of a story in its revisions/ folder: taken on demand, and automatically on save at most once
// per interval, capped so history never fills a disk. Each snapshot is a complete story.json.

import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { REVISION_ID_PATTERN, type RevisionInfo } from '../../shared/bridge/contract.ts';
import { CopydeskError } from '../../shared/errors.ts';
import { parseStoryFile } from '../../shared/story/parse.ts';
import type { Story } from '../../shared/story/schema.ts';
import { bodyText } from '../../shared/story/plain-text.ts';
import { countWords } from '../../shared/text/word-count.ts';
import { isTempFile, syncFolder, writeFileAtomic } from './atomic-write.ts';
import { fileSystemError } from './fs-errors.ts';

export const REVISIONS_FOLDER = 'revisions';

/** "2026-11-27T22:43:52.123Z" → "2026-11-27T22-43-52-123Z": sortable and legal on every file system. */
export function revisionIdFor(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfRevisionId(id: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(id);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : id;
}

/**
 * Orders snapshot file names oldest first. Plain string order would put "…123Z-2.json" (a second snapshot in
 * the same millisecond) before "…123Z.json", since "-" sorts before ".".
 */
export function compareRevisionNames(a: string, b: string): number {
  const [stemA, nA] = splitRevisionName(a);
  const [stemB, nB] = splitRevisionName(b);
  return stemA < stemB ? -1 : stemA > stemB ? 1 : nA - nB;
}

function splitRevisionName(name: string): [string, number] {
  const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : name;
  const match = /^(.*Z)-(\d+)$/.exec(id);
  return match ? [match[1]!, Number(match[2])] : [id, 1];
}

/** A snapshot read back: the story (validated and upgraded), and the file's text as stored. */
export interface ReadRevision {
  id: string;
  createdAt: string;
  story: Story;
  text: string;
}

export class RevisionStore {
  constructor(private readonly options: { now: () => Date; intervalMs: number; max: number }) {}

  async list(storyFolder: string): Promise<RevisionInfo[]> {
    const folder = join(storyFolder, REVISIONS_FOLDER);
    const names = await this.names(folder);
    const infos: RevisionInfo[] = [];
    for (const name of names.reverse()) {
      const id = name.slice(0, -'.json'.length);
      try {
        const { story } = parseStoryFile(await readFile(join(folder, name), 'utf8'), join(folder, name));
        infos.push({ id, createdAt: dateOfRevisionId(id), headline: story.headline, wordCount: countWords(bodyText(story)) });
      } catch {
        // A damaged snapshot is skipped, not deleted: it may still be worth a person's look.
      }
    }
    return infos;
  }

  /**
   * Reads one snapshot by id. The id must have the shape revisionIdFor makes, so it can only ever name a file
   * directly inside the revisions folder; a damaged snapshot is reported, never returned half-read.
   */
  async read(storyFolder: string, id: string): Promise<ReadRevision> {
    if (!REVISION_ID_PATTERN.test(id)) {
      throw new CopydeskError('invalid-argument', `"${id}" is not a revision id.`, { field: 'revisionId' });
    }
    const file = join(storyFolder, REVISIONS_FOLDER, `${id}.json`);
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        throw new CopydeskError('not-found', `There is no snapshot ${id} in this story's history (it may have been pruned).`, {
          path: file,
        });
      }
      throw fileSystemError(error, 'read the snapshot', file);
    });
    const { story } = parseStoryFile(text, file);
    return { id, createdAt: dateOfRevisionId(id), story, text };
  }

  /** Writes a snapshot of `storyText` now, and describes it for the history list. */
  async snapshot(storyFolder: string, storyText: string): Promise<RevisionInfo> {
    const id = await this.write(storyFolder, storyText);
    const { story } = parseStoryFile(storyText);
    return { id, createdAt: dateOfRevisionId(id), headline: story.headline, wordCount: countWords(bodyText(story)) };
  }

  /**
   * Takes a snapshot only when the newest one is older than the interval. Returns whether it did. Nobody is
   * shown this snapshot, so the text is not read back to describe it: for a long story that parse cost more
   * than the save that took it.
   */
  async snapshotIfDue(storyFolder: string, storyText: string | Uint8Array): Promise<boolean> {
    const names = await this.names(join(storyFolder, REVISIONS_FOLDER));
    const newest = names.at(-1);
    if (newest) {
      const age = this.options.now().getTime() - Date.parse(dateOfRevisionId(newest.slice(0, -5)));
      if (age < this.options.intervalMs) return false;
    }
    await this.write(storyFolder, storyText);
    return true;
  }

  /** Writes the snapshot file under a new id (unique even within one millisecond), prunes, and answers the id. */
  private async write(storyFolder: string, storyText: string | Uint8Array): Promise<string> {
    const folder = join(storyFolder, REVISIONS_FOLDER);
    const created = await mkdir(folder, { recursive: true }).catch((error: unknown) => {
      throw fileSystemError(error, 'create the revisions folder', folder);
    });
    let id = revisionIdFor(this.options.now());
    const existing = new Set(await this.names(folder));
    for (let n = 2; existing.has(`${id}.json`); n++) id = `${revisionIdFor(this.options.now())}-${n}`;
    await writeFileAtomic(join(folder, `${id}.json`), storyText);
    // A new revisions folder is itself a name in the story folder, which must reach the disk like the snapshot.
    if (created) {
      await syncFolder(storyFolder).catch((error: unknown) => {
        throw fileSystemError(error, 'create the revisions folder', folder);
      });
    }
    await this.prune(folder);
    return id;
  }

  private async names(folder: string): Promise<string[]> {
    const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw fileSystemError(error, 'read the revisions folder', folder);
    });
    // Only names revisionIdFor made: anything else a person put here is left alone, neither listed nor pruned.
    return names
      .filter((name) => name.endsWith('.json') && !isTempFile(name) && REVISION_ID_PATTERN.test(name.slice(0, -'.json'.length)))
      .sort(compareRevisionNames);
  }

  private async prune(folder: string): Promise<void> {
    const names = await this.names(folder);
    for (const name of names.slice(0, Math.max(0, names.length - this.options.max))) {
      await rm(join(folder, name), { force: true });
    }
  }
}
