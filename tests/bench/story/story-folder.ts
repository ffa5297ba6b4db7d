// A generated story on disk as the library keeps one: `<library>/<year>-<slug>/story.json` with its pictures
// in `media/`. The library's index is left to be built when the library opens, as after a copy.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeneratedStory } from './generate-story.ts';

/** Writes the story's folder into `libraryDir`; answers the folder. */
export async function writeStoryFolder(libraryDir: string, generated: GeneratedStory): Promise<string> {
  const { story } = generated;
  const folder = join(libraryDir, `${story.createdAt.slice(0, 4)}-${story.slug}`);
  await mkdir(join(folder, 'media'), { recursive: true });
  await writeFile(join(folder, 'story.json'), `${JSON.stringify(story, null, 2)}\n`);
  await Promise.all(generated.media.map(({ file, bytes }) => writeFile(join(folder, 'media', file), bytes)));
  return folder;
}
