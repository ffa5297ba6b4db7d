// Templates in the interface. Where the pieces go:
//
//   the library      <NewFromTemplateButton />        "New from template…"
//   each view        <NewFromTemplateDialog bridge />  the dialog itself, opened by openNewFromTemplate()
//   the story        <TemplateNotice bridge path />   on a template's page: "This is a template, not a story"
//
// openNewFromTemplate() is what a command (File ▸ New from Template…) calls; openNewFromTemplate('edit')
// opens the dialog's "Edit templates" page. Templates are stories in <library>/templates (bridge
// `templates:list`); choosing one calls `story:createFromTemplate` and opens the new story; a template is
// edited in the ordinary story view (`story:open` takes its id).

export { NewFromTemplateButton } from './new-from-template-button.tsx';
export { NewFromTemplateDialog } from './new-from-template-dialog.tsx';
export { TemplateNotice } from './template-notice.tsx';
export {
  closeTemplateDialog,
  getTemplateDialogState,
  openNewFromTemplate,
  useTemplateDialogState,
  type TemplateDialogPage,
} from './template-dialog-state.ts';
