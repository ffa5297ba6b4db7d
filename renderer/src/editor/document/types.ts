// The Slate document: a view of the story (shared/story/schema.ts), declared once and merged into Slate's
// CustomTypes here, as Slate's own examples do. The story's regions are the top-level elements, always
// present and always in this order:
//
//   headline · subheadline · highlights · byline · dateline · lead · body · related-videos
//
// Everything a person types — captions, credits, alt text, video titles — is ordinary editable text in a
// `field` element inside its block, never an <input> nested in a void (a design with a long bug history in
// Slate). Only the picture itself and the "add media" slots are voids.
//
// Conversions both ways live in to-slate.ts and from-slate.ts; story → editor → story is exact.

import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { CreditKind } from '../../../../shared/story/schema.ts';

// ── text ─────────────────────────────────────────────────────────────────────────────────────────────────

/** A run of text. Marks appear only in rich text (paragraphs, subheads, quotes, list items). */
export interface FormattedText {
  text: string;
  bold?: true;
  italic?: true;
}

/** <a href>: only inside rich text. */
export interface LinkElement {
  type: 'link';
  url: string;
  children: FormattedText[];
}

export type InlineNode = FormattedText | LinkElement;

// ── fields: one line of plain text with a name ──────────────────────────────────────────────────────────

export type FieldName =
  // byline entry
  | 'name'
  | 'title'
  | 'organization'
  // dateline
  | 'location'
  | 'source'
  // photo, poster, video
  | 'caption'
  | 'alt'
  | 'video-title'
  | 'duration'
  // credit (organization is shared with the byline entry's field name)
  | 'photographers'
  | 'via'
  | 'restrictions'
  | 'copyright'
  // block quote
  | 'attribution';

/** A named, single-line, plain-text part of a block: "Caption", "Alt text", "Credit: photographers" … */
export interface FieldElement {
  type: 'field';
  name: FieldName;
  children: FormattedText[];
}

// ── the regions ─────────────────────────────────────────────────────────────────────────────────────────

/** One line of plain text. */
export interface HeadlineElement {
  type: 'headline';
  children: FormattedText[];
}

/** One sentence of plain text. */
export interface SubheadlineElement {
  type: 'subheadline';
  children: FormattedText[];
}

/** The story highlights: one or more bullets (an empty region shows one empty bullet). */
export interface HighlightsElement {
  type: 'highlights';
  children: HighlightElement[];
}
export interface HighlightElement {
  type: 'highlight';
  children: FormattedText[];
}

/** The byline: one entry per person (an empty region shows one empty entry). */
export interface BylineElement {
  type: 'byline';
  children: BylineEntryElement[];
}
/** A person: fields name, title, organization. */
export interface BylineEntryElement {
  type: 'byline-entry';
  children: FieldElement[];
}

/** "WASHINGTON (AP) —": fields location, source. */
export interface DatelineElement {
  type: 'dateline';
  children: FieldElement[];
}

/** The picture or video at the top: one photo, one video, or an empty slot offering to add one. */
export interface LeadElement {
  type: 'lead';
  children: (PhotoElement | VideoElement | EmptySlotElement)[];
}

/** The story's running text and media. An empty body shows one empty paragraph. */
export interface BodyElement {
  type: 'body';
  children: BodyBlockElement[];
}

/** The related-video playlist: videos, or an empty slot offering to add one. */
export interface RelatedVideosElement {
  type: 'related-videos';
  children: (VideoElement | EmptySlotElement)[];
}

export type RegionElement =
  | HeadlineElement
  | SubheadlineElement
  | HighlightsElement
  | BylineElement
  | DatelineElement
  | LeadElement
  | BodyElement
  | RelatedVideosElement;

export type RegionType = RegionElement['type'];

/** The regions in document order: normalisation keeps the editor's top level exactly this. */
export const REGION_ORDER: readonly RegionType[] = [
  'headline',
  'subheadline',
  'highlights',
  'byline',
  'dateline',
  'lead',
  'body',
  'related-videos',
];

// ── body blocks ─────────────────────────────────────────────────────────────────────────────────────────

export interface ParagraphElement {
  type: 'paragraph';
  children: InlineNode[];
}

export interface SubheadElement {
  type: 'subhead';
  children: InlineNode[];
}

/** A quoted passage: its rich text, then the attribution field. */
export interface BlockQuoteElement {
  type: 'block-quote';
  children: (QuoteTextElement | FieldElement)[];
}
export interface QuoteTextElement {
  type: 'quote-text';
  children: InlineNode[];
}

export interface ListElement {
  type: 'list';
  style: 'bulleted' | 'numbered';
  children: ListItemElement[];
}
/** An item: its text, then optionally a nested list. */
export interface ListItemElement {
  type: 'list-item';
  children: (ListItemTextElement | ListElement)[];
}
export interface ListItemTextElement {
  type: 'list-item-text';
  children: InlineNode[];
}

/** A photo: the picture (void), then the fields caption and alt, then its credit. */
export interface PhotoElement {
  type: 'photo';
  id: string;
  media: string | null;
  children: (MediaPreviewElement | FieldElement | CreditElement)[];
}

/** A video: fields video-title and duration, its poster (or an empty slot), field caption, its credit. */
export interface VideoElement {
  type: 'video';
  id: string;
  media: string | null;
  children: (FieldElement | PosterElement | EmptySlotElement | CreditElement)[];
}

/** A video's poster frame: like a photo without an id. */
export interface PosterElement {
  type: 'poster';
  media: string | null;
  children: (MediaPreviewElement | FieldElement | CreditElement)[];
}

/** A credit: fields photographers ("; "-separated), organization, via, restrictions ("; "-separated), copyright. */
export interface CreditElement {
  type: 'credit';
  kind?: CreditKind;
  children: FieldElement[];
}

/** The picture of a photo or poster. Void: it shows the image (or "no picture yet") and holds no text. */
export interface MediaPreviewElement {
  type: 'media-preview';
  children: [{ text: '' }];
}

/** Where a lead, a poster or a related video can be added. Void. */
export interface EmptySlotElement {
  type: 'empty-slot';
  slot: 'lead' | 'poster' | 'related-videos';
  children: [{ text: '' }];
}

export type BodyBlockElement =
  | ParagraphElement
  | SubheadElement
  | BlockQuoteElement
  | ListElement
  | PhotoElement
  | VideoElement;

export type CustomElement =
  | RegionElement
  | HighlightElement
  | BylineEntryElement
  | FieldElement
  | BodyBlockElement
  | QuoteTextElement
  | ListItemElement
  | ListItemTextElement
  | PosterElement
  | CreditElement
  | MediaPreviewElement
  | EmptySlotElement
  | LinkElement;

export type CustomElementType = CustomElement['type'];

export type StoryEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: StoryEditor;
    Element: CustomElement;
    Text: FormattedText;
  }
}

/** Separator for the list-valued credit fields (photographers, restrictions) when shown as one line. */
export const LIST_FIELD_SEPARATOR = '; ';
