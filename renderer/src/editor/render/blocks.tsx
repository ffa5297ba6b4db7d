// The body's running text: paragraphs, subheads, quotes, lists and links.

import type { RenderElementProps } from 'slate-react';
import type { CustomElement } from '../document/types.ts';
import { FieldHolderContext } from './field.tsx';

type Props<T extends CustomElement['type']> = RenderElementProps & { element: Extract<CustomElement, { type: T }> };

export function Paragraph({ attributes, children }: Props<'paragraph'>) {
  return (
    <p {...attributes} className="paragraph">
      {children}
    </p>
  );
}

export function Subhead({ attributes, children }: Props<'subhead'>) {
  return (
    <h2 {...attributes} className="subhead">
      {children}
    </h2>
  );
}

export function BlockQuote({ attributes, children }: Props<'block-quote'>) {
  return (
    <blockquote {...attributes} className="block-quote">
      <FieldHolderContext.Provider value="block-quote">{children}</FieldHolderContext.Provider>
    </blockquote>
  );
}

export function QuoteText({ attributes, children }: Props<'quote-text'>) {
  return (
    <p {...attributes} className="quote-text">
      {children}
    </p>
  );
}

export function List({ attributes, children, element }: Props<'list'>) {
  return element.style === 'numbered' ? (
    <ol {...attributes} className="list list-numbered">
      {children}
    </ol>
  ) : (
    <ul {...attributes} className="list list-bulleted">
      {children}
    </ul>
  );
}

export function ListItem({ attributes, children }: Props<'list-item'>) {
  return (
    <li {...attributes} className="list-item">
      {children}
    </li>
  );
}

export function ListItemText({ attributes, children }: Props<'list-item-text'>) {
  return (
    <div {...attributes} className="list-item-text">
      {children}
    </div>
  );
}

/** Chromium puts the caret inside or outside a link's edges wrongly without these (Slate's inlines example). */
function InlineChromiumBugfix() {
  return (
    <span contentEditable={false} className="inline-bugfix">
      {String.fromCodePoint(160)}
    </span>
  );
}

export function Link({ attributes, children, element }: Props<'link'>) {
  return (
    <a
      {...attributes}
      href={element.url}
      title={element.url}
      className="link"
      // A click places the caret; it never leaves the story (in Electron it would replace the window).
      onClick={(event) => event.preventDefault()}
    >
      <InlineChromiumBugfix />
      {children}
      <InlineChromiumBugfix />
    </a>
  );
}
