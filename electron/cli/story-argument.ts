// The STORY argument that `show` and `validate` (and later commands) share, so its help reads the same.

import type { PositionalSpec } from './command.ts';

export const STORY_ARGUMENT: PositionalSpec = {
  name: 'STORY',
  description:
    'a story folder, its story.json, or (in the library) a story folder name or a story id',
};
