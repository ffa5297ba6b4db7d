// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, OpenedStory } from '../../../shared/bridge/contract.ts';
import { Preferences } from '../../../shared/bridge/preferences.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { createStory } from '../../../shared/story/create.ts';
import { AppCommands } from '../../../renderer/src/commands/app-commands.tsx';
import { commandRegistry } from '../../../renderer/src/commands/command-registry.ts';
import { resolveTheme } from '../../../renderer/src/preferences/theme.ts';

const NEW_ID = '01jq0000000000000000000009';

function fakeBridge(theme: 'system' | 'light' | 'dark' = 'system') {
  let preferences = Preferences.parse({ libraryPath: '/library', theme });
  const opened: OpenedStory = {
    story: createStory({ id: NEW_ID, now: new Date('2026-11-28T09:00:00Z') }),
    revision: 'b'.repeat(64),
    path: '/library/2026-untitled',
    migratedFrom: null,
  };
  const create = vi.fn(async () => opened);
  const set = vi.fn(async (changes: Partial<Preferences>) => (preferences = { ...preferences, ...changes }));
  const bridge = {
    story: { create },
    preferences: { get: async () => preferences, set },
    on: () => () => {},
  } as unknown as CopydeskBridge;
  return { bridge, create, set };
}

beforeEach(() => {
  window.location.hash = '#/';
  delete document.documentElement.dataset.theme;
});

afterEach(cleanup);

describe('<AppCommands>', () => {
  it('makes a new story on File ▸ New Story (Ctrl+N) and opens it', async () => {
    const { bridge, create } = fakeBridge();
    render(<AppCommands bridge={bridge} />);
    await act(async () => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', ctrlKey: true, cancelable: true })));
    await vi.waitFor(() => expect(window.location.hash).toBe(`#/story/${NEW_ID}`));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('says why a new story could not be made, until dismissed', async () => {
    const { bridge, create } = fakeBridge();
    create.mockRejectedValueOnce(new CopydeskError('disk-full', 'The disk is full.'));
    render(<AppCommands bridge={bridge} />);
    await act(async () => void commandRegistry.run({ command: 'new-story' }));
    const notice = await screen.findByRole('alert');
    expect(notice.querySelector('.banner-title')?.textContent).toBe('The new story could not be created.');
    expect(notice.textContent).toContain('The disk is full.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts the theme of the preferences on the page', async () => {
    render(<AppCommands bridge={fakeBridge('dark').bridge} />);
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('switches between light and dark on View ▸ Dark Mode, keeping the choice in the preferences', async () => {
    const { bridge, set } = fakeBridge('system');
    render(<AppCommands bridge={bridge} />);
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    await act(async () => void commandRegistry.run({ command: 'toggle-dark-mode' }));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(set).toHaveBeenLastCalledWith({ theme: 'dark' });
    await act(async () => void commandRegistry.run({ command: 'toggle-dark-mode' }));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    expect(set).toHaveBeenLastCalledWith({ theme: 'light' });
  });
});

describe('resolveTheme()', () => {
  it('follows the system for "system", and keeps a chosen theme whatever the system says', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
