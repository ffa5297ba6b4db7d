// "New from template": the library's templates, each with what it is for; choosing one makes a new story
// from it (bridge `story:createFromTemplate`) and opens it. "Edit templates" lists the same templates as
// links: a template is a story, so it opens in the ordinary story view and is edited like one.

import * as Dialog from '@radix-ui/react-dialog';
import { useCallback, useEffect, useId, useState } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { TemplateSummary } from '../../../shared/templates/template-summary.ts';
import { navigate, storyHref } from '../app/route.ts';
import { useCommandHandler } from '../commands/command-registry.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { useReadOnOpen } from '../components/use-read-on-open.ts';
import { adoptOpenedStory } from '../state/use-story-session.ts';
import { closeTemplateDialog, openNewFromTemplate, showTemplateDialogPage, useTemplateDialogState } from './template-dialog-state.ts';
import '../export/export.css'; // the app's dialog look (.dialog, .dialog-backdrop, .dialog-actions)
import './templates.css';

export function NewFromTemplateDialog({ bridge }: { bridge: CopydeskBridge }) {
  const { open, page } = useTemplateDialogState();
  // File ▸ New from Template… (the command table's 'new-from-template'), from either view.
  useCommandHandler('new-from-template', () => openNewFromTemplate());
  const readTemplates = useCallback(() => bridge.templates.list({}), [bridge]);
  const [listing] = useReadOnOpen(open, readTemplates);
  const [creating, setCreating] = useState<string | null>(null);
  const [createError, setCreateError] = useState<string | null>(null);

  // Each opening reads the templates again (useReadOnOpen): one may have been edited, added or removed since.
  useEffect(() => {
    if (open) setCreateError(null);
  }, [open]);

  async function createFrom(template: TemplateSummary) {
    setCreating(template.id);
    setCreateError(null);
    try {
      const opened = await bridge.story.createFromTemplate({ templateId: template.id });
      adoptOpenedStory(bridge, opened);
      closeTemplateDialog();
      navigate(storyHref(opened.story.id));
    } catch (error) {
      setCreateError(`No story was made from “${template.name}”: ${reviveError(error).message}`);
    } finally {
      setCreating(null);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next || creating ? undefined : closeTemplateDialog())}>
      <Dialog.Portal>
        {/* Not Dialog.Overlay: its scroll lock injects a <style> element, which the app's CSP refuses. */}
        <div className="dialog-backdrop" aria-hidden="true" />
        <Dialog.Content className="dialog template-dialog">
          {page === 'choose' ? (
            <>
              <Dialog.Title className="dialog-title">New from template</Dialog.Title>
              <Dialog.Description className="dialog-description">
                The new story starts as a copy of the template: fill in what is marked TK.
              </Dialog.Description>
            </>
          ) : (
            <>
              <Dialog.Title className="dialog-title">Edit templates</Dialog.Title>
              <Dialog.Description className="dialog-description">
                A template is a story kept in the library’s templates folder. Open one to change it: stories made from it
                afterwards start from your version.
              </Dialog.Description>
            </>
          )}

          {listing.phase === 'loading' ? (
            <p className="muted" aria-busy="true">
              Reading the templates…
            </p>
          ) : null}
          {listing.phase === 'failed' ? (
            <p className="template-error" role="alert">
              The templates could not be read: {listing.message}
            </p>
          ) : null}
          {listing.phase === 'ready' && listing.value.length === 0 ? (
            <p className="muted">
              There are no templates: the library’s templates folder is empty. Put a story’s folder in it to make one.
            </p>
          ) : null}
          {listing.phase === 'ready' && listing.value.length > 0 ? (
            page === 'choose' ? (
              <TemplateChoices templates={listing.value} creating={creating} onChoose={(template) => void createFrom(template)} />
            ) : (
              <TemplateLinks templates={listing.value} />
            )
          ) : null}

          {createError ? (
            <p className="template-error" role="alert">
              {createError}
            </p>
          ) : null}

          <div className="dialog-actions template-dialog-actions">
            {page === 'choose' ? (
              <button type="button" className="link-button" onClick={() => showTemplateDialogPage('edit')}>
                Edit templates
              </button>
            ) : (
              <button type="button" className="link-button" onClick={() => showTemplateDialogPage('choose')}>
                Back to New from template
              </button>
            )}
            <Dialog.Close asChild>
              <button type="button" className="button" disabled={creating !== null}>
                {page === 'choose' ? 'Cancel' : 'Close'}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function TemplateChoices({
  templates,
  creating,
  onChoose,
}: {
  templates: readonly TemplateSummary[];
  creating: string | null;
  onChoose: (template: TemplateSummary) => void;
}) {
  const id = useId();
  return (
    <ul className="template-list" aria-label="Templates">
      {templates.map((template, index) => (
        <li key={template.id}>
          <button
            type="button"
            className="list-choice template-choice"
            aria-labelledby={`${id}-${index}-name`}
            aria-describedby={template.description ? `${id}-${index}-description` : undefined}
            aria-busy={creating === template.id || undefined}
            disabled={creating !== null}
            onClick={() => onChoose(template)}
          >
            <span className="template-name" id={`${id}-${index}-name`}>
              {template.name}
            </span>
            {template.description ? (
              <span className="template-description" id={`${id}-${index}-description`}>
                {template.description}
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
}

function TemplateLinks({ templates }: { templates: readonly TemplateSummary[] }) {
  return (
    <ul className="template-list" aria-label="Templates to edit">
      {templates.map((template) => (
        <li key={template.id} className="template-link-row">
          <a className="template-name" href={storyHref(template.id)} onClick={() => closeTemplateDialog()}>
            {template.name}
          </a>
          {template.description ? <span className="template-description">{template.description}</span> : null}
          <span className="template-folder mono">{template.folder}</span>
        </li>
      ))}
    </ul>
  );
}
