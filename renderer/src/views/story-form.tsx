// The story as it is edited: the structured editor for everything a reader reads (headline to related
// videos), and beside it the Desk panel (renderer/src/workflow) for the story's way through the desk: status,
// embargo, slug, keywords, notes and corrections. It is remounted (by `key`) whenever the story is replaced
// from disk.

import { useRef, useState, type RefObject } from 'react';
import type { Story } from '../../../shared/story/schema.ts';
import type { EditingPartStore } from '../editor/editing-part.ts';
import { StoryEditor } from '../editor/story-editor.tsx';
import type { StoryEdit } from '../editor/sync/use-story-sync.ts';
import { DeskPanel } from '../workflow/desk-panel.tsx';

export { STATUS_LABELS } from '../workflow/status.ts';

/** The story's fields the editor holds, as a failed save names them ("body.3.children"). */
const EDITOR_FIELDS = ['headline', 'subheadline', 'highlights', 'byline', 'dateline', 'lead', 'body', 'relatedVideos'];

export interface StoryFormProps {
  story: Story;
  onEdit: StoryEdit;
  /** The editor has typed changes it has not handed to `onEdit` yet. */
  onPendingEdits?: () => void;
  /** The dotted field a failed save named, to mark that control. */
  invalidField?: string | null;
  invalidMessage?: string | null;
  /** Filled with the editor's flush, which hands typed changes to `onEdit` at once. */
  flushRef?: RefObject<(() => void) | null>;
  /** Told which part of the story the caret is in. */
  partStore?: EditingPartStore;
}

export function StoryForm({
  story,
  onEdit,
  onPendingEdits = () => {},
  invalidField,
  invalidMessage,
  flushRef,
  partStore,
}: StoryFormProps) {
  const editRef = useRef<StoryEdit>(onEdit);
  editRef.current = onEdit;
  const pendingRef = useRef(onPendingEdits);
  pendingRef.current = onPendingEdits;
  // Taken once per mount: a new story starts with the caret in the headline.
  const [autoFocus] = useState(() => story.headline === '' && story.body.length === 0);

  const errorFor = (field: string) =>
    invalidField && (invalidField === field || invalidField.startsWith(`${field}.`)) ? (invalidMessage ?? null) : null;
  const editorError = invalidField && EDITOR_FIELDS.includes(invalidField.split('.')[0]!) ? invalidMessage : null;

  const set = <K extends keyof Story>(key: K, value: Story[K]) => onEdit((current) => ({ ...current, [key]: value }));

  return (
    <div className="story-form">
      <div className="story-main">
        {editorError ? (
          <p className="field-error editor-error" role="alert">
            {editorError}
          </p>
        ) : null}
        <StoryEditor
          story={story}
          editRef={editRef}
          pendingRef={pendingRef}
          autoFocus={autoFocus}
          flushRef={flushRef}
          partStore={partStore}
        />
      </div>

      <DeskPanel story={story} onChange={set} errorFor={errorFor} />
    </div>
  );
}
