// What each element of the story document may hold, in one table — the rules with-story-structure.ts
// enforces. Elements with a fixed shape (a photo, a credit, the dateline) list their parts in order as
// slots; the containers with a run of children (the body, a list, the highlights) say which children they
// accept.

import type { Element } from 'slate';
import { emptySlot, field } from '../document/to-slate.ts';
import type {
  BylineEntryElement,
  CustomElement,
  CustomElementType,
  EmptySlotElement,
  FieldName,
  RegionType,
} from '../document/types.ts';

type Child = CustomElement;

/** One part of a fixed-shape element: which child fits it, and how to make one when it is missing. */
export interface Slot {
  /** What the slot is called in error messages and tests. */
  name: string;
  fits: (child: Element) => boolean;
  /** A child that can be turned into this slot's kind (a paragraph becoming a quote's text), and how. */
  convert?: (child: Element) => Partial<Child> | null;
  make: () => Child;
}

const fieldSlot = (name: FieldName): Slot => ({
  name: `field ${name}`,
  fits: (child) => child.type === 'field' && child.name === name,
  make: () => field(name, ''),
});

const mediaPreviewSlot: Slot = {
  name: 'media-preview',
  fits: (child) => child.type === 'media-preview',
  make: () => ({ type: 'media-preview', children: [{ text: '' }] }),
};

const creditSlot: Slot = {
  name: 'credit',
  fits: (child) => child.type === 'credit',
  make: () => ({
    type: 'credit',
    children: (['photographers', 'organization', 'via', 'restrictions', 'copyright'] as const).map((name) => field(name, '')),
  }),
};

/** The parts of the fixed-shape elements, in order. */
export const TEMPLATES: Partial<Record<CustomElementType, readonly Slot[]>> = {
  'byline-entry': [fieldSlot('name'), fieldSlot('title'), fieldSlot('organization')],
  dateline: [fieldSlot('location'), fieldSlot('source')],
  'block-quote': [
    {
      name: 'quote-text',
      fits: (child) => child.type === 'quote-text',
      convert: (child) =>
        child.type === 'paragraph' || child.type === 'subhead' || child.type === 'list-item-text'
          ? { type: 'quote-text' }
          : null,
      make: () => ({ type: 'quote-text', children: [{ text: '' }] }),
    },
    fieldSlot('attribution'),
  ],
  photo: [mediaPreviewSlot, fieldSlot('caption'), fieldSlot('alt'), creditSlot],
  poster: [mediaPreviewSlot, fieldSlot('caption'), fieldSlot('alt'), creditSlot],
  video: [
    fieldSlot('video-title'),
    fieldSlot('duration'),
    {
      name: 'poster',
      fits: (child) => child.type === 'poster' || (child.type === 'empty-slot' && child.slot === 'poster'),
      convert: (child) => (child.type === 'empty-slot' ? { slot: 'poster' } : null),
      make: () => emptySlot('poster'),
    },
    fieldSlot('caption'),
    creditSlot,
  ],
  credit: (['photographers', 'organization', 'via', 'restrictions', 'copyright'] as const).map(fieldSlot),
};

/** Children accepted by the containers that hold a run of them. */
export const ACCEPTS: Partial<Record<CustomElementType, ReadonlySet<CustomElementType>>> = {
  highlights: new Set(['highlight']),
  byline: new Set(['byline-entry']),
  body: new Set(['paragraph', 'subhead', 'block-quote', 'list', 'photo', 'video']),
  list: new Set(['list-item']),
};

/** The empty form of each region: what a story with nothing in that part shows. */
export function emptyRegion(type: RegionType): Child {
  switch (type) {
    case 'headline':
    case 'subheadline':
      return { type, children: [{ text: '' }] };
    case 'highlights':
      return { type, children: [{ type: 'highlight', children: [{ text: '' }] }] };
    case 'byline':
      return { type, children: [emptyBylineEntry()] };
    case 'dateline':
      return { type, children: [field('location', ''), field('source', '')] };
    case 'lead':
      return { type, children: [emptySlot('lead')] };
    case 'body':
      return { type, children: [{ type: 'paragraph', children: [{ text: '' }] }] };
    case 'related-videos':
      return { type, children: [emptySlot('related-videos')] };
  }
}

export function emptyBylineEntry(): BylineEntryElement {
  return { type: 'byline-entry', children: [field('name', ''), field('title', ''), field('organization', '')] };
}

/** What an empty slot is for, by the element it sits in. */
export function slotFor(parent: CustomElementType): EmptySlotElement['slot'] | null {
  switch (parent) {
    case 'lead':
      return 'lead';
    case 'video':
      return 'poster';
    case 'related-videos':
      return 'related-videos';
    default:
      return null;
  }
}
