// One story: the top bar (back to the library, the preview switch, export, the history, the save status),
// the banners a save can raise (the conflict banner is components/conflict-banner.tsx), the story form (the
// editor and the Desk panel) and, beside it when switched on, the "House style" panel and the live preview.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { DEFAULT_LINT_SETTINGS } from '../../../shared/lint/lint-settings.ts';
import type { ExportFormat } from '../../../shared/render/export-format.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { LIBRARY_HREF, navigate, storyHref } from '../app/route.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { Banner } from '../components/banner.tsx';
import { StoryCommands, StoryMenu } from '../commands/index.ts';
import { ConflictBanner } from '../components/conflict-banner.tsx';
import { SaveStatusView } from '../components/save-status.tsx';
import { createEditingPartStore } from '../editor/editing-part.ts';
import { backgroundLinter } from '../editor/lint/background-linter.ts';
import { LintContext } from '../editor/lint/lint-context.ts';
import { LintController } from '../editor/lint/lint-controller.ts';
import { focusDeskField, LintPanel, LintToggle } from '../editor/lint/lint-panel.tsx';
import { useLintPanelShown } from '../editor/lint/lint-panel-setting.ts';
import { ExportDialog, ExportMenu, useExportCommands } from '../export/index.ts';
import { HistoryButton } from '../history/index.ts';
import { ImportBanner } from '../import/index.ts';
import { PreviewPane, PreviewToggle, usePreviewShown } from '../preview/index.ts';
import { recoveredDetails, recoveredTitle, recoveryCopyText, strandedEditsText } from '../recovery/recovery-note.ts';
import { preferencesStoreFor } from '../preferences/preferences-store.ts';
import type { StorySession } from '../state/story-session.ts';
import { adoptOpenedStory, useStorySession } from '../state/use-story-session.ts';
import { StoryForm } from './story-form.tsx';
import { NewFromTemplateDialog, TemplateNotice } from '../templates/index.ts';
import { EmbargoBanner } from '../workflow/index.ts';
import { PreferencesButton } from '../preferences/index.ts';

export function StoryView({ bridge, id }: { bridge: CopydeskBridge; id: string }) {
  const { session, state } = useStorySession(bridge, id);
  const ready = state.phase === 'ready' && state.story !== null;

  // The editor fills in its flush; an export calls it so that the last words typed are in the story.
  const flushEdits = useRef<(() => void) | null>(null);
  const currentStory = useCallback(() => {
    flushEdits.current?.();
    return session.getState().story;
  }, [session]);
  useEffect(() => session.takeEditsFrom(() => flushEdits.current?.()), [session]);
  const [partStore] = useState(createEditingPartStore);
  const lint = useStoryLint(bridge, session, state.story);
  const lintShown = useLintPanelShown();

  const previewShown = usePreviewShown();
  const [exportFormat, setExportFormat] = useState<ExportFormat | null>(null);
  // A second request while the dialog is open (the shortcut pressed in it) keeps what the person chose there.
  useExportCommands(ready, (format) => setExportFormat((open) => open ?? format));

  const headline = state.story?.headline.trim() || 'Untitled story';
  useEffect(() => {
    document.title = `${headline} — Copydesk`;
  }, [headline]);

  const generation = state.generation;
  const failedSave = state.save.kind === 'failed' ? state.save.error : null;
  // A save refused for a field's value (the slug, a byline name) is shown at that field, not as a disk problem.
  const invalid = failedSave && (failedSave.code === 'invalid-story' || failedSave.code === 'invalid-argument') ? failedSave : null;

  return (
    <div className="app">
      <header className="topbar">
        <a className="back-link" href={LIBRARY_HREF}>
          <span aria-hidden="true">←</span> Library
        </a>
        <p className="topbar-title" title={state.path || undefined}>
          {headline}
        </p>
        {ready ? (
          <>
            <PreviewToggle />
            <LintToggle controller={lint} />
            <ExportMenu onChoose={setExportFormat} />
            <StoryMenu />
            <HistoryButton bridge={bridge} session={session} />
          </>
        ) : null}
        <SaveStatusView status={state.save} onSaveNow={() => void session.saveNow()} />
        <PreferencesButton />
      </header>

      <main
        className={`story-page${ready && previewShown ? ' story-page-with-preview' : ''}${ready && lintShown ? ' story-page-with-lint' : ''}`}
      >
        {state.recovered ? (
          <Banner
            tone="note"
            title={recoveredTitle(state.recovered)}
            actions={
              <button type="button" className="button" onClick={() => session.dismissRecovered()}>
                Dismiss
              </button>
            }
          >
            {recoveredDetails(state.recovered).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </Banner>
        ) : null}

        {state.save.kind === 'conflict' ? <ConflictBanner bridge={bridge} session={session} busy={state.busy} /> : null}

        {failedSave && !invalid ? (
          <Banner tone="error" title="Your latest changes are not saved yet.">
            <p>{failedSave.message}</p>
            <p>
              Your text is still here.{' '}
              {state.save.kind === 'failed' && state.save.retryAt !== null
                ? 'Copydesk keeps trying by itself; press Ctrl+S (⌘S on a Mac) to try now.'
                : 'Press Ctrl+S (⌘S on a Mac) to try again.'}
            </p>
            {recoveryCopyText(state.journal) ? <p>{recoveryCopyText(state.journal)}</p> : null}
          </Banner>
        ) : null}

        <ImportBanner storyId={id} />

        {state.story ? <EmbargoBanner embargo={state.story.embargo} /> : null}
        {ready ? <TemplateNotice bridge={bridge} path={state.path} /> : null}

        {state.notice ? (
          <p className="notice" role="note">
            {state.notice}
          </p>
        ) : null}

        {state.migratedFrom !== null ? (
          <p className="notice" role="note">
            This story was written by an older Copydesk (file format {state.migratedFrom}); it will be saved in the current
            format.
          </p>
        ) : null}

        {state.phase === 'loading' ? (
          <p className="loading" aria-busy="true">
            Opening the story…
          </p>
        ) : null}

        {state.phase === 'failed' && state.loadError ? (
          <Banner
            tone="error"
            title="This story could not be opened."
            actions={
              <>
                {state.strandedEdits ? <SaveStrandedEditsButton bridge={bridge} session={session} /> : null}
                <button type="button" className="button" onClick={() => void session.load()}>
                  Try again
                </button>
                <a className="button" href={LIBRARY_HREF}>
                  Back to the library
                </a>
              </>
            }
          >
            <p>{state.loadError.message}</p>
            {state.strandedEdits ? <p>{strandedEditsText(state.strandedEdits)}</p> : null}
          </Banner>
        ) : null}

        {state.phase === 'ready' && state.story ? (
          <div className="story-workspace">
            <div className="story-workspace-main">
              <LintContext.Provider value={lint}>
                <StoryForm
                  key={state.generation}
                  story={state.story}
                  onEdit={(change) => {
                    // An editor replaced by a newer version from disk may still hand over what it held: dropped.
                    if (session.getState().generation === generation) session.edit(change);
                  }}
                  onPendingEdits={() => {
                    if (session.getState().generation === generation) session.noteUnsyncedEdits();
                  }}
                  invalidField={invalid ? (invalid.details.field ?? '').replace(/^story\./, '') : null}
                  invalidMessage={invalid?.message ?? null}
                  flushRef={flushEdits}
                  partStore={partStore}
                />
              </LintContext.Provider>
              <p className="story-footer">
                <span className="story-path" title="The story’s folder">
                  {state.path}
                </span>
              </p>
            </div>
            {lintShown ? <LintPanel controller={lint} /> : null}
            {previewShown ? <PreviewPane bridge={bridge} story={state.story} partStore={partStore} /> : null}
          </div>
        ) : null}

        <StoryCommands bridge={bridge} session={session} ready={ready} currentStory={currentStory} />

        {ready && exportFormat !== null ? (
          <ExportDialog bridge={bridge} currentStory={currentStory} format={exportFormat} onClose={() => setExportFormat(null)} />
        ) : null}
        <NewFromTemplateDialog bridge={bridge} />
      </main>
    </div>
  );
}

/** Saves a story's recovered edits, when the story itself cannot be opened, as a new story, and opens that. */
function SaveStrandedEditsButton({ bridge, session }: { bridge: CopydeskBridge; session: StorySession }) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function save() {
    setSaving(true);
    setError(null);
    try {
      const copy = await session.saveStrandedEdits();
      adoptOpenedStory(bridge, copy);
      navigate(storyHref(copy.story.id));
    } catch (thrown) {
      setError(`They were not saved: ${reviveError(thrown).message}`);
      setSaving(false);
    }
  }
  return (
    <>
      <button type="button" className="button" disabled={saving} onClick={() => void save()}>
        {saving ? 'Saving…' : 'Save them as a new story'}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  );
}

/**
 * The story's house-style checks: one controller per story view, which the editor attaches to and the panel
 * reads. The desk's fields come from the session's latest story; a change to one of them lints again.
 */
function useStoryLint(bridge: CopydeskBridge, session: StorySession, story: Story | null): LintController {
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const [preferences] = useState(() => preferencesStoreFor(bridge));
  const [lint] = useState(
    () =>
      new LintController(
        {
          currentStory: () => sessionRef.current.getState().story,
          settings: () => preferences.get()?.lint ?? DEFAULT_LINT_SETTINGS,
          editStory: (change) => sessionRef.current.edit(change),
          focusDeskField,
        },
        backgroundLinter(),
      ),
  );
  // Limits or rules changed in Preferences ▸ House style: the panel follows at once.
  useEffect(() => preferences.subscribe(() => lint.schedule()), [preferences, lint]);
  const previous = useRef(story);
  useEffect(() => {
    lint.storyChanged(previous.current, story);
    previous.current = story;
  }, [lint, story]);
  return lint;
}
