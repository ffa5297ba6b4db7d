// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BridgeEvents, CopydeskBridge, ImportedStoryResult } from '../../../shared/bridge/contract.ts';
import { createStory } from '../../../shared/story/create.ts';
import { ImportBanner } from '../../../renderer/src/import/import-banner.tsx';
import { ImportCommands } from '../../../renderer/src/import/import-commands.tsx';
import { useCommandDispatcher } from '../../../renderer/src/commands/command-dispatcher.ts';
import { checkImportFile } from '../../../renderer/src/import/import-story.ts';
import { dismissImport, getImportState } from '../../../renderer/src/import/import-state.ts';

const STORY_ID = '01j0000000000000000000000a';

function fakeBridge(result: Partial<ImportedStoryResult> = {}) {
  const listeners = new Set<(command: BridgeEvents['onMenuCommand']) => void>();
  const story = createStory({ id: STORY_ID, now: new Date('2026-11-28T09:00:00Z') });
  const importCall = vi.fn(async () => ({
    opened: { story, revision: 'a'.repeat(64), path: '/library/2026-untitled', migratedFrom: null },
    notes: [{ severity: 'warning' as const, path: ['headline'], message: 'No headline was found in "cnn.txt", and none was made up: write one.' }],
    ...result,
  }));
  const bridge = {
    story: { import: importCall },
    on: (event: string, listener: (command: BridgeEvents['onMenuCommand']) => void) => {
      if (event === 'onMenuCommand') listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as CopydeskBridge;
  return { bridge, importCall, menu: (command: BridgeEvents['onMenuCommand']) => listeners.forEach((listener) => listener(command)) };
}

/** The app's key dispatcher, which hands the menu's commands (File ▸ Import…) to their handlers. */
function CommandDispatcher({ bridge }: { bridge: CopydeskBridge }) {
  useCommandDispatcher(bridge);
  return null;
}

/** Drops a file on `target` the way the browser does: dragover, then drop, both bubbling to the window. */
function drop(target: Element, file: File): DragEvent {
  const dataTransfer = { files: [file], items: [], types: ['Files'], dropEffect: 'none' } as unknown as DataTransfer;
  const over = new Event('dragover', { bubbles: true, cancelable: true }) as DragEvent;
  Object.defineProperty(over, 'dataTransfer', { value: dataTransfer });
  target.dispatchEvent(over);
  const event = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
  Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
  target.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  window.location.hash = '#/';
});

afterEach(() => {
  cleanup();
  dismissImport();
  document.body.innerHTML = '';
});

describe('<ImportCommands>', () => {
  it('imports a file dropped on the window and opens the new story, with its notes in the banner', async () => {
    const { bridge, importCall } = fakeBridge();
    render(
      <>
        <ImportCommands bridge={bridge} />
        <ImportBanner storyId={STORY_ID} />
      </>,
    );
    const event = drop(document.body, new File(['WASHINGTON (AP) — Text.'], 'cnn.txt', { type: 'text/plain' }));
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(getImportState().phase).toBe('done'));
    expect(importCall).toHaveBeenCalledWith({ fileName: 'cnn.txt', dataBase64: Buffer.from('WASHINGTON (AP) — Text.').toString('base64') });
    expect(window.location.hash).toBe(`#/story/${STORY_ID}`);
    const banner = await screen.findByRole('alert');
    expect(banner.querySelector('.banner-title')?.textContent).toBe('Imported from cnn.txt: 1 thing needs your attention.');
    expect([...banner.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'No headline was found in "cnn.txt", and none was made up: write one.',
    ]);
  });

  it('leaves a drop on the story’s text to the editor', async () => {
    const { bridge, importCall } = fakeBridge();
    render(
      <>
        <ImportCommands bridge={bridge} />
        <div data-slate-editor="true">
          <p>Story text</p>
        </div>
      </>,
    );
    const event = drop(screen.getByText('Story text'), new File(['<p>x</p>'], 'page.html', { type: 'text/html' }));
    expect(event.defaultPrevented).toBe(false);
    await act(async () => {});
    expect(importCall).not.toHaveBeenCalled();
    expect(getImportState().phase).toBe('idle');
  });

  it('imports the file the desktop app’s File ▸ Import… read', async () => {
    const { bridge, importCall, menu } = fakeBridge({ notes: [] });
    render(
      <>
        <ImportCommands bridge={bridge} />
        <CommandDispatcher bridge={bridge} />
      </>,
    );
    act(() => menu({ command: 'import', file: { fileName: 'ferry.html', dataBase64: 'PHA+eDwvcD4=' } }));
    await vi.waitFor(() => expect(getImportState()).toMatchObject({ phase: 'done', fileName: 'ferry.html', notes: [] }));
    expect(importCall).toHaveBeenCalledWith({ fileName: 'ferry.html', dataBase64: 'PHA+eDwvcD4=' });
  });

  it('says why a file it cannot import was refused, without calling the Node side', async () => {
    const { bridge, importCall } = fakeBridge();
    render(
      <>
        <ImportCommands bridge={bridge} />
        <ImportBanner />
      </>,
    );
    drop(document.body, new File([new Uint8Array([0xff, 0xd8])], 'photo.jpg', { type: 'image/jpeg' }));
    const banner = await screen.findByRole('alert');
    expect(banner.querySelector('.banner-title')?.textContent).toBe('photo.jpg could not be imported.');
    expect(banner.querySelector('.banner-body')?.textContent).toBe(
      '“photo.jpg” is a picture or video. To add it to a story, open the story and drop it on the text.',
    );
    expect(importCall).not.toHaveBeenCalled();
  });
});

describe('checkImportFile()', () => {
  it('lets through the kinds the Node side reads, whatever type the system gives them', () => {
    for (const name of ['a.txt', 'b.STORY', 'c.html', 'd.htm', 'e.docx']) expect(checkImportFile(new File(['x'], name))).toBeNull();
    expect(checkImportFile(new File(['x'], 'scan.pdf'))?.message).toMatch(/^Copydesk cannot import “scan.pdf”/);
    expect(checkImportFile(new File([], 'empty.txt'))?.message).toBe('“empty.txt” is empty.');
  });
});
