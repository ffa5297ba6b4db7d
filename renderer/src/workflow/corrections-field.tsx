// The Desk panel's corrections: published with the story, each with its date ("CORRECTION: April 1, 2017:
// …"), in the order they were made. A new one is dated now; its date can be changed in the list.

import { useId, useState } from 'react';
import type { Correction } from '../../../shared/story/schema.ts';
import { Field } from '../components/field.tsx';
import { isoOnDate, localDateFromIso, localIso } from './local-time.ts';

export interface CorrectionsFieldProps {
  corrections: readonly Correction[];
  onChange: (corrections: Correction[]) => void;
  /** The error a failed save gave for a field of the story ("corrections.0.text"), if any. */
  errorFor?: (field: string) => string | null;
  now?: () => number;
}

export function CorrectionsField({ corrections, onChange, errorFor = () => null, now = Date.now }: CorrectionsFieldProps) {
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const change = (index: number, changes: Partial<Correction>) =>
    onChange(corrections.map((correction, at) => (at === index ? { ...correction, ...changes } : correction)));

  const add = () => {
    const text = draft.trim();
    if (!text) return;
    onChange([...corrections, { date: localIso(new Date(now())), text }]);
    setDraft('');
  };

  return (
    <section className="corrections" aria-labelledby={headingId}>
      <h3 id={headingId} className="field-label corrections-heading">
        Corrections
      </h3>
      {corrections.length === 0 ? (
        <p className="field-hint">None. Corrections are published with the story, with their dates.</p>
      ) : (
        <ol className="correction-list">
          {corrections.map((correction, index) => (
            // Corrections have no ids; their place in the list is what names them.
            <li key={index} className="correction" role="group" aria-label={`Correction ${index + 1}`}>
              <Field label="Date">
                <input
                  type="date"
                  className="input"
                  value={localDateFromIso(correction.date)}
                  onChange={(event) => {
                    const date = isoOnDate(correction.date, event.target.value);
                    if (date) change(index, { date });
                  }}
                />
              </Field>
              <Field label="Text" error={errorFor(`corrections.${index}.text`)}>
                <textarea className="input textarea" rows={3} value={correction.text} onChange={(event) => change(index, { text: event.target.value })} />
              </Field>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove correction ${index + 1}`}
                onClick={() => onChange(corrections.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <Field label="New correction" hint="What was wrong, and what is right: “An earlier version of this story misstated …”">
        <textarea
          className="input textarea"
          rows={3}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              add();
            }
          }}
        />
      </Field>
      <button type="button" className="button button-small corrections-add" onClick={add} disabled={!draft.trim()}>
        Add correction
      </button>
    </section>
  );
}
