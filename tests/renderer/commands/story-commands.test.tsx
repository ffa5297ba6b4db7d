// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { Preferences } from '../../../shared/bridge/preferences.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import { createStory } from '../../../shared/story/create.ts';
import { dismissCommandFailure, getCommandFailure } from '../../../renderer/src/commands/command-failure.tsx';
import { commandRegistry } from '../../../renderer/src/commands/command-registry.ts';
import { StoryCommands } from '../../../renderer/src/commands/story-commands.tsx';
import { lintPanelShown } from '../../../renderer/src/editor/lint/lint-panel-setting.ts';
import { DEFAULT_CREDIT_STYLE } from '../../../renderer/src/editor/media/use-credit-style.ts';
import { previewRenderOptions } from '../../../renderer/src/preview/preview-options.ts';
import { previewShown } from '../../../renderer/src/preview/preview-settings.ts';

const ID = '01jq0000000000000000000000';
const COPY_ID = '01jq0000000000000000000001';
const story = createStory({ id: ID, now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm closes the ferry' });

/** What export:pdf answers: the desktop app's save dialog and file, or the browser host's "not here". */
type PdfAnswer = { supported: boolean; path: string | null };

function setUp({ saved = true, ready = true, pdfAnswer = { supported: true, path: null } as PdfAnswer } = {}) {
  const duplicate = vi.fn(async () => ({ id: COPY_ID }));
  const trash = vi.fn(async () => ({ trashedTo: '/library/.trash/2026-harbour-storm' }));
  const pdf = vi.fn(async (_args: { story: unknown }) => pdfAnswer);
  const bridge = {
    story: { duplicate, trash },
    export: { pdf },
    preferences: { get: async () => Preferences.parse({ libraryPath: '/library' }) },
    on: () => () => {},
  } as unknown as CopydeskBridge;
  const saveNow = vi.fn(async () => saved);
  const session = { id: ID, saveNow };
  const currentStory = vi.fn(() => story);
  const view = render(<StoryCommands bridge={bridge} session={session} ready={ready} currentStory={currentStory} />);
  return { bridge, duplicate, trash, pdf, saveNow, currentStory, ...view };
}

const run = (command: Parameters<typeof commandRegistry.run>[0]) => act(async () => void commandRegistry.run(command));

/** The documents printed from now on (each print frame's srcdoc), with print() recorded instead of run. */
function watchPrinting(): string[] {
  const printed: string[] = [];
  const original = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
  vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockImplementation(function (this: HTMLIFrameElement) {
    const frameWindow = original.get!.call(this) as Window | null;
    const frame = this;
    if (frameWindow) frameWindow.print = () => void printed.push(frame.srcdoc);
    return frameWindow;
  });
  return printed;
}

beforeEach(() => {
  window.location.hash = `#/story/${ID}`;
  previewShown.set(false);
  lintPanelShown.set(false);
});

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  dismissCommandFailure();
  document.body.innerHTML = '';
});

describe('<StoryCommands>', () => {
  it('saves on File ▸ Save (Ctrl+S)', async () => {
    const { saveNow } = setUp();
    await run({ command: 'save' });
    expect(saveNow).toHaveBeenCalled();
  });

  it('opens and closes the preview and the House style panel', async () => {
    setUp();
    await run({ command: 'toggle-preview' });
    expect(previewShown.get()).toBe(true);
    await run({ command: 'toggle-house-style' });
    expect(lintPanelShown.get()).toBe(true);
    await run({ command: 'toggle-house-style' });
    expect(lintPanelShown.get()).toBe(false);
  });

  it('carries out none of a story’s commands but Save while the story is not open', () => {
    setUp({ ready: false });
    expect(commandRegistry.has('save')).toBe(true);
    for (const id of ['print', 'export-pdf', 'duplicate', 'move-to-trash', 'toggle-preview', 'toggle-house-style'] as const) {
      expect(commandRegistry.has(id), id).toBe(false);
    }
  });

  it('duplicates the story once what is typed is saved, and opens the copy', async () => {
    const { saveNow, duplicate, currentStory } = setUp();
    await run({ command: 'duplicate' });
    await vi.waitFor(() => expect(window.location.hash).toBe(`#/story/${COPY_ID}`));
    expect(currentStory).toHaveBeenCalled(); // the editor's last keystrokes are handed over first
    expect(saveNow.mock.invocationCallOrder[0]!).toBeLessThan(duplicate.mock.invocationCallOrder[0]!);
    expect(duplicate).toHaveBeenCalledWith({ id: ID });
  });

  it('does not duplicate a story whose latest changes cannot be saved, and says why', async () => {
    const { duplicate } = setUp({ saved: false });
    await run({ command: 'duplicate' });
    await vi.waitFor(() => expect(getCommandFailure()?.title).toBe('The story could not be duplicated.'));
    expect(getCommandFailure()?.message).toMatch(/^Its latest changes are not saved yet/);
    expect(duplicate).not.toHaveBeenCalled();
  });

  it('asks before moving the story to the Trash, and does nothing when cancelled', async () => {
    const { trash } = setUp();
    await run({ command: 'move-to-trash' });
    const dialog = screen.getByRole('alertdialog', { name: 'Move this story to the Trash?' });
    expect(dialog.textContent).toContain('“Harbour storm closes the ferry”');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(trash).not.toHaveBeenCalled();
  });

  it('moves the story to the Trash when confirmed, saved first, and goes back to the library', async () => {
    const { trash, saveNow } = setUp();
    await run({ command: 'move-to-trash' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Move to Trash' })));
    await vi.waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(saveNow).toHaveBeenCalled();
    expect(trash).toHaveBeenCalledWith({ id: ID });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('says in the dialog why the story could not be moved, and leaves it open', async () => {
    const { trash } = setUp();
    trash.mockRejectedValueOnce(new CopydeskError('read-only', 'The library folder cannot be written.'));
    await run({ command: 'move-to-trash' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Move to Trash' })));
    expect((await screen.findByRole('alert')).textContent).toBe('The story was not moved: The library folder cannot be written.');
    expect(window.location.hash).toBe(`#/story/${ID}`);
  });

  it('prints the story as the preview renders it', async () => {
    const printed = watchPrinting();
    setUp();
    await run({ command: 'print' });
    await vi.waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]).toBe(renderStoryHtml(story, previewRenderOptions({ storyId: ID, credit: DEFAULT_CREDIT_STYLE })));
    expect(printed[0]).toContain('>Harbour storm closes the ferry</h1>');
  });

  it('exports a PDF through the desktop app and says where it was saved', async () => {
    const printed = watchPrinting();
    const { pdf } = setUp({ pdfAnswer: { supported: true, path: '/home/ana/Copydesk Exports/harbour-storm.pdf' } });
    await run({ command: 'export-pdf' });
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('Saved PDF to/home/ana/Copydesk Exports/harbour-storm.pdf');
    expect(pdf).toHaveBeenCalledWith({ story });
    expect(printed).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing and prints nothing when the person cancels the save dialog', async () => {
    const printed = watchPrinting();
    const { pdf } = setUp({ pdfAnswer: { supported: true, path: null } });
    await run({ command: 'export-pdf' });
    await vi.waitFor(() => expect(pdf).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.queryByRole('status')).toBeNull();
    expect(printed).toEqual([]);
    expect(getCommandFailure()).toBeNull();
  });

  it('in a browser, prints the story as the preview renders it and says to choose “Save as PDF” as the printer', async () => {
    const printed = watchPrinting();
    setUp({ pdfAnswer: { supported: false, path: null } });
    await run({ command: 'export-pdf' });
    expect((await screen.findByRole('status')).textContent).toContain('Choose “Save as PDF” as the printer');
    await vi.waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]).toBe(renderStoryHtml(story, previewRenderOptions({ storyId: ID, credit: DEFAULT_CREDIT_STYLE })));
  });

  it('says why when the PDF could not be saved', async () => {
    const { pdf } = setUp();
    pdf.mockRejectedValueOnce(new CopydeskError('internal', 'Copydesk could not make the PDF: Printing failed. Nothing was saved.'));
    await run({ command: 'export-pdf' });
    await vi.waitFor(() => expect(getCommandFailure()?.title).toBe('The PDF could not be saved.'));
    expect(getCommandFailure()?.message).toBe('Copydesk could not make the PDF: Printing failed. Nothing was saved.');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
