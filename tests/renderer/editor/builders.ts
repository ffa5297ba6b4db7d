// Small builders for story documents in tests, so each case reads as data: `doc({ headline: 'Hi|' })`.
// A "|" in a text marks the caret; "[" and "]" mark a selection's start and end. `render` puts the marks
// back into the editor's document, so the expected output is written the same way.

import { Node, Point, Range, Text, Transforms, type Descendant, type Editor } from 'slate';
import { createStoryEditor, normalizedDocument, type StoryEditorOptions } from '../../../renderer/src/editor/create-story-editor.ts';
import { emptyRegion } from '../../../renderer/src/editor/structure/rules.ts';
import { emptySlot, field } from '../../../renderer/src/editor/document/to-slate.ts';
import {
  REGION_ORDER,
  type BodyBlockElement,
  type CustomElement,
  type FormattedText,
  type InlineNode,
  type ListElement,
  type ListItemElement,
  type PhotoElement,
  type RegionType,
  type StoryEditor,
  type VideoElement,
} from '../../../renderer/src/editor/document/types.ts';

type Inline = string | InlineNode;

const inlines = (children: Inline[]): InlineNode[] =>
  children.length === 0 ? [{ text: '' }] : children.map((child) => (typeof child === 'string' ? { text: child } : child));

export const bold = (text: string): FormattedText => ({ text, bold: true });
export const italic = (text: string): FormattedText => ({ text, italic: true });
export const link = (url: string, text: string): InlineNode => ({ type: 'link', url, children: [{ text }] });

export const p = (...children: Inline[]): BodyBlockElement => ({ type: 'paragraph', children: inlines(children) });
export const h2 = (...children: Inline[]): BodyBlockElement => ({ type: 'subhead', children: inlines(children) });
export const quote = (text: Inline | Inline[], attribution = ''): BodyBlockElement => ({
  type: 'block-quote',
  children: [{ type: 'quote-text', children: inlines(Array.isArray(text) ? text : [text]) }, field('attribution', attribution)],
});
export const li = (text: Inline | Inline[], sublist?: ListElement): ListItemElement => ({
  type: 'list-item',
  children: [{ type: 'list-item-text', children: inlines(Array.isArray(text) ? text : [text]) }, ...(sublist ? [sublist] : [])],
});
const itemOf = (item: string | ListItemElement) => (typeof item === 'string' ? li(item) : item);
export const ul = (...items: (string | ListItemElement)[]): ListElement => ({ type: 'list', style: 'bulleted', children: items.map(itemOf) });
export const ol = (...items: (string | ListItemElement)[]): ListElement => ({ type: 'list', style: 'numbered', children: items.map(itemOf) });

const creditFields = (credit: Partial<Record<'photographers' | 'organization' | 'via' | 'restrictions' | 'copyright', string>> = {}) => ({
  type: 'credit' as const,
  children: (['photographers', 'organization', 'via', 'restrictions', 'copyright'] as const).map((name) => field(name, credit[name] ?? '')),
});

export function photo(id: string, parts: { caption?: string; alt?: string; credit?: Parameters<typeof creditFields>[0] } = {}): PhotoElement {
  return {
    type: 'photo',
    id,
    media: null,
    children: [
      { type: 'media-preview', children: [{ text: '' }] },
      field('caption', parts.caption ?? ''),
      field('alt', parts.alt ?? ''),
      creditFields(parts.credit),
    ],
  };
}

export function video(id: string, parts: { title?: string; duration?: string; caption?: string } = {}): VideoElement {
  return {
    type: 'video',
    id,
    media: null,
    children: [
      field('video-title', parts.title ?? ''),
      field('duration', parts.duration ?? ''),
      emptySlot('poster'),
      field('caption', parts.caption ?? ''),
      creditFields(),
    ],
  };
}

export interface DocParts {
  headline?: string;
  subheadline?: string;
  highlights?: string[];
  byline?: ([string] | [string, string, string])[];
  dateline?: [string, string];
  lead?: CustomElement;
  body?: BodyBlockElement[];
  related?: CustomElement[];
}

/** A whole story document: every region present, empty unless given. */
export function doc(parts: DocParts = {}): CustomElement[] {
  return REGION_ORDER.map((type: RegionType): CustomElement => {
    switch (type) {
      case 'headline':
        return parts.headline === undefined ? emptyRegion(type) : { type, children: [{ text: parts.headline }] };
      case 'subheadline':
        return parts.subheadline === undefined ? emptyRegion(type) : { type, children: [{ text: parts.subheadline }] };
      case 'highlights':
        return parts.highlights
          ? { type, children: parts.highlights.map((text) => ({ type: 'highlight' as const, children: [{ text }] })) }
          : emptyRegion(type);
      case 'byline':
        return parts.byline
          ? {
              type,
              children: parts.byline.map(([name, title = '', organization = '']) => ({
                type: 'byline-entry' as const,
                children: [field('name', name), field('title', title), field('organization', organization)],
              })),
            }
          : emptyRegion(type);
      case 'dateline':
        return parts.dateline ? { type, children: [field('location', parts.dateline[0]), field('source', parts.dateline[1])] } : emptyRegion(type);
      case 'lead':
        return parts.lead ? { type, children: [parts.lead as never] } : emptyRegion(type);
      case 'body':
        return parts.body ? { type, children: parts.body } : emptyRegion(type);
      case 'related-videos':
        return parts.related ? { type, children: parts.related as never } : emptyRegion(type);
    }
  });
}

/** The positions of the marks in a document, and the document without them. */
function takeMarks(document: Descendant[]): { document: Descendant[]; caret?: Point; start?: Point; end?: Point } {
  const found: { caret?: Point; start?: Point; end?: Point } = {};
  const scratch = { children: structuredClone(document) } as unknown as Node;
  for (const [node, path] of Node.texts(scratch)) {
    let text = '';
    for (const char of node.text) {
      const point = { path: path.slice(0), offset: text.length };
      if (char === '|') found.caret = point;
      else if (char === '[') found.start = point;
      else if (char === ']') found.end = point;
      else text += char;
    }
    (node as { text: string }).text = text;
  }
  return { document: (scratch as unknown as { children: Descendant[] }).children, ...found };
}

/** An editor holding `document` (normalised), with the marked caret or selection. */
export function editorWith(document: Descendant[], options: StoryEditorOptions = {}): StoryEditor {
  const editor = createStoryEditor({ smartQuotes: () => false, ...options });
  const marked = takeMarks(normalizedDocument(structuredClone(document)));
  editor.children = marked.document;
  if (marked.caret) Transforms.select(editor, marked.caret);
  else if (marked.start && marked.end) Transforms.select(editor, { anchor: marked.start, focus: marked.end });
  editor.history = { undos: [], redos: [] };
  editor.operations = [];
  return editor;
}

/** The expected document: normalised like the editor's, marks kept in place. */
export function expected(document: Descendant[]): Descendant[] {
  return normalizedDocument(structuredClone(document));
}

/** The editor's document with the selection written into it as marks. */
export function render(editor: Editor): Descendant[] {
  const copy = structuredClone(editor.children) as Descendant[];
  const root = { children: copy } as unknown as Node;
  const { selection } = editor;
  if (!selection) return copy;
  const marks: [Point, string][] = Range.isCollapsed(selection)
    ? [[selection.anchor, '|']]
    : (() => {
        const [start, end] = Range.edges(selection);
        return [
          [start, '['],
          [end, ']'],
        ] as [Point, string][];
      })();
  // Later marks first, so earlier offsets stay right.
  marks.sort(([a], [b]) => Point.compare(b, a));
  for (const [point, mark] of marks) {
    const leaf = Node.get(root, point.path);
    if (Text.isText(leaf)) (leaf as { text: string }).text = leaf.text.slice(0, point.offset) + mark + leaf.text.slice(point.offset);
  }
  return copy;
}
