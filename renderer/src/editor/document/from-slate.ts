// Slate document → story. The editor holds the parts of the story a person types; the desk's metadata (id,
// slug, status, keywords, notes, embargo, corrections, dates) stays on the story the editor was opened with,
// so this takes that story and returns it with the typed parts read back from the document.
//
// It reads by element type and field name, not by position, so a document in the middle of being
// normalised still reads sensibly; normalisation (with-story-structure.ts) keeps the shape right.

import type { Descendant } from 'slate';
import type {
  BodyBlock,
  BylineEntry,
  Credit,
  Inline,
  List,
  ListItem,
  Photo,
  Poster,
  Story,
  Text,
  Video,
} from '../../../../shared/story/schema.ts';
import { parseDuration } from '../../../../shared/text/duration.ts';
import type {
  BodyBlockElement,
  CreditElement,
  CustomElement,
  FieldElement,
  FieldName,
  FormattedText,
  InlineNode,
  ListElement,
  PhotoElement,
  PosterElement,
  VideoElement,
} from './types.ts';

type ElementOf<T extends CustomElement['type']> = Extract<CustomElement, { type: T }>;

function isElement(node: Descendant): node is CustomElement {
  return 'type' in node;
}

/** The plain text of a node: what a field, headline or highlight holds. */
export function textOf(node: Descendant): string {
  return isElement(node) ? node.children.map((child) => textOf(child as Descendant)).join('') : node.text;
}

function childrenOfType<T extends CustomElement['type']>(parent: { children: readonly Descendant[] }, type: T) {
  return parent.children.filter((child): child is ElementOf<T> => isElement(child) && child.type === type);
}

function fieldText(parent: { children: readonly Descendant[] }, name: FieldName): string {
  const found = parent.children.find(
    (child): child is FieldElement => isElement(child) && child.type === 'field' && child.name === name,
  );
  return found ? textOf(found) : '';
}

function splitList(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

function marks(text: FormattedText): Text {
  return {
    text: text.text,
    ...(text.bold ? { bold: true as const } : {}),
    ...(text.italic ? { italic: true as const } : {}),
  };
}

/** Rich text back to the model: marks kept, links kept, adjacent runs with the same marks merged. */
function richText(nodes: readonly InlineNode[]): Inline[] {
  const result: Inline[] = [];
  for (const node of nodes) {
    if ('type' in node) {
      const children = mergeRuns(node.children.map(marks)).filter((text) => text.text !== '');
      if (children.length) result.push({ type: 'link', url: node.url, children });
      continue;
    }
    result.push(marks(node));
  }
  const merged = mergeRuns(result);
  const nonEmpty = merged.filter((node) => 'type' in node || node.text !== '');
  return nonEmpty.length ? nonEmpty : [{ text: '' }];
}

function mergeRuns<T extends Inline>(nodes: T[]): T[] {
  const merged: T[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (last && !('type' in last) && !('type' in node) && last.bold === node.bold && last.italic === node.italic) {
      merged[merged.length - 1] = { ...last, text: last.text + node.text } as T;
    } else {
      merged.push(node);
    }
  }
  return merged;
}

export function creditFromSlate(element: CreditElement | undefined): Credit {
  if (!element) return { photographers: [], organization: '', via: '', restrictions: [], copyright: '' };
  return {
    photographers: splitList(fieldText(element, 'photographers')),
    organization: fieldText(element, 'organization'),
    via: fieldText(element, 'via'),
    ...(element.kind ? { kind: element.kind } : {}),
    restrictions: splitList(fieldText(element, 'restrictions')),
    copyright: fieldText(element, 'copyright'),
  };
}

/** What a photo and a poster both hold: the picture, the caption, the alt text and the credit. */
function pictureFromSlate(element: PhotoElement | PosterElement): Poster {
  return {
    media: element.media,
    alt: fieldText(element, 'alt'),
    caption: fieldText(element, 'caption'),
    credit: creditFromSlate(childrenOfType(element, 'credit')[0]),
  };
}

function photoFromSlate(element: PhotoElement): Photo {
  const { media, alt, caption, credit } = pictureFromSlate(element);
  return { type: 'photo', id: element.id, media, alt, caption, credit };
}

function posterFromSlate(element: PosterElement | undefined): Poster | null {
  return element ? pictureFromSlate(element) : null;
}

function videoFromSlate(element: VideoElement): Video {
  const duration = parseDuration(fieldText(element, 'duration'));
  return {
    type: 'video',
    id: element.id,
    title: fieldText(element, 'video-title'),
    durationSeconds: duration.ok ? duration.seconds : null,
    media: element.media,
    poster: posterFromSlate(childrenOfType(element, 'poster')[0]),
    caption: fieldText(element, 'caption'),
    credit: creditFromSlate(childrenOfType(element, 'credit')[0]),
  };
}

function listFromSlate(element: ListElement): List {
  const items = childrenOfType(element, 'list-item').map((item): ListItem => {
    const text = childrenOfType(item, 'list-item-text')[0];
    const sublist = childrenOfType(item, 'list')[0];
    const converted = sublist ? listFromSlate(sublist) : null;
    return {
      children: richText(text?.children ?? []),
      ...(converted && converted.items.length ? { sublist: converted } : {}),
    };
  });
  return { type: 'list', style: element.style, items };
}

// Slate never changes an element in place, so a body block is read back once per version of it: after a
// keystroke in a 100k-word story, one paragraph is read again, and every other block is the very object it
// was before (which lets the preview's renderer skip them too).
const blocksRead = new WeakMap<BodyBlockElement, BodyBlock | null>();

function blockFromSlate(element: BodyBlockElement): BodyBlock | null {
  let block = blocksRead.get(element);
  if (block === undefined) blocksRead.set(element, (block = readBlock(element)));
  return block;
}

function readBlock(element: BodyBlockElement): BodyBlock | null {
  switch (element.type) {
    case 'paragraph':
      return { type: 'paragraph', children: richText(element.children) };
    case 'subhead':
      return { type: 'subhead', children: richText(element.children) };
    case 'block-quote':
      return {
        type: 'block-quote',
        children: richText(childrenOfType(element, 'quote-text')[0]?.children ?? []),
        attribution: fieldText(element, 'attribution'),
      };
    case 'list': {
      const list = listFromSlate(element);
      return list.items.length ? list : null;
    }
    case 'photo':
      return photoFromSlate(element);
    case 'video':
      return videoFromSlate(element);
  }
}

function isEmptyParagraph(block: BodyBlock): boolean {
  return block.type === 'paragraph' && block.children.length === 1 && !('type' in block.children[0]!) && block.children[0]!.text === '';
}

/** The story with everything the editor holds read back from `document`. */
export function storyFromSlate(document: readonly Descendant[], base: Story): Story {
  const region = <T extends CustomElement['type']>(type: T) =>
    document.find((node): node is ElementOf<T> => isElement(node) && node.type === type);

  const headline = region('headline');
  const subheadline = region('subheadline');
  const highlights = region('highlights');
  const byline = region('byline');
  const dateline = region('dateline');
  const lead = region('lead')?.children.find((child) => child.type === 'photo' || child.type === 'video');
  const body = (region('body')?.children ?? []).flatMap((block) => {
    const converted = blockFromSlate(block);
    return converted ? [converted] : [];
  });

  return {
    ...base,
    headline: headline ? textOf(headline).replace(/[\r\n]+/g, ' ') : base.headline,
    subheadline: subheadline ? textOf(subheadline) : base.subheadline,
    highlights: highlights
      ? childrenOfType(highlights, 'highlight')
          .map(textOf)
          .filter((text) => text.trim() !== '')
      : base.highlights,
    byline: byline
      ? childrenOfType(byline, 'byline-entry')
          .map(
            (entry): BylineEntry => ({
              name: fieldText(entry, 'name').trim(),
              title: fieldText(entry, 'title'),
              organization: fieldText(entry, 'organization'),
            }),
          )
          // An entry with nothing typed in it is the empty line the editor shows; one with only a title or an
          // organisation is kept, so the save is refused at the field ("a byline name cannot be empty")
          // instead of the words vanishing.
          .filter((entry) => entry.name !== '' || entry.title.trim() !== '' || entry.organization.trim() !== '')
      : base.byline,
    dateline: dateline
      ? { location: fieldText(dateline, 'location'), source: fieldText(dateline, 'source') }
      : base.dateline,
    lead: lead ? (lead.type === 'photo' ? photoFromSlate(lead) : videoFromSlate(lead as VideoElement)) : null,
    // A body that is one empty paragraph is an empty body: that paragraph is only where the cursor waits.
    body: body.length === 1 && isEmptyParagraph(body[0]!) ? [] : body,
    relatedVideos: childrenOfType(region('related-videos') ?? { children: [] }, 'video').map(videoFromSlate),
  };
}
