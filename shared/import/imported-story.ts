// What an importer gives back: the story's parts (never an id, dates or a slug: the library makes those),
// what it could not place, and the pictures the Node side must still fetch into the story's media folder.

import type { Story } from '../story/schema.ts';
import type { StoryPath } from '../lint/lint-types.ts';
import type { SourceKind } from './source-document.ts';

/** The parts of a story an import fills; everything else is a new story's default. */
export type ImportedStoryParts = Pick<
  Story,
  'headline' | 'subheadline' | 'highlights' | 'byline' | 'dateline' | 'lead' | 'body' | 'relatedVideos'
>;

/** Something the importer could not place, or left out, told to the person after the import. */
export interface ImportNote {
  severity: 'warning' | 'info';
  /** The part it concerns, when there is one: ['headline'], ['body', 4]. */
  path?: StoryPath;
  message: string;
}

export interface PendingPicture {
  /** Where the photo is in the imported parts: ['body', 3], ['lead'], ['relatedVideos', 2, 'poster']. */
  path: StoryPath;
  /** The SourcePicture.ref to load. */
  ref: string;
}

export interface ImportedStory {
  source: SourceKind;
  parts: ImportedStoryParts;
  notes: ImportNote[];
  pictures: PendingPicture[];
}
