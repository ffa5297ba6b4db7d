// The body's chunks (create-story-editor.ts splits a long body into them) as boxes the browser may skip:
// `content-visibility: auto` leaves the style, layout and paint of every chunk off screen undone until it
// scrolls near, so a keystroke in a 100k-word story lays out one chunk, not the whole story. Only the
// lowest chunks (the ones that hold blocks) get a box; the chunks of chunks above them render no element.
// When a long story opens, the chunks are filled one at a time (chunk-mounting.ts).

import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import type { RenderChunkProps } from 'slate-react';
import type { ChunkMounting } from './chunk-mounting.ts';

/** The editor's chunk mounting; without one (a test's bare editor), every chunk is filled at once. */
export const ChunkMountingContext = createContext<ChunkMounting | null>(null);

// slate-react calls renderChunk as a function, not as a component: the box is a component of its own, so
// that it may keep state.
export function StoryChunk({ attributes, children, lowest }: RenderChunkProps) {
  if (!lowest) return children;
  return <BodyChunk attributes={attributes}>{children}</BodyChunk>;
}

function BodyChunk({ attributes, children }: { attributes: RenderChunkProps['attributes']; children: ReactNode }) {
  const mounting = useContext(ChunkMountingContext);
  const [filled, setFilled] = useState(() => !mounting || mounting.showsAtOnce);
  useLayoutEffect(() => (mounting && !filled ? mounting.wait(() => setFilled(true)) : undefined), [mounting, filled]);
  if (!filled) return <div {...attributes} className="body-chunk body-chunk-waiting" contentEditable={false} aria-hidden="true" />;
  return (
    <div {...attributes} className="body-chunk">
      {children}
    </div>
  );
}
