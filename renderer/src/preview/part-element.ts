// Where a part of the story is in the rendered document (shared/render/html/story-html.ts gives every part
// a data-part, and body block n is always the body's child n).

import type { EditingPart } from '../editor/editing-part.ts';

export function partElement(document: Document, part: EditingPart): Element | null {
  switch (part.region) {
    case 'headline':
    case 'subheadline':
    case 'highlights':
    case 'byline':
    case 'dateline':
      return document.querySelector(`[data-part="${part.region}"]`);
    case 'lead':
      // The lead picture or video is the article's own figure; every other figure sits deeper.
      return document.querySelector('article > figure');
    case 'body':
      return document.querySelector(`[data-part="body"] > :nth-child(${part.index + 1})`);
    case 'related-videos':
      return document.querySelectorAll('[data-part="related-videos"] li')[part.index] ?? null;
  }
}
