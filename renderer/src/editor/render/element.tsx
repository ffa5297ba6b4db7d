// Every element of the story document, each to its own small component. The switch covers every type, so
// a new element type that is not rendered here does not compile.

import type { RenderElementProps } from 'slate-react';
import { BlockQuote, Link, List, ListItem, ListItemText, Paragraph, QuoteText, Subhead } from './blocks.tsx';
import { Field } from './field.tsx';
import { Credit, Photo, Poster, Video } from './media-blocks.tsx';
import { EmptySlot, MediaPreview } from '../media/index.ts';
import { Body, Byline, BylineEntry, Dateline, Headline, Highlight, Highlights, Lead, RelatedVideos, Subheadline } from './regions.tsx';

export function StoryElement(props: RenderElementProps) {
  const { element } = props;
  switch (element.type) {
    case 'headline':
      return <Headline {...props} element={element} />;
    case 'subheadline':
      return <Subheadline {...props} element={element} />;
    case 'highlights':
      return <Highlights {...props} element={element} />;
    case 'highlight':
      return <Highlight {...props} element={element} />;
    case 'byline':
      return <Byline {...props} element={element} />;
    case 'byline-entry':
      return <BylineEntry {...props} element={element} />;
    case 'dateline':
      return <Dateline {...props} element={element} />;
    case 'lead':
      return <Lead {...props} element={element} />;
    case 'body':
      return <Body {...props} element={element} />;
    case 'related-videos':
      return <RelatedVideos {...props} element={element} />;
    case 'field':
      return <Field {...props} element={element} />;
    case 'paragraph':
      return <Paragraph {...props} element={element} />;
    case 'subhead':
      return <Subhead {...props} element={element} />;
    case 'block-quote':
      return <BlockQuote {...props} element={element} />;
    case 'quote-text':
      return <QuoteText {...props} element={element} />;
    case 'list':
      return <List {...props} element={element} />;
    case 'list-item':
      return <ListItem {...props} element={element} />;
    case 'list-item-text':
      return <ListItemText {...props} element={element} />;
    case 'link':
      return <Link {...props} element={element} />;
    case 'photo':
      return <Photo {...props} element={element} />;
    case 'video':
      return <Video {...props} element={element} />;
    case 'poster':
      return <Poster {...props} element={element} />;
    case 'credit':
      return <Credit {...props} element={element} />;
    // The two voids are the media code's (renderer/src/editor/media/).
    case 'media-preview':
      return <MediaPreview attributes={props.attributes} element={element}>{props.children}</MediaPreview>;
    case 'empty-slot':
      return <EmptySlot attributes={props.attributes} element={element}>{props.children}</EmptySlot>;
    default:
      return unrendered(element);
  }
}

function unrendered(element: never): never {
  throw new Error(`No component renders the element ${JSON.stringify(element)}`);
}
