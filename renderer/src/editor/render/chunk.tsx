// The body's chunks (create-story-editor.ts splits a long body into them) as boxes the browser may skip:
// `content-visibility: auto` leaves the style, layout and paint of every chunk off screen undone until it
// scrolls near, so a keystroke in a 100k-word story lays out one chunk, not the whole story. Only the
// lowest chunks (the ones that hold blocks) get a box; the chunks of chunks above them render no element.

import type { RenderChunkProps } from 'slate-react';

export function StoryChunk({ attributes, children, lowest }: RenderChunkProps) {
  if (!lowest) return children;
  return (
    <div {...attributes} className="body-chunk">
      {children}
    </div>
  );
}
