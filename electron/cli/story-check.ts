// What `copydesk validate` checks, apart from printing: the story file reads as a valid story (every schema
// problem, not only the first), and every media file it refers to is in its media/ folder. Reads only.

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CopydeskError } from '../../shared/errors.ts';
import { migrateStory } from '../../shared/story/migrate.ts';
import { parseStoryFile } from '../../shared/story/parse.ts';
import { Story } from '../../shared/story/schema.ts';
import { MEDIA_FOLDER } from '../library/story-library.ts';
import { referencedMedia } from './referenced-media.ts';

export interface Problem {
  /** The dotted field the problem is in ("lead.media"), or '' for the file as a whole. */
  field: string;
  message: string;
}

export interface StoryCheck {
  /** The story, when the file itself is valid (its media may still be missing). */
  story: Story | null;
  migratedFrom: number | null;
  problems: Problem[];
}

export async function checkStory(text: string, file: string, folder: string): Promise<StoryCheck> {
  let loaded: { story: Story; migratedFrom: number | null };
  try {
    loaded = parseStoryFile(text, file);
  } catch (error) {
    if (!(error instanceof CopydeskError)) throw error;
    const problems = everySchemaProblem(text) ?? [{ field: error.details.field ?? '', message: error.message }];
    return { story: null, migratedFrom: null, problems };
  }
  const problems: Problem[] = [];
  for (const { field, file: media } of referencedMedia(loaded.story)) {
    const path = join(folder, MEDIA_FOLDER, media);
    const present = await stat(path).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!present) {
      problems.push({ field, message: `the media file ${MEDIA_FOLDER}/${media} is missing (looked for ${path})` });
    }
  }
  return { ...loaded, problems };
}

/**
 * parseStoryFile stops at the first schema problem ("… (and 2 more problems)"); a person fixing a file by
 * hand wants them all. Null when the failure was not the schema's (bad JSON, a newer format), whose single
 * message parseStoryFile already says best.
 */
function everySchemaProblem(text: string): Problem[] | null {
  try {
    const { story } = migrateStory(JSON.parse(text));
    const result = Story.safeParse(story);
    if (result.success) return null;
    return result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      // Zod's wording for an absent field ("Invalid input: expected string, received undefined") hides the point.
      message:
        issue.code === 'invalid_type' && /received undefined$/.test(issue.message)
          ? `is missing (expected ${issue.expected})`
          : issue.message,
    }));
  } catch {
    return null;
  }
}
