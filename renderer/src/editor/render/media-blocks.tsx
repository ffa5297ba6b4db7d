// Photos and videos as cards: the picture, then the caption, alt text and credit as ordinary editable
// fields, each on its own labelled row. The picture, a video's file and buttons, and a credit's kind and
// formatted line are the media code's (renderer/src/editor/media/), drawn inside these cards.

import type { RenderElementProps } from 'slate-react';
import type { CustomElement } from '../document/types.ts';
import { FieldHolderContext } from './field.tsx';
import { CreditLine, VideoControls } from '../media/index.ts';

type Props<T extends CustomElement['type']> = RenderElementProps & { element: Extract<CustomElement, { type: T }> };

export function Photo({ attributes, children }: Props<'photo'>) {
  return (
    <figure {...attributes} role="group" aria-label="Photo" className="media-card media-photo">
      <FieldHolderContext.Provider value="photo">{children}</FieldHolderContext.Provider>
    </figure>
  );
}

export function Video({ attributes, children, element }: Props<'video'>) {
  return (
    <figure {...attributes} role="group" aria-label="Video" className="media-card media-video">
      <VideoControls element={element} />
      <FieldHolderContext.Provider value="video">{children}</FieldHolderContext.Provider>
    </figure>
  );
}

export function Poster({ attributes, children }: Props<'poster'>) {
  return (
    <div {...attributes} role="group" aria-label="Poster" className="media-poster">
      <FieldHolderContext.Provider value="poster">{children}</FieldHolderContext.Provider>
    </div>
  );
}

export function Credit({ attributes, children, element }: Props<'credit'>) {
  return (
    <div {...attributes} role="group" aria-label="Credit" className="credit">
      <CreditLine element={element} />
      <FieldHolderContext.Provider value="credit">{children}</FieldHolderContext.Provider>
    </div>
  );
}
