// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { KeyPlatform } from '../../../shared/commands/accelerator.ts';
import { useCommandDispatcher } from '../../../renderer/src/commands/command-dispatcher.ts';
import { commandRegistry } from '../../../renderer/src/commands/command-registry.ts';
import { ShortcutSheet } from '../../../renderer/src/commands/shortcut-sheet.tsx';

const bridge = { on: () => () => {} } as unknown as CopydeskBridge;

function App({ platform }: { platform: KeyPlatform }) {
  useCommandDispatcher(bridge, { platform });
  return <ShortcutSheet platform={platform} />;
}

afterEach(cleanup);

const pressCtrlSlash = (modifier: 'ctrlKey' | 'metaKey' = 'ctrlKey') =>
  act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: '/', code: 'Slash', [modifier]: true, cancelable: true })));

describe('<ShortcutSheet>', () => {
  it('opens on Ctrl+/ as the dialog "Keyboard shortcuts"', () => {
    render(<App platform="linux" />);
    expect(screen.queryByRole('dialog')).toBeNull();
    pressCtrlSlash();
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('opens from Help ▸ Keyboard Shortcuts (the command, as the desktop menu sends it)', () => {
    render(<App platform="linux" />);
    act(() => void commandRegistry.run({ command: 'keyboard-shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('lists the keys grouped as the menus are, written for Windows and Linux', () => {
    render(<App platform="linux" />);
    pressCtrlSlash();
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'File',
      'Edit',
      'Format',
      'View',
      'Window',
      'Help',
    ]);
    const file = within(dialog).getByRole('table', { name: 'File' });
    expect(within(file).getByRole('row', { name: 'Export ▸ HTML (single file) Ctrl+Shift+E' })).toBeTruthy();
    const edit = within(dialog).getByRole('table', { name: 'Edit' });
    expect(within(edit).getByRole('row', { name: 'Find Ctrl+F' })).toBeTruthy();
    expect(within(edit).getByRole('row', { name: 'Redo Ctrl+Shift+Z or Ctrl+Y' })).toBeTruthy();
    const format = within(dialog).getByRole('table', { name: 'Format' });
    expect(within(format).getByRole('row', { name: 'Bold Ctrl+B' })).toBeTruthy();
  });

  it('writes a Mac’s keys with its symbols, and spells them out for a screen reader', () => {
    render(<App platform="mac" />);
    pressCtrlSlash('metaKey');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getAllByRole('heading', { level: 3 })[0]!.textContent).toBe('Copydesk');
    const row = within(dialog).getByRole('row', { name: /^Export ▸ HTML \(single file\)/ });
    expect(row.querySelector('kbd')!.textContent).toBe('⇧⌘EShift+Command+E');
    expect(row.querySelector('kbd [aria-hidden="true"]')!.textContent).toBe('⇧⌘E');
    expect(within(dialog).getByRole('row', { name: 'Replace Option+Command+F' })).toBeTruthy();
  });

  it('closes with its Close button', () => {
    render(<App platform="linux" />);
    pressCtrlSlash();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
