// A field: one line of plain text with a name (a caption, a byline name, a credit's organisation). Its
// name is its accessible name; while empty it shows a hint drawn by CSS from data-placeholder, so the hint
// can never become text.

import { createContext, useContext, useId } from 'react';
import { Node } from 'slate';
import type { RenderElementProps } from 'slate-react';
import type { FieldElement } from '../document/types.ts';
import { DurationCheck, durationProblem } from '../media/index.ts';
import { fieldLabel, type FieldHolder } from './labels.ts';

/** The element a field sits in, given by that element's component to the fields it renders. */
export const FieldHolderContext = createContext<FieldHolder | null>(null);

export function Field({ attributes, children, element }: RenderElementProps & { element: FieldElement }) {
  const holder = useContext(FieldHolderContext);
  const { label, shortLabel, placeholder } = fieldLabel(element.name, holder);
  const text = Node.string(element);
  const problemId = useId();
  const isDuration = element.name === 'duration';
  const invalid = isDuration && durationProblem(text) !== null;
  return (
    <div
      {...attributes}
      role="group"
      aria-label={label}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={invalid ? problemId : undefined}
      className={`story-field story-field-${element.name}${holder ? ` in-${holder}` : ''}`}
      data-label={shortLabel ?? label}
      data-placeholder={placeholder}
      data-empty={text === '' ? '' : undefined}
    >
      {children}
      {isDuration ? <DurationCheck element={element} id={problemId} /> : null}
    </div>
  );
}
