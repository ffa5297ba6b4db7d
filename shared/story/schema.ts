// The story model, declared once. Every other layer — the story file, the bridge, the editor, the renderer —
// speaks these types. Each node says in one line what it may contain and what it becomes in HTML, in the
// manner of ProseMirror's schema-basic. Types are inferred from the schemas so the two can never drift.
//
// Rich text is an array of inline nodes shaped like Slate's text leaves so the editor's view stays thin.

import { z } from 'zod';

export const CURRENT_SCHEMA_VERSION = 1;

// ── identifiers ──────────────────────────────────────────────────────────────────────────────────────────

/** A story's permanent id: 26 characters of lowercase Crockford base32 (time-sortable, like a ULID). */
export const StoryId = z
  .string()
  .regex(/^[0-9a-hjkmnp-tv-z]{26}$/, 'must be a Copydesk story id (26 lowercase letters and digits)');
export type StoryId = z.infer<typeof StoryId>;

/** A block's id inside a story, stable across edits so the preview and comments can point at it. */
export const BlockId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, - or _');

/** A short, lowercase, hyphenated label used on the desk ("courthouse-arrests"). */
export const Slug = z
  .string()
  .max(80, 'must be at most 80 characters')
  .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'must be lowercase letters and digits joined by single hyphens');

/** A file in the story's media folder: the SHA-256 of its bytes and an extension we chose, never a user's path. */
export const MediaFile = z
  .string()
  .regex(
    /^[0-9a-f]{64}\.(jpg|png|gif|webp|avif|mp4|webm)$/,
    'must be a media file name made by Copydesk (sha256 and extension)',
  );
export type MediaFile = z.infer<typeof MediaFile>;

const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time' });

// ── inline content ───────────────────────────────────────────────────────────────────────────────────────

/** A run of text with its marks → text inside <strong>/<em>. */
export const Text = z.strictObject({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
});
export type Text = z.infer<typeof Text>;

/** Safe link targets: web pages and mail. Anything else (javascript:, data:, file:) is refused. */
export const LinkUrl = z
  .string()
  .max(2048)
  .regex(/^(https?:\/\/|mailto:)\S+$/i, 'must start with http://, https:// or mailto:');

/** A hyperlink around text runs → <a href>. */
export const Link = z.strictObject({
  type: z.literal('link'),
  url: LinkUrl,
  children: z.array(Text).min(1),
});
export type Link = z.infer<typeof Link>;

/** Text or a link: what a paragraph, subhead, quote or list item holds. */
export const Inline = z.union([Link, Text]);
export type Inline = z.infer<typeof Inline>;

const RichText = z.array(Inline).min(1, 'must hold at least one text node');

// ── credits ──────────────────────────────────────────────────────────────────────────────────────────────

/** How the picture came to us: the distinctions credit lines encode (NEWSROOM.md, "Credit lines"). */
export const CreditKind = z.enum(['staff', 'pool', 'handout', 'file', 'courtesy']);
export type CreditKind = z.infer<typeof CreditKind>;

/**
 * One name or restriction in a credit's list: trimmed, and without ";", which separates them when the editor
 * shows the list as one line of text.
 */
const CreditListEntry = z
  .string()
  .regex(/^[^;\s](?:[^;]*[^;\s])?$/, 'must be non-empty, without leading or trailing spaces, and without ";"');

/** A credit as data; a house style renders it as a line ("PHOTO: John Moore/Getty Images"). */
export const Credit = z.strictObject({
  photographers: z.array(CreditListEntry).default([]),
  /** The credited organisation: "AP", "Getty Images", "The New York Times". */
  organization: z.string().default(''),
  /** The distributor, when another organisation hands the picture on: "AP" in "… via AP". */
  via: z.string().default(''),
  kind: CreditKind.optional(),
  /** "MANDATORY CREDIT", "NO SALES", "CHINA OUT" … printed after the credit. */
  restrictions: z.array(CreditListEntry).default([]),
  /** The copyright holder, when it differs from the organisation. */
  copyright: z.string().default(''),
});
export type Credit = z.infer<typeof Credit>;

// ── media ────────────────────────────────────────────────────────────────────────────────────────────────

/** A photo → <figure><img alt><figcaption>caption credit</figcaption></figure>. */
export const Photo = z.strictObject({
  type: z.literal('photo'),
  id: BlockId,
  media: MediaFile.nullable(),
  /** Describes the picture for someone who cannot see it; not the caption. */
  alt: z.string().default(''),
  caption: z.string().default(''),
  credit: Credit,
});
export type Photo = z.infer<typeof Photo>;

/** A poster frame for a video: a picture with its own caption and credit. */
export const Poster = Photo.omit({ type: true, id: true });
export type Poster = z.infer<typeof Poster>;

/** A video → <figure data-part="video"> with title, duration and poster. */
export const Video = z.strictObject({
  type: z.literal('video'),
  id: BlockId,
  title: z.string().default(''),
  /** Length in whole seconds; shown as mm:ss or h:mm:ss. */
  durationSeconds: z.number().int().min(0).max(24 * 3600).nullable().default(null),
  media: MediaFile.nullable().default(null),
  poster: Poster.nullable().default(null),
  caption: z.string().default(''),
  credit: Credit,
});
export type Video = z.infer<typeof Video>;

// ── body blocks ──────────────────────────────────────────────────────────────────────────────────────────

/** Running text → <p>. */
export const Paragraph = z.strictObject({ type: z.literal('paragraph'), children: RichText });
export type Paragraph = z.infer<typeof Paragraph>;

/** A section heading inside the body → <h2>. */
export const Subhead = z.strictObject({ type: z.literal('subhead'), children: RichText });
export type Subhead = z.infer<typeof Subhead>;

/** A quoted passage → <blockquote><p>, with an optional attribution → <cite>. */
export const BlockQuote = z.strictObject({
  type: z.literal('block-quote'),
  children: RichText,
  attribution: z.string().default(''),
});
export type BlockQuote = z.infer<typeof BlockQuote>;

/** One entry of a list → <li>, optionally holding a nested list (Word-style nesting survives paste). */
export const ListItem = z.strictObject({
  children: RichText,
  get sublist() {
    return List.optional();
  },
});
export type ListItem = z.infer<typeof ListItem>;

/** A bulleted or numbered list → <ul>/<ol>. */
export const List = z.strictObject({
  type: z.literal('list'),
  style: z.enum(['bulleted', 'numbered']),
  get items() {
    return z.array(ListItem).min(1, 'a list must have at least one item');
  },
});
export type List = z.infer<typeof List>;

/** Anything the body may hold. */
export const BodyBlock = z.discriminatedUnion('type', [Paragraph, Subhead, BlockQuote, List, Photo, Video]);
export type BodyBlock = z.infer<typeof BodyBlock>;

// ── the story's frame ────────────────────────────────────────────────────────────────────────────────────

/** One name on the byline, with an optional title and organisation: "Laura Jarrett, CNN". */
export const BylineEntry = z.strictObject({
  name: z.string().min(1, 'a byline name cannot be empty'),
  title: z.string().default(''),
  organization: z.string().default(''),
});
export type BylineEntry = z.infer<typeof BylineEntry>;

/** "WASHINGTON (AP) —": a place in capitals and the source, printed before the first paragraph. */
export const Dateline = z.strictObject({
  location: z.string().default(''),
  source: z.string().default(''),
});
export type Dateline = z.infer<typeof Dateline>;

export const StoryStatus = z.enum(['draft', 'edited', 'ready']);
export type StoryStatus = z.infer<typeof StoryStatus>;

/** A published correction: when and what. */
export const Correction = z.strictObject({
  date: IsoDateTime,
  text: z.string().min(1, 'a correction needs its text'),
});
export type Correction = z.infer<typeof Correction>;

export const Story = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: StoryId,
  slug: Slug,
  /** One line; the house limit is checked by lint, not by the schema. */
  headline: z.string().refine((value) => !/[\r\n]/.test(value), 'a headline is one line'),
  subheadline: z.string().default(''),
  /** Short bullets above the story (CNN's "Story highlights"); 2–4 is house style, checked by lint. */
  highlights: z.array(z.string()).default([]),
  byline: z.array(BylineEntry).default([]),
  dateline: Dateline,
  /** The picture or video at the top of the story, if any. */
  lead: z.discriminatedUnion('type', [Photo, Video]).nullable().default(null),
  body: z.array(BodyBlock).default([]),
  relatedVideos: z.array(Video).default([]),
  // Desk metadata: never published.
  keywords: z.array(z.string().min(1)).default([]),
  status: StoryStatus.default('draft'),
  editorsNotes: z.string().default(''),
  /** Not to be published before this moment. */
  embargo: IsoDateTime.nullable().default(null),
  corrections: z.array(Correction).default([]),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Story = z.infer<typeof Story>;
/** A story as it may be written by hand or by an older tool: defaults not yet filled in. */
export type StoryInput = z.input<typeof Story>;
