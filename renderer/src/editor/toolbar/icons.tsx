// The toolbar's icons: small inline SVGs, drawn on a 20-unit grid with the current text colour.

import type { ReactNode } from 'react';
import type { ActionId } from '../keyboard/shortcuts.ts';

const svg = (children: ReactNode) => (
  <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round">
    {children}
  </svg>
);

export const ICONS: Record<Exclude<ActionId, 'select-part'>, ReactNode> = {
  bold: svg(<path d="M6 4h5a3 3 0 0 1 0 6H6zM6 10h6a3 3 0 0 1 0 6H6z" strokeWidth="2.1" />),
  italic: svg(<path d="M12 4H8.5M11.5 16H8M11 4 9 16" />),
  link: svg(
    <>
      <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-1 1" />
      <path d="M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l1-1" />
    </>,
  ),
  paragraph: svg(<path d="M9 16V4h5M12 16V4M9 4a3 3 0 0 0 0 6" />),
  subhead: svg(
    <>
      <path d="M3 5v10M9 5v10M3 10h6" />
      <path d="M12.5 8.5a2 2 0 0 1 3.8.9c0 1.6-3.8 2.6-3.8 5.6h4" />
    </>,
  ),
  'block-quote': svg(
    <>
      <path d="M4 11.5h3.5V15H4zM4 11.5C4 8 5.5 6 7.5 5.5" />
      <path d="M11 11.5h3.5V15H11zM11 11.5C11 8 12.5 6 14.5 5.5" />
    </>,
  ),
  'bulleted-list': svg(
    <>
      <path d="M8 5.5h9M8 10h9M8 14.5h9" />
      <circle cx="4" cy="5.5" r="1" fill="currentColor" />
      <circle cx="4" cy="10" r="1" fill="currentColor" />
      <circle cx="4" cy="14.5" r="1" fill="currentColor" />
    </>,
  ),
  'numbered-list': svg(
    <>
      <path d="M8.5 5.5h8.5M8.5 10h8.5M8.5 14.5h8.5" />
      <path d="M3.5 4.5 4.5 4v3.2M3.4 12.2a1 1 0 0 1 1.8.5c0 .8-1.8 1.3-1.8 2.6h1.9" strokeWidth="1.3" />
    </>,
  ),
  undo: svg(<path d="M7.5 5 4 8.5 7.5 12M4 8.5h7.5a4 4 0 0 1 0 8H9" />),
  redo: svg(<path d="M12.5 5 16 8.5 12.5 12M16 8.5H8.5a4 4 0 0 0 0 8H11" />),
};

/** The media code's "Insert photo" button, shown in the toolbar. */
export const INSERT_PHOTO_ICON = svg(
  <>
    <rect x="3" y="4.5" width="14" height="11" rx="1.5" />
    <circle cx="7.5" cy="8.5" r="1.3" />
    <path d="m3.5 14 4-3.5 3 2.5 2.5-2 3.5 3" />
  </>,
);
