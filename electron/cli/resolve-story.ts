// Finding the story a user means by STORY: a story folder, a story file, or — inside a library — a folder
// name or a story id. Read-only on purpose: `validate` must never write, and a story whose file is broken is
// missing from the library's index, so ids are looked up in the folders themselves, not through
// StoryLibrary.open (which creates the folder and rewrites the index).

import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { CopydeskError } from '../../shared/errors.ts';
import { StoryId } from '../../shared/story/schema.ts';
import { INDEX_FILE } from '../library/library-index.ts';
import { STORY_FILE } from '../library/story-library.ts';

export interface ResolvedStory {
  /** The story file to read. */
  file: string;
  /** The folder holding it, and its media/ folder. */
  folder: string;
}

export interface ResolveOptions {
  cwd: string;
  /** The library to search, asked for only when STORY is not a path (so a path never needs one). */
  library: () => string;
}

export async function resolveStory(spec: string, { cwd, library }: ResolveOptions): Promise<ResolvedStory> {
  const tried: string[] = [];

  const asPath = resolve(cwd, spec);
  const info = await stat(asPath).catch(() => null);
  if (info?.isFile()) return { file: asPath, folder: dirname(asPath) };
  if (info?.isDirectory()) {
    if (await isFile(join(asPath, STORY_FILE))) return { file: join(asPath, STORY_FILE), folder: asPath };
    tried.push(`as a path: ${asPath} is a folder with no ${STORY_FILE} in it`);
  } else {
    tried.push(`as a path: ${asPath} does not exist`);
  }

  // Something with a slash or a .json ending was meant as a path; looking it up in a library would only
  // add noise to the message.
  const looksLikePath = spec.includes('/') || spec.includes(sep) || spec.endsWith('.json');
  if (!looksLikePath && spec.trim() !== '' && spec !== '.' && spec !== '..') {
    const root = library();
    if (!(await isDirectory(root))) {
      tried.push(`in the library: ${root} does not exist`);
    } else {
      const folder = join(root, spec);
      if (await isFile(join(folder, STORY_FILE))) return { file: join(folder, STORY_FILE), folder };
      tried.push(`as a folder name in the library ${root}: there is no story folder by that name`);
      if (StoryId.safeParse(spec).success) {
        const found = await findStoryById(root, spec);
        if (found) return { file: join(found, STORY_FILE), folder: found };
        tried.push(`as a story id in the library ${root}: no readable story has that id`);
      } else {
        tried.push('as a story id: it is not one (26 lowercase letters and digits)');
      }
    }
  }

  throw new CopydeskError('not-found', `No story matches "${spec}". Looked for it\n${tried.map((line) => `  - ${line}`).join('\n')}`);
}

/** The folder in `root` whose story.json has this id: the index's entry if it is right, else a scan. */
async function findStoryById(root: string, id: string): Promise<string | null> {
  const hinted = await readIndexedFolder(root, id);
  if (hinted && (await storyIdIn(join(root, hinted))) === id) return join(root, hinted);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if ((await storyIdIn(join(root, entry.name))) === id) return join(root, entry.name);
  }
  return null;
}

/** The index is only a hint here: any problem reading it just means scanning. */
async function readIndexedFolder(root: string, id: string): Promise<string | null> {
  try {
    const index = JSON.parse(await readFile(join(root, INDEX_FILE), 'utf8')) as { stories?: Record<string, { folder?: unknown }> };
    const folder = index.stories?.[id]?.folder;
    // A folder name from a file is not trusted as a path: one plain name inside the library only.
    return typeof folder === 'string' && folder !== '' && !/[\\/]/.test(folder) && !folder.startsWith('.') ? folder : null;
  } catch {
    return null;
  }
}

/** The id a story file states, without validating the rest: a story with one bad field is still findable. */
async function storyIdIn(folder: string): Promise<string | null> {
  try {
    const raw: unknown = JSON.parse(await readFile(join(folder, STORY_FILE), 'utf8'));
    const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
