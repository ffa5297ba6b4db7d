// What every format's writer is given and answers, so export-story.ts can hold them in one table.

import type { CreditHouseStyle } from '../../shared/render/story-lines.ts';
import type { Story } from '../../shared/story/schema.ts';
import type { StoryMedia } from './story-media.ts';

export interface FormatJob {
  story: Story;
  /** The file, or for html-folder the folder, to write: absolute, already checked by prepareDestination. */
  destination: string;
  /** The story's media folder: where pictures are read from, and which of them are there. */
  media: StoryMedia;
  /** The credit style from the preferences. */
  houseStyle: CreditHouseStyle;
  /** Replace what is at the destination (the caller has checked it is the same kind: file or folder). */
  overwrite: boolean;
}

export interface WrittenFiles {
  /** Relative to the destination's folder for a file format, to the destination for a folder. */
  files: string[];
  bytes: number;
}

export type FormatWriter = (job: FormatJob) => Promise<WrittenFiles>;
