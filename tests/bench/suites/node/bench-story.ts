// The generated stories the Node suites measure, on disk as the library keeps them: the 100k-word story
// (the targets), the 1M-word one (how cost grows), and a small one for --quick, which checks that a suite
// works rather than measuring it.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Preferences } from '../../../../shared/bridge/preferences.ts';
import type { CreditHouseStyle } from '../../../../shared/render/story-lines.ts';
import { generateStory, type GeneratedStory } from '../../story/generate-story.ts';
import { writeStoryFolder } from '../../story/story-folder.ts';

export interface BenchStorySize {
  /** For ids and labels: "100k", "1M". */
  key: string;
  words: number;
  photos: number;
  videos: number;
}

export const STORY_100K: BenchStorySize = { key: '100k', words: 100_000, photos: 60, videos: 20 };
export const STORY_1M: BenchStorySize = { key: '1M', words: 1_000_000, photos: 600, videos: 200 };
/** --quick stands it in for the 100k-word story: the same shape, a tenth of the length. */
export const STORY_QUICK: BenchStorySize = { key: '10k', words: 10_000, photos: 6, videos: 2 };

export interface StoryOnDisk {
  generated: GeneratedStory;
  /** The library folder holding it (its only story). */
  libraryDir: string;
  /** Its story folder, with its pictures in media/. */
  folder: string;
}

/** Generates the story and writes it into a library of its own under `scratch`. */
export async function storyOnDisk(scratch: string, size: BenchStorySize): Promise<StoryOnDisk> {
  const generated = generateStory({ words: size.words, photos: size.photos, videos: size.videos });
  const libraryDir = join(scratch, `library-${size.key}`);
  await mkdir(libraryDir, { recursive: true });
  const folder = await writeStoryFolder(libraryDir, generated);
  return { generated, libraryDir, folder };
}

/** The credit style a new install exports with: the preferences' defaults. */
export function defaultHouseStyle(): CreditHouseStyle {
  const { creditStyle, customCreditPattern } = Preferences.parse({ libraryPath: '' });
  return { creditStyle, customCreditPattern };
}

/** "100,000 words, 2,871 paragraphs": what a figure was measured on. */
export function describeStory({ words, paragraphs }: GeneratedStory): string {
  return `${words.toLocaleString('en')} words, ${paragraphs.toLocaleString('en')} paragraphs`;
}
