import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPreferencesStore, type KeyValueFile } from '../../../electron/preferences/preferences-store.ts';
import { electron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { moveToSystemTrash, openLibrary } = await import('../../../electron/shell/open-library.ts');

function memoryPreferences(libraryPath: string) {
  let store: Record<string, unknown> = {};
  const file: KeyValueFile = {
    get store() {
      return store;
    },
    set(values) {
      store = { ...store, ...values };
    },
    path: '/memory/preferences.json',
  };
  return createPreferencesStore(file, { libraryPath });
}

const made: string[] = [];
/** A fresh temporary folder, deleted after the tests. */
function temporary(prefix = 'copydesk-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  electron.dialog.showMessageBox.mockReset();
  electron.dialog.showOpenDialog.mockReset();
  electron.shell.trashItem.mockReset();
});

describe('openLibrary()', () => {
  it('opens the library the preferences name, asking nothing', async () => {
    const folder = join(temporary(), 'Copydesk');
    const library = await openLibrary(memoryPreferences(folder));
    expect(library?.library.root).toBe(folder);
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('lets the user choose another folder when the library cannot be opened, and remembers it', async () => {
    const blocked = join(temporary(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const chosen = temporary();
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    const preferences = memoryPreferences(blocked);

    const library = await openLibrary(preferences);
    expect(electron.dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({
      message: 'Copydesk could not open your story library.',
      detail: expect.stringContaining(blocked),
    });
    expect(library?.library.root).toBe(chosen);
    expect(preferences.get().libraryPath).toBe(chosen);
  });

  it('gives up (so the app quits) when the user chooses to quit', async () => {
    const blocked = join(temporary(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(openLibrary(memoryPreferences(blocked))).resolves.toBeNull();
  });
});

describe('moveToSystemTrash()', () => {
  it('puts the story folder in the system trash and says so', async () => {
    electron.shell.trashItem.mockResolvedValueOnce(undefined);
    await expect(moveToSystemTrash('/stories/2026-a')).resolves.toBe('the system trash');
    expect(electron.shell.trashItem).toHaveBeenCalledWith('/stories/2026-a');
  });

  it('turns a failure into a readable error that names the folder', async () => {
    electron.shell.trashItem.mockRejectedValueOnce(new Error('no trash on this volume'));
    await expect(moveToSystemTrash('/stories/2026-a')).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('no trash on this volume'),
      details: { path: '/stories/2026-a' },
    });
  });
});
