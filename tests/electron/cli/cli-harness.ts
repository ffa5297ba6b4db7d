// Runs the command line in-process against temporary folders, capturing what it prints, and writes story
// folders by hand so tests can set up exactly the library they need (including broken ones).

import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../electron/cli/main.ts';
import type { CreditStyle } from '../../../shared/bridge/preferences.ts';
import { createStory, newStoryId, RANDOM_BYTES_FOR_ID, type Story, type StoryInput } from '../../../shared/story/index.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** The library the app's preferences name; never the real user's. */
  preferencesLibrary?: string;
  preferencesAuthor?: string;
  /** The house credit style in the preferences; left out, the preferences do not say (the default applies). */
  preferencesCreditStyle?: CreditStyle;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: options.cwd ?? tmpdir(),
    env: options.env ?? {},
    preferences: () => ({
      libraryPath: options.preferencesLibrary ?? join(tmpdir(), 'copydesk-cli-tests-no-such-library'),
      authorName: options.preferencesAuthor ?? '',
      ...(options.preferencesCreditStyle ? { creditStyle: options.preferencesCreditStyle } : {}),
    }),
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder; call the returned cleanup in afterEach. */
export async function tempFolder(): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'copydesk-cli-'));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** A valid story with the given fields, as the schema's input (defaults are filled in when it is read). */
export function makeStory(fields: Partial<StoryInput> = {}): Story {
  const base = createStory({
    id: newStoryId(Date.parse('2026-03-01T09:00:00Z'), randomBytes(RANDOM_BYTES_FOR_ID)),
    now: new Date('2026-03-01T09:00:00Z'),
    headline: 'A test story',
  });
  return { ...base, ...fields } as Story;
}

/** Writes `<root>/<folder>/story.json` with a story object or raw text; returns the folder's path. */
export async function writeStoryFolder(root: string, folder: string, story: Story | string): Promise<string> {
  const path = join(root, folder);
  await mkdir(path, { recursive: true });
  await writeFile(join(path, 'story.json'), typeof story === 'string' ? story : `${JSON.stringify(story, null, 2)}\n`);
  return path;
}

/** A media file name as Copydesk makes them: 64 hex digits and an extension. */
export function mediaName(seed: string, extension = 'jpg'): string {
  return `${seed.repeat(64).slice(0, 64)}.${extension}`;
}

export async function writeMedia(storyFolder: string, name: string): Promise<void> {
  await mkdir(join(storyFolder, 'media'), { recursive: true });
  await writeFile(join(storyFolder, 'media', name), 'not really a picture');
}

export function paragraph(text: string) {
  return { type: 'paragraph' as const, children: [{ text }] };
}

export function photo(id: string, media: string | null, caption = '') {
  return {
    type: 'photo' as const,
    id,
    media,
    alt: '',
    caption,
    credit: { photographers: [], organization: '', via: '', restrictions: [], copyright: '' },
  };
}
