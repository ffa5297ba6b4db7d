// @vitest-environment jsdom
import { cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeEvents, CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { ExportMenu } from '../../../renderer/src/export/export-menu.tsx';
import { useExportCommands } from '../../../renderer/src/export/use-export-commands.ts';
import { useCommandDispatcher } from '../../../renderer/src/commands/command-dispatcher.ts';
import type { ExportFormat } from '../../../shared/render/export-format.ts';

function fakeBridge() {
  const listeners = new Set<(command: BridgeEvents['onMenuCommand']) => void>();
  const bridge = {
    on: (event: string, listener: (command: BridgeEvents['onMenuCommand']) => void) => {
      if (event === 'onMenuCommand') listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as CopydeskBridge;
  return { bridge, menu: (command: BridgeEvents['onMenuCommand']) => listeners.forEach((listener) => listener(command)), listeners };
}

afterEach(cleanup);

/** The export hook, with the app's key dispatcher (which hears the keys and the menu) mounted beside it. */
function useExportCommandsInApp(bridge: CopydeskBridge, enabled: boolean, open: (format: ExportFormat) => void) {
  useCommandDispatcher(bridge, { platform: 'linux' });
  useExportCommands(enabled, open);
}

describe('useExportCommands()', () => {
  it('opens the single-file HTML export on Ctrl+Shift+E', () => {
    const open = vi.fn();
    renderHook(() => useExportCommandsInApp(fakeBridge().bridge, true, open));
    const press = new KeyboardEvent('keydown', { key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true, cancelable: true });
    window.dispatchEvent(press);
    expect(open).toHaveBeenCalledWith('html');
    expect(press.defaultPrevented).toBe(true);
  });

  it('opens the format the desktop app’s File ▸ Export menu names', () => {
    const open = vi.fn();
    const { bridge, menu } = fakeBridge();
    renderHook(() => useExportCommandsInApp(bridge, true, open));
    menu({ command: 'export', format: 'md' });
    expect(open).toHaveBeenCalledWith('md');
  });

  it('does nothing while no story is ready, and stops listening when unmounted', () => {
    const open = vi.fn();
    const { bridge, menu, listeners } = fakeBridge();
    const { rerender, unmount } = renderHook(({ enabled }) => useExportCommandsInApp(bridge, enabled, open), { initialProps: { enabled: false } });
    const press = new KeyboardEvent('keydown', { key: 'e', ctrlKey: true, shiftKey: true, cancelable: true });
    window.dispatchEvent(press);
    menu({ command: 'export', format: 'txt' });
    expect(open).not.toHaveBeenCalled();
    expect(press.defaultPrevented).toBe(false); // the key goes on to the browser

    rerender({ enabled: true });
    unmount();
    expect(listeners.size).toBe(0);
    menu({ command: 'export', format: 'txt' });
    expect(open).not.toHaveBeenCalled();
  });
});

describe('<ExportMenu>', () => {
  it('offers every format, each opening the dialog on it', async () => {
    const onChoose = vi.fn();
    render(<ExportMenu onChoose={onChoose} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Export' }), { key: 'Enter' });

    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'HTML (single file)…',
      'HTML (folder)…',
      'Markdown…',
      'Plain text (wire style)…',
      'Story JSON…',
    ]);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Markdown…' }));
    expect(onChoose).toHaveBeenCalledWith('md');
  });
});
