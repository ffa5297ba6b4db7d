// Under a video's duration field: says when what was typed is not a duration (mm:ss or h:mm:ss), and why.
// An empty field is fine (the duration is not known yet).

import { parseDuration } from '../../../../shared/text/duration.ts';
import { textOf } from '../document/from-slate.ts';
import type { FieldElement } from '../document/types.ts';

export interface DurationCheckProps {
  /** The `duration` field element being rendered. */
  element: FieldElement;
  /** Set on the message so the field can point at it with aria-describedby. */
  id?: string;
}

export const DURATION_FORMAT_MESSAGE = 'Duration must be mm:ss or h:mm:ss';

/** The message for a duration field's text, or null when it is empty or valid. */
export function durationProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const parsed = parseDuration(text);
  return parsed.ok ? null : `${DURATION_FORMAT_MESSAGE} (${parsed.message}).`;
}

export function DurationCheck({ element, id }: DurationCheckProps) {
  const problem = durationProblem(textOf(element));
  if (!problem) return null;
  return (
    <p contentEditable={false} className="field-error duration-error" id={id} aria-live="polite">
      {problem}
    </p>
  );
}
