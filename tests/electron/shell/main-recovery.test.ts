// The desktop app keeps its recovery journal in its data folder (beside the preferences), not in the library.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preferencesFolder } from '../../../electron/preferences/preferences-store.ts';
import type { OpenedStory } from '../../../shared/bridge/contract.ts';

let current: typeof import('./fake-electron.ts') | null = null;

beforeEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
  vi.stubEnv('XDG_CONFIG_HOME', ''); // keep preferences (and the journal) inside the fake home folder
});

afterEach(() => {
  vi.unstubAllEnvs();
  current?.electron.app.removePaths();
  current = null;
});

describe('electron/main.ts and the recovery journal', () => {
  it('journals typing in the app’s data folder, outside the library, and gives it back', async () => {
    vi.resetModules();
    const fake = await import('./fake-electron.ts');
    vi.doMock('electron', () => fake.electronModule());
    current = fake;
    fake.FakeBrowserWindow.instances = [];
    await import('../../../electron/main.ts');
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
    const window = fake.FakeBrowserWindow.instances[0]!;
    const sender = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const call = (channel: string, args: unknown) => fake.electron.ipcMain.handlers.get(channel)!(sender, args);

    const { value: opened } = (await call('story:create', { headline: 'Harbour storm' })) as { value: OpenedStory };
    const typed = { ...opened.story, headline: 'Harbour storm, typed before a crash' };
    const entry = { id: opened.story.id, writer: 'window0000000001', seq: 1, at: '2026-11-27T10:42:00.000Z', baseRevision: opened.revision };
    expect(await call('recovery:record', { ...entry, edit: { kind: 'whole', story: typed } })).toEqual({ ok: true, value: { status: 'kept' } });

    const journals = join(preferencesFolder(fake.electron.app.getPath('home')), 'recovery');
    expect(readdirSync(journals, { recursive: true })).toContainEqual(expect.stringMatching(new RegExp(`${opened.story.id}\\.jsonl$`)));
    expect(existsSync(join(opened.path, '..', 'recovery'))).toBe(false);
    expect(await call('recovery:read', { id: opened.story.id })).toMatchObject({ ok: true, value: { story: { headline: typed.headline } } });
  });
});
