// Story → Slate document. Every part of the story becomes editable text in its region; empty parts become
// what the editor shows for "nothing yet" (one empty bullet, an empty slot), which from-slate.ts reads back
// as empty.

import type {
  BodyBlock,
  BylineEntry,
  Credit,
  Inline,
  List,
  Photo,
  Poster,
  Story,
  Video,
} from '../../../../shared/story/schema.ts';
import { formatDuration } from '../../../../shared/text/duration.ts';
import {
  LIST_FIELD_SEPARATOR,
  type BodyBlockElement,
  type CreditElement,
  type CustomElement,
  type EmptySlotElement,
  type FieldElement,
  type FieldName,
  type FormattedText,
  type InlineNode,
  type ListElement,
  type PhotoElement,
  type PosterElement,
  type VideoElement,
} from './types.ts';

export function field(name: FieldName, text: string): FieldElement {
  return { type: 'field', name, children: [{ text }] };
}

export function emptySlot(slot: EmptySlotElement['slot']): EmptySlotElement {
  return { type: 'empty-slot', slot, children: [{ text: '' }] };
}

function plain(text: string): FormattedText[] {
  return [{ text }];
}

function inlines(nodes: readonly Inline[]): InlineNode[] {
  return nodes.map((node) =>
    'type' in node
      ? { type: 'link', url: node.url, children: node.children.map((text) => ({ ...text })) }
      : { ...node },
  );
}

export function creditToSlate(credit: Credit): CreditElement {
  return {
    type: 'credit',
    ...(credit.kind ? { kind: credit.kind } : {}),
    children: [
      field('photographers', credit.photographers.join(LIST_FIELD_SEPARATOR)),
      field('organization', credit.organization),
      field('via', credit.via),
      field('restrictions', credit.restrictions.join(LIST_FIELD_SEPARATOR)),
      field('copyright', credit.copyright),
    ],
  };
}

/** What a photo and a poster both hold: the picture, the caption, the alt text and the credit. */
function pictureChildren(picture: Poster): PhotoElement['children'] {
  return [
    { type: 'media-preview', children: [{ text: '' }] },
    field('caption', picture.caption),
    field('alt', picture.alt),
    creditToSlate(picture.credit),
  ];
}

export function photoToSlate(photo: Photo): PhotoElement {
  return { type: 'photo', id: photo.id, media: photo.media, children: pictureChildren(photo) };
}

function posterToSlate(poster: Poster | null): PosterElement | EmptySlotElement {
  return poster ? { type: 'poster', media: poster.media, children: pictureChildren(poster) } : emptySlot('poster');
}

export function videoToSlate(video: Video): VideoElement {
  return {
    type: 'video',
    id: video.id,
    media: video.media,
    children: [
      field('video-title', video.title),
      field('duration', video.durationSeconds === null ? '' : formatDuration(video.durationSeconds)),
      posterToSlate(video.poster),
      field('caption', video.caption),
      creditToSlate(video.credit),
    ],
  };
}

function listToSlate(list: List): ListElement {
  return {
    type: 'list',
    style: list.style,
    children: list.items.map((item) => ({
      type: 'list-item',
      children: [
        { type: 'list-item-text', children: inlines(item.children) },
        ...(item.sublist ? [listToSlate(item.sublist)] : []),
      ],
    })),
  };
}

export function blockToSlate(block: BodyBlock): BodyBlockElement {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', children: inlines(block.children) };
    case 'subhead':
      return { type: 'subhead', children: inlines(block.children) };
    case 'block-quote':
      return {
        type: 'block-quote',
        children: [{ type: 'quote-text', children: inlines(block.children) }, field('attribution', block.attribution)],
      };
    case 'list':
      return listToSlate(block);
    case 'photo':
      return photoToSlate(block);
    case 'video':
      return videoToSlate(block);
  }
}

function bylineEntry(entry: BylineEntry) {
  return {
    type: 'byline-entry' as const,
    children: [field('name', entry.name), field('title', entry.title), field('organization', entry.organization)],
  };
}

export function emptyParagraph(): BodyBlockElement {
  return { type: 'paragraph', children: [{ text: '' }] };
}

/** The editor's document for a story: the eight regions in order. */
export function storyToSlate(story: Story): CustomElement[] {
  return [
    { type: 'headline', children: plain(story.headline) },
    { type: 'subheadline', children: plain(story.subheadline) },
    {
      type: 'highlights',
      children: (story.highlights.length ? story.highlights : ['']).map((text) => ({
        type: 'highlight' as const,
        children: plain(text),
      })),
    },
    {
      type: 'byline',
      children: (story.byline.length ? story.byline : [{ name: '', title: '', organization: '' }]).map(bylineEntry),
    },
    { type: 'dateline', children: [field('location', story.dateline.location), field('source', story.dateline.source)] },
    {
      type: 'lead',
      children: [story.lead ? (story.lead.type === 'photo' ? photoToSlate(story.lead) : videoToSlate(story.lead)) : emptySlot('lead')],
    },
    { type: 'body', children: story.body.length ? story.body.map(blockToSlate) : [emptyParagraph()] },
    {
      type: 'related-videos',
      children: story.relatedVideos.length ? story.relatedVideos.map(videoToSlate) : [emptySlot('related-videos')],
    },
  ];
}
