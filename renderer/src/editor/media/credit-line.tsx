// Inside a credit element, above its fields: the credit's kind (a select named "Credit kind") and the
// credit line as the house style prints it (preferences: creditStyle, customCreditPattern), updated as the
// person types the photographers, organisation and the rest. Not text of the story, so contentEditable=false.

import { useId } from 'react';
import { useSlateStatic } from 'slate-react';
import { formatCreditLine } from '../../../../shared/credits/format-credit.ts';
import { CreditKind } from '../../../../shared/story/schema.ts';
import { creditFromSlate } from '../document/from-slate.ts';
import type { CreditElement } from '../document/types.ts';
import { pathOf } from './element-path.ts';
import { setCreditKind } from './insert-media.ts';
import { useMediaContext } from './use-media-context.ts';
import { useCreditStyle } from './use-credit-style.ts';

export interface CreditLineProps {
  /** The credit element being rendered (its fields are read for the preview). */
  element: CreditElement;
}

export const CREDIT_KIND_LABELS: Record<CreditKind, string> = {
  staff: 'Staff',
  pool: 'Pool',
  handout: 'Handout',
  file: 'File photo',
  courtesy: 'Courtesy',
};

export function CreditLine({ element }: CreditLineProps) {
  const editor = useSlateStatic();
  const setting = useCreditStyle(useMediaContext(editor)?.bridge ?? null);
  const line = formatCreditLine(creditFromSlate(element), setting.style, setting.customPattern);
  const selectId = useId();

  return (
    <div contentEditable={false} className="credit-line">
      <label className="credit-kind" htmlFor={selectId}>
        <span className="credit-kind-label">Kind</span>
        <select
          id={selectId}
          aria-label="Credit kind"
          value={element.kind ?? ''}
          onChange={(event) => {
            const path = pathOf(editor, element);
            const value = event.target.value;
            if (path) setCreditKind(editor, path, CreditKind.safeParse(value).success ? (value as CreditKind) : null);
          }}
        >
          <option value="">Not set</option>
          {CreditKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {CREDIT_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <p className="credit-line-preview" aria-live="polite">
        <span className="credit-line-label">Credit line: </span>
        {line ? <output className="credit-line-text">{line}</output> : <span className="credit-line-empty">none yet</span>}
      </p>
    </div>
  );
}
