// Every picture has what a desk needs to publish it (NEWSROOM.md: "every photo has alt text, a caption and a
// credit"): photos in the lead and the body, and the posters of videos. The errors are the same ones
// shared/render/export-check.ts refuses an export over, so the panel warns of them before the export does.
// A poster is optional: one without a picture is the video rule's business ("video-no-poster").

import { creditIsEmpty } from '../../credits/format-credit.ts';
import type { LintRuleFamily } from '../rule.ts';
import { CREDIT_ONLY_IN_CAPTION } from './caption-credit.ts';

const NO_PICTURE = {
  id: 'photo-no-picture',
  severity: 'error',
  title: 'Photo without a picture',
  description: 'A photo block has no picture file chosen; export refuses it.',
} as const;

const NO_ALT = {
  id: 'photo-no-alt',
  severity: 'error',
  title: 'Picture without alt text',
  description: 'A photo or poster has no alt text, which describes the picture for readers who cannot see it; export refuses it.',
} as const;

const NO_CAPTION = {
  id: 'photo-no-caption',
  severity: 'warning',
  title: 'Picture without a caption',
  description: 'A photo or poster has no caption saying who or what it shows, where and when.',
} as const;

const NO_CREDIT = {
  id: 'photo-no-credit',
  severity: 'error',
  title: 'Picture without a credit',
  description: 'A photo or poster has no credit; export refuses it.',
} as const;

export const pictureFieldRules: LintRuleFamily = {
  rules: [NO_PICTURE, NO_ALT, NO_CAPTION, NO_CREDIT],
  check({ parts, captionParts, isEnabled, report }) {
    for (const { path, picture, role } of parts.pictures) {
      if (role === 'poster' && !picture.media) continue;
      const name = role === 'photo' ? 'photo' : 'poster';
      if (!picture.media) {
        report(NO_PICTURE, 'This photo has no picture: choose one, or remove the photo.', { path: [...path, 'media'] });
      }
      if (!picture.alt.trim()) {
        report(NO_ALT, `This ${name} has no alt text: describe the picture for readers who cannot see it.`, {
          path: [...path, 'alt'],
        });
      }
      if (!picture.caption.trim()) {
        report(NO_CAPTION, `This ${name} has no caption: say who or what it shows, where and when.`, {
          path: [...path, 'caption'],
        });
      }
      // A credit typed into the caption is reported with a fix that moves it into the credit field.
      const creditInCaption = isEnabled(CREDIT_ONLY_IN_CAPTION) && captionParts(picture.caption).credit !== null;
      if (creditIsEmpty(picture.credit) && !creditInCaption) {
        report(NO_CREDIT, `This ${name} has no credit: name the photographer and the agency.`, {
          path: [...path, 'credit'],
        });
      }
    }
  },
};
