// Adding, changing or removing a link: a small dialog under the toolbar with the address, checked by the
// same rule as the story file before anything changes.

import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Transforms, type BaseRange } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { activeLink, completeLinkUrl, insertLink, linkUrlProblem, removeLink } from '../commands/links.ts';
import { asOwnUndoStep } from '../plugins/with-undo-steps.ts';

export function LinkDialog({ onClose }: { onClose: () => void }) {
  const editor = useSlateStatic();
  const id = useId();
  // The selection the dialog acts on, kept while focus is in the dialog.
  const [selection] = useState<BaseRange | null>(() => editor.selection);
  const [existing] = useState(() => activeLink(editor)?.[0].url ?? null);
  const [address, setAddress] = useState(existing ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const finish = () => {
    onClose();
    ReactEditor.focus(editor);
  };

  const act = (change: () => boolean) => {
    if (selection) Transforms.select(editor, selection);
    asOwnUndoStep(editor, () => void change());
    finish();
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const url = completeLinkUrl(address);
    const why = linkUrlProblem(url);
    if (why) {
      setProblem(why);
      return;
    }
    act(() => insertLink(editor, url));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      finish();
    }
  };

  return (
    <form className="link-dialog" role="dialog" aria-label={existing ? 'Edit link' : 'Add link'} onSubmit={apply} onKeyDown={onKeyDown}>
      <label className="field-label" htmlFor={`${id}-url`}>
        Link address
      </label>
      <div className="link-dialog-row">
        <input
          id={`${id}-url`}
          className="input"
          type="text"
          inputMode="url"
          value={address}
          placeholder="https://"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => {
            setAddress(event.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="button button-primary button-small">
          {existing ? 'Update' : 'Add link'}
        </button>
        {existing ? (
          <button type="button" className="button button-small" onClick={() => act(() => removeLink(editor))}>
            Remove link
          </button>
        ) : null}
        <button type="button" className="button button-small" onClick={finish}>
          Cancel
        </button>
      </div>
      {problem ? (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
