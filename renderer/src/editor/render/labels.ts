// What each part of the story is called — for screen readers (aria-label), for the small labels beside a
// photo's fields, and as the grey hint shown in a part while it is empty.

import type { CustomElementType, FieldName, RegionType } from '../document/types.ts';

export interface PartLabel {
  /** The accessible name: "Caption", "Credit: photographers". */
  label: string;
  /** The short label shown beside the field, when it differs. */
  shortLabel?: string;
  /** Shown while the part is empty; never part of the text. */
  placeholder: string;
}

export const REGION_LABELS: Record<RegionType, PartLabel> = {
  headline: { label: 'Headline', placeholder: 'Headline' },
  subheadline: { label: 'Subheadline', placeholder: 'One sentence that sums the story up' },
  highlights: { label: 'Highlights', placeholder: 'A short highlight' },
  byline: { label: 'Byline', placeholder: '' },
  dateline: { label: 'Dateline', placeholder: '' },
  lead: { label: 'Lead media', placeholder: '' },
  body: { label: 'Body', placeholder: 'Write the story' },
  'related-videos': { label: 'Related videos', placeholder: '' },
};

/** The parts that hold fields, as the fields' labels depend on them. */
export type FieldHolder = Extract<CustomElementType, 'byline-entry' | 'dateline' | 'photo' | 'poster' | 'video' | 'credit' | 'block-quote'>;

const CREDIT_LABELS: Partial<Record<FieldName, PartLabel>> = {
  photographers: { label: 'Credit: photographers', shortLabel: 'Photographers', placeholder: 'Names, separated by ;' },
  organization: { label: 'Credit: organisation', shortLabel: 'Organisation', placeholder: 'AP, Getty Images, Reuters …' },
  via: { label: 'Credit: via', shortLabel: 'Via', placeholder: 'Distributor, as in “… via AP”' },
  restrictions: { label: 'Credit: restrictions', shortLabel: 'Restrictions', placeholder: 'MANDATORY CREDIT; NO SALES …' },
  copyright: { label: 'Credit: copyright', shortLabel: 'Copyright', placeholder: 'Holder, if not the organisation' },
};

const FIELD_LABELS: Partial<Record<FieldName, PartLabel>> = {
  name: { label: 'Byline name', placeholder: 'Reporter’s name' },
  title: { label: 'Byline title', placeholder: 'Title' },
  organization: { label: 'Byline organisation', placeholder: 'Organisation' },
  location: { label: 'Dateline location', placeholder: 'LOCATION' },
  source: { label: 'Dateline source', placeholder: 'Source' },
  caption: { label: 'Caption', placeholder: 'Who or what, where, when — present tense' },
  alt: { label: 'Alt text', placeholder: 'Describe the picture for someone who cannot see it' },
  'video-title': { label: 'Video title', shortLabel: 'Title', placeholder: 'What the video shows' },
  duration: { label: 'Duration', placeholder: '01:17' },
  attribution: { label: 'Attribution', placeholder: 'Who said it' },
};

export function fieldLabel(name: FieldName, holder: FieldHolder | null): PartLabel {
  if (holder === 'credit') return CREDIT_LABELS[name] ?? { label: `Credit: ${name}`, placeholder: '' };
  return FIELD_LABELS[name] ?? { label: name, placeholder: '' };
}
