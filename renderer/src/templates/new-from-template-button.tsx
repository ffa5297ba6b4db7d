import { openNewFromTemplate } from './template-dialog-state.ts';

/** The library's "New from template…" button: opens the dialog (which must be mounted: NewFromTemplateDialog). */
export function NewFromTemplateButton() {
  return (
    <button type="button" className="button" onClick={() => openNewFromTemplate()}>
      New from template…
    </button>
  );
}
