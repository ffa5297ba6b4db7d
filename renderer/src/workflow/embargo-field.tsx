// The Desk panel's "Embargo": a date and time in this computer's time zone, kept in the story with its offset.
// Emptying the field (or "Lift embargo") removes the embargo.

import { Field } from '../components/field.tsx';
import { isoFromLocalInput, localInputFromIso } from './local-time.ts';

export interface EmbargoFieldProps {
  embargo: string | null;
  onChange: (embargo: string | null) => void;
  error?: string | null;
}

export function EmbargoField({ embargo, onChange, error }: EmbargoFieldProps) {
  return (
    <div className="embargo-field">
      <Field
        label="Embargo"
        hint={embargo ? 'Not to be published before this time (your time zone).' : 'None. Set a time before which it must not be published.'}
        error={error}
      >
        <input
          type="datetime-local"
          className="input"
          value={localInputFromIso(embargo)}
          onChange={(event) => onChange(isoFromLocalInput(event.target.value))}
        />
      </Field>
      {embargo ? (
        <button type="button" className="button button-small" onClick={() => onChange(null)}>
          Lift embargo
        </button>
      ) : null}
    </div>
  );
}
