// The commands of an open story: Save, Duplicate, Move to Trash (after asking), Print…, Export PDF…, and the
// Preview and House Style panels. The story view mounts this; while it is away (the library is shown) these
// commands have nobody to carry them out and are not run.

import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { LIBRARY_HREF, navigate, storyHref } from '../app/route.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { lintPanelShown } from '../editor/lint/lint-panel-setting.ts';
import { useCreditStyle } from '../editor/media/use-credit-style.ts';
import { previewRenderOptions } from '../preview/preview-options.ts';
import { togglePreview } from '../preview/preview-toggle.tsx';
import type { StorySession } from '../state/story-session.ts';
import '../export/export.css'; // the app's dialog look
import { reportCommandFailure } from './command-failure.tsx';
import { useCommandHandler } from './command-registry.ts';
import { usePdfExportCommand } from './pdf-export.tsx';
import { printDocument } from './print-story.ts';
import './commands.css';

/** What the commands need of the story's session: its id, and saving what is typed. */
export type StoryCommandSession = Pick<StorySession, 'id' | 'saveNow'>;

export interface StoryCommandsProps {
  bridge: CopydeskBridge;
  session: StoryCommandSession;
  /** The story is open and shown (not loading, not failed). */
  ready: boolean;
  /** The story with the editor's last keystrokes in it. */
  currentStory: () => Story | null;
}

export function StoryCommands({ bridge, session, ready, currentStory }: StoryCommandsProps) {
  const credit = useCreditStyle(bridge);
  const [trashing, setTrashing] = useState(false);
  /** The story as the preview shows it: what Print prints, and Export PDF in a browser. */
  const previewHtml = (story: Story) => renderStoryHtml(story, previewRenderOptions({ storyId: story.id, credit }));

  useCommandHandler('save', () => void session.saveNow());
  useCommandHandler('toggle-preview', togglePreview, ready);
  useCommandHandler('toggle-house-style', () => lintPanelShown.set(!lintPanelShown.get()), ready);
  useCommandHandler(
    'print',
    () => {
      const story = currentStory();
      if (!story) return;
      printDocument(previewHtml(story)).catch((error: unknown) => reportCommandFailure('The story could not be printed.', error));
    },
    ready,
  );
  const pdfNotice = usePdfExportCommand({ bridge, enabled: ready, currentStory, printHtml: previewHtml });
  useCommandHandler('duplicate', () => void duplicateStory(bridge, session, currentStory), ready);
  useCommandHandler('move-to-trash', () => setTrashing(true), ready);

  return (
    <>
      {trashing ? (
        <TrashDialog bridge={bridge} session={session} currentStory={currentStory} onClose={() => setTrashing(false)} />
      ) : null}
      {pdfNotice}
    </>
  );
}

/** Saves what is typed, so the copy has it, then copies the story folder and opens the copy. */
async function duplicateStory(bridge: CopydeskBridge, session: StoryCommandSession, currentStory: () => Story | null): Promise<void> {
  const failed = 'The story could not be duplicated.';
  currentStory();
  try {
    if (!(await session.saveNow())) {
      reportCommandFailure(failed, 'Its latest changes are not saved yet, and the copy would leave them out. Save the story, then try again.');
      return;
    }
    const copy = await bridge.story.duplicate({ id: session.id });
    navigate(storyHref(copy.id));
  } catch (error) {
    reportCommandFailure(failed, error);
  }
}

function TrashDialog({
  bridge,
  session,
  currentStory,
  onClose,
}: {
  bridge: CopydeskBridge;
  session: StoryCommandSession;
  currentStory: () => Story | null;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headline = currentStory()?.headline.trim() || 'Untitled story';

  async function moveToTrash() {
    setBusy(true);
    setError(null);
    try {
      // Saved first: the story in the Trash is the one on screen, and nothing is left to save once it is gone.
      if (!(await session.saveNow())) {
        setError('its latest changes could not be saved. Resolve the problem shown above the story first.');
        setBusy(false);
        return;
      }
      await bridge.story.trash({ id: session.id });
      onClose();
      navigate(LIBRARY_HREF);
    } catch (thrown) {
      setError(reviveError(thrown).message);
      setBusy(false);
    }
  }

  return (
    <Dialog.Root open onOpenChange={(open) => (open || busy ? undefined : onClose())}>
      <Dialog.Portal>
        <div className="dialog-backdrop" aria-hidden="true" />
        <Dialog.Content className="dialog" role="alertdialog">
          <Dialog.Title className="dialog-title">Move this story to the Trash?</Dialog.Title>
          <Dialog.Description className="dialog-description">
            “{headline}”, with its pictures and history, goes to the Trash, where you can get it back.
          </Dialog.Description>
          {error ? (
            <p className="trash-error" role="alert">
              The story was not moved: {error}
            </p>
          ) : null}
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button" className="button" disabled={busy}>
                Cancel
              </button>
            </Dialog.Close>
            <button type="button" className="button button-danger" disabled={busy} onClick={() => void moveToTrash()}>
              {busy ? 'Moving…' : 'Move to Trash'}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
