// The story's regions: the headline, subheadline, highlights, byline, dateline, lead media, body and
// related videos. Each is named for screen readers and labelled in the margin (by CSS, from data-label).

import { Node } from 'slate';
import type { RenderElementProps } from 'slate-react';
import type { CustomElement, RegionType } from '../document/types.ts';
import { adoptChunkedChildren } from './chunked-parents.ts';
import { FieldHolderContext } from './field.tsx';
import { REGION_LABELS } from './labels.ts';

/** The house limit for a web headline (NEWSROOM.md: about 64–70 characters). */
export const HEADLINE_LIMIT = 70;

type Props<T extends CustomElement['type']> = RenderElementProps & { element: Extract<CustomElement, { type: T }> };

function regionAttributes(type: RegionType) {
  const { label } = REGION_LABELS[type];
  return { 'aria-label': label, 'data-label': label, className: `region region-${type}` };
}

const emptyMark = (element: CustomElement) => (Node.string(element) === '' ? '' : undefined);

export function Headline({ attributes, children, element }: Props<'headline'>) {
  const length = [...Node.string(element)].length;
  return (
    <h1
      {...attributes}
      {...regionAttributes('headline')}
      data-placeholder={REGION_LABELS.headline.placeholder}
      data-empty={emptyMark(element)}
      data-count={`${length} / ${HEADLINE_LIMIT}`}
      data-over={length > HEADLINE_LIMIT ? '' : undefined}
    >
      {children}
    </h1>
  );
}

export function Subheadline({ attributes, children, element }: Props<'subheadline'>) {
  return (
    <p {...attributes} {...regionAttributes('subheadline')} data-placeholder={REGION_LABELS.subheadline.placeholder} data-empty={emptyMark(element)}>
      {children}
    </p>
  );
}

export function Highlights({ attributes, children }: Props<'highlights'>) {
  return (
    <section {...attributes} {...regionAttributes('highlights')}>
      <ul className="highlights-list">{children}</ul>
    </section>
  );
}

export function Highlight({ attributes, children, element }: Props<'highlight'>) {
  return (
    <li {...attributes} className="highlight" data-placeholder={REGION_LABELS.highlights.placeholder} data-empty={emptyMark(element)}>
      {children}
    </li>
  );
}

export function Byline({ attributes, children }: Props<'byline'>) {
  return (
    <section {...attributes} {...regionAttributes('byline')}>
      {children}
    </section>
  );
}

export function BylineEntry({ attributes, children }: Props<'byline-entry'>) {
  return (
    <div {...attributes} className="byline-entry">
      <FieldHolderContext.Provider value="byline-entry">{children}</FieldHolderContext.Provider>
    </div>
  );
}

export function Dateline({ attributes, children }: Props<'dateline'>) {
  return (
    <section {...attributes} {...regionAttributes('dateline')}>
      <FieldHolderContext.Provider value="dateline">{children}</FieldHolderContext.Provider>
    </section>
  );
}

export function Lead({ attributes, children }: Props<'lead'>) {
  return (
    <section {...attributes} {...regionAttributes('lead')}>
      {children}
    </section>
  );
}

export function Body({ attributes, children, element }: Props<'body'>) {
  adoptChunkedChildren(element);
  // The hint shows only while the whole body is one empty paragraph.
  const [first] = element.children;
  const empty = element.children.length === 1 && first?.type === 'paragraph' && Node.string(first) === '';
  return (
    <section {...attributes} {...regionAttributes('body')} data-blank={empty ? '' : undefined}>
      {children}
    </section>
  );
}

export function RelatedVideos({ attributes, children }: Props<'related-videos'>) {
  return (
    <section {...attributes} {...regionAttributes('related-videos')}>
      {children}
    </section>
  );
}
