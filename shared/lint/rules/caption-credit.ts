// The credit a caption embeds ("… (AP Photo/Richard Drew)") against the credit field (NEWSROOM.md: "When a
// caption's inline credit and the credit field disagree, an editor wants to be told"). The renderer prints
// the credit field after the caption in the house style, so a credit left in the caption is printed twice:
// every fix therefore moves the caption's credit into the field and takes it out of the caption.

import { creditsAgree } from '../../credits/compare-credits.ts';
import { creditIsEmpty, formatCreditLine } from '../../credits/format-credit.ts';
import type { Credit } from '../../story/schema.ts';
import type { CaptionParts } from '../caption-parts.ts';
import type { LintEdit, LintFix, StoryPath } from '../lint-types.ts';
import type { LintRuleFamily } from '../rule.ts';

export const CREDIT_ONLY_IN_CAPTION = {
  id: 'credit-only-in-caption',
  severity: 'error',
  title: 'Credit only in the caption',
  description:
    'The caption names a credit but the credit field is empty; export refuses a picture without a credit. The fix moves it into the field.',
} as const;

const CREDIT_DISAGREES = {
  id: 'credit-disagrees',
  severity: 'warning',
  title: 'Caption credit disagrees',
  description: 'The credit written in the caption names someone other than the credit field.',
} as const;

const CREDIT_REPEATED = {
  id: 'credit-repeated-in-caption',
  severity: 'warning',
  title: 'Credit repeated in the caption',
  description: 'The caption ends with the same credit as the credit field, so the published caption would print it twice.',
} as const;

/** The credit field as a plain "Richard Drew/AP", the house style's prefix left out. */
function fieldCredit(credit: Credit): string {
  return formatCreditLine(credit, 'cnn').replace(/^PHOTO: /, '');
}

/** "AP Photo/Richard Drew" for the button, without the parentheses the caption wraps it in. */
function shown(creditText: string): string {
  return creditText.trim().replace(/^\((.*)\)$/s, '$1').trim();
}

function removeFromCaption(path: StoryPath, parts: CaptionParts): LintEdit[] {
  const removal = parts.removal;
  if (!removal) return [];
  return [{ kind: 'replace-text', path: [...path, 'caption'], ...removal }];
}

function useCaptionCredit(path: StoryPath, parts: CaptionParts, credit: Credit): LintFix {
  return {
    label: `Use “${shown(parts.creditText)}” from the caption`,
    edits: [{ kind: 'set-credit', path: [...path, 'credit'], credit }, ...removeFromCaption(path, parts)],
  };
}

export const captionCreditRules: LintRuleFamily = {
  rules: [CREDIT_ONLY_IN_CAPTION, CREDIT_DISAGREES, CREDIT_REPEATED],
  check({ parts: story, captionParts, report }) {
    for (const { path, picture, role } of story.pictures) {
      if (!picture.caption) continue;
      const parts = captionParts(picture.caption);
      if (!parts.credit) continue;
      const where = { path: [...path, 'caption'], ...(parts.creditRange ?? {}) };
      const quoted = `“${shown(parts.creditText)}”`;
      if (creditIsEmpty(picture.credit)) {
        // A poster without a picture is not checked for a credit at all (see picture-fields.ts).
        if (role === 'poster' && !picture.media) continue;
        report(
          CREDIT_ONLY_IN_CAPTION,
          `The credit ${quoted} is written in the caption, but the credit field is empty.`,
          where,
          useCaptionCredit(path, parts, parts.credit),
        );
      } else if (!creditsAgree(parts.credit, picture.credit)) {
        report(
          CREDIT_DISAGREES,
          `The caption credits ${quoted}, but the credit field says “${fieldCredit(picture.credit)}”.`,
          where,
          useCaptionCredit(path, parts, parts.credit),
        );
      } else if (parts.removal) {
        report(
          CREDIT_REPEATED,
          `The caption repeats the credit ${quoted}, which is printed after it from the credit field.`,
          where,
          { label: 'Remove the credit from the caption', edits: removeFromCaption(path, parts) },
        );
      }
    }
  },
};
