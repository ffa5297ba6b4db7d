// The media context for a component inside the editor: the one registered with withMedia, or — when the
// editor was made without it — one made from the story the editor shows (EditedStoryContext) and this
// window's bridge, registered on the editor so that drops, pastes and commands find it too.

import type { Editor } from 'slate';
import { getBridge } from '../../bridge/get-bridge.ts';
import { useEditedStoryId } from '../story-context.ts';
import { mediaContextOf, withMedia, type MediaContext } from './media-context.ts';

export function useMediaContext(editor: Editor): MediaContext | null {
  const storyId = useEditedStoryId();
  const registered = mediaContextOf(editor);
  if (registered) return registered;
  if (!storyId) return null;
  withMedia(editor, { storyId, bridge: getBridge() }); // idempotent: the same context on every render
  return mediaContextOf(editor);
}
