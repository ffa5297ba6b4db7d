// The two media voids in one call, for an element switch that wants them handled together:
//   case 'media-preview': case 'empty-slot': return renderMediaElement(props);

import type { JSX } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { EmptySlotElement, MediaPreviewElement } from '../document/types.ts';
import { EmptySlot } from './empty-slot.tsx';
import { MediaPreview } from './media-preview.tsx';

export function renderMediaElement({
  attributes,
  children,
  element,
}: RenderElementProps & { element: MediaPreviewElement | EmptySlotElement }): JSX.Element {
  switch (element.type) {
    case 'media-preview':
      return (
        <MediaPreview attributes={attributes} element={element}>
          {children}
        </MediaPreview>
      );
    case 'empty-slot':
      return (
        <EmptySlot attributes={attributes} element={element}>
          {children}
        </EmptySlot>
      );
  }
}
