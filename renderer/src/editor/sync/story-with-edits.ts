// The story with the editor's document read back into it: the typed parts from the document, the desk's
// metadata from the story; and the slug follows the headline while nobody has set it by hand.

import type { Descendant } from 'slate';
import type { Story } from '../../../../shared/story/schema.ts';
import { slugFollowingHeadline } from '../../../../shared/story/slug.ts';
import { storyFromSlate } from '../document/from-slate.ts';

export function storyWithEdits(current: Story, document: readonly Descendant[]): Story {
  const next = storyFromSlate(document, current);
  if (next.headline === current.headline) return next;
  return { ...next, slug: slugFollowingHeadline(current.slug, current.headline, next.headline) };
}
