// Snapshots of a story in its revisions/ folder: taken on demand, and automatically on save at most once
// per interval, capped so history never fills a disk. Each snapshot is a complete story.json.

import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RevisionInfo } from '../../shared/bridge/contract.ts';
import { parseStoryFile } from '../../shared/story/parse.ts';
import { bodyText } from '../../shared/story/plain-text.ts';
import { countWords } from '../../shared/text/word-count.ts';
import { isTempFile, writeFileAtomic } from './atomic-write.ts';
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

  /** Writes a snapshot of `storyText` now. */
  async snapshot(storyFolder: string, storyText: string): Promise<RevisionInfo> {
    const folder = join(storyFolder, REVISIONS_FOLDER);
    await mkdir(folder, { recursive: true }).catch((error: unknown) => {
      throw fileSystemError(error, 'create the revisions folder', folder);
    });
    let id = revisionIdFor(this.options.now());
    const existing = new Set(await this.names(folder));
    for (let n = 2; existing.has(`${id}.json`); n++) id = `${revisionIdFor(this.options.now())}-${n}`;
    await writeFileAtomic(join(folder, `${id}.json`), storyText);
    await this.prune(folder);
    const { story } = parseStoryFile(storyText);
    return { id, createdAt: dateOfRevisionId(id), headline: story.headline, wordCount: countWords(bodyText(story)) };
  }

  /** Takes a snapshot only when the newest one is older than the interval. Returns whether it did. */
  async snapshotIfDue(storyFolder: string, storyText: string): Promise<boolean> {
    const names = await this.names(join(storyFolder, REVISIONS_FOLDER));
    const newest = names.at(-1);
    if (newest) {
      const age = this.options.now().getTime() - Date.parse(dateOfRevisionId(newest.slice(0, -5)));
      if (age < this.options.intervalMs) return false;
    }
    await this.snapshot(storyFolder, storyText);
    return true;
  }

  private async names(folder: string): Promise<string[]> {
    const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw fileSystemError(error, 'read the revisions folder', folder);
    });
    return names.filter((name) => name.endsWith('.json') && !isTempFile(name)).sort();
  }

  private async prune(folder: string): Promise<void> {
    const names = await this.names(folder);
    for (const name of names.slice(0, Math.max(0, names.length - this.options.max))) {
      await rm(join(folder, name), { force: true });
    }
  }
}
