// The Desk panel beside the editor: the story's way through the desk, none of it published — status
// (draft → edited → ready), the embargo, slug and keywords, the editor's notes — and the corrections, which
// are published with the story. Plain labelled controls; the House style panel's "Go to" finds them by label.

import { useState } from 'react';
import type { Story, StoryStatus } from '../../../shared/story/schema.ts';
import { Field } from '../components/field.tsx';
import { keywordsToText, textToKeywords } from '../story/field-text.ts';
import { CorrectionsField } from './corrections-field.tsx';
import { EmbargoField } from './embargo-field.tsx';
import { STATUS_LABELS } from './status.ts';
import './workflow.css';

export interface DeskPanelProps {
  story: Story;
  /** Sets one of the story's fields. */
  onChange: <K extends keyof Story>(key: K, value: Story[K]) => void;
  /** The error a failed save gave for a field ("slug", "corrections.0.text"), if any. */
  errorFor?: (field: string) => string | null;
}

export function DeskPanel({ story, onChange, errorFor = () => null }: DeskPanelProps) {
  // What was typed, as typed (a trailing comma stays under the cursor); the story gets the cleaned-up list.
  const [keywordsText, setKeywordsText] = useState(() => keywordsToText(story.keywords));
  return (
    <aside className="story-desk" aria-label="Desk">
      <h2 className="desk-heading">Desk</h2>
      <Field label="Status" hint="Draft → Edited → Ready">
        <select className="input select" value={story.status} onChange={(event) => onChange('status', event.target.value as StoryStatus)}>
          {(Object.keys(STATUS_LABELS) as StoryStatus[]).map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </Field>
      <EmbargoField embargo={story.embargo} onChange={(embargo) => onChange('embargo', embargo)} error={errorFor('embargo')} />
      <Field label="Slug" hint="Short, lowercase, hyphenated: courthouse-arrests" error={errorFor('slug')}>
        <input
          type="text"
          className="input mono"
          value={story.slug}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onChange('slug', event.target.value)}
        />
      </Field>
      <Field label="Keywords" hint="Separated by commas." error={errorFor('keywords')}>
        <input
          type="text"
          className="input"
          value={keywordsText}
          autoComplete="off"
          onChange={(event) => {
            setKeywordsText(event.target.value);
            onChange('keywords', textToKeywords(event.target.value));
          }}
        />
      </Field>
      <Field label="Editor's notes" hint="For the desk; never published or exported.">
        <textarea className="input textarea" value={story.editorsNotes} rows={5} onChange={(event) => onChange('editorsNotes', event.target.value)} />
      </Field>
      <CorrectionsField corrections={story.corrections} onChange={(corrections) => onChange('corrections', corrections)} errorFor={errorFor} />
    </aside>
  );
}
