// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { withRevivedErrors } from '../../../renderer/src/bridge/get-bridge.ts';

afterEach(() => {
  vi.resetModules();
  delete window.copydesk;
});

/** What the Electron preload exposes: calls that reject with plain data, since contextBridge strips Errors. */
function preloadLike(): { bridge: CopydeskBridge; list: ReturnType<typeof vi.fn>; open: ReturnType<typeof vi.fn> } {
  const list = vi.fn(async () => [{ id: 'a' }]);
  const open = vi.fn(async () => {
    throw { name: 'CopydeskError', code: 'not-found', message: 'There is no story with id x.' };
  });
  const bridge = { library: { list }, story: { open }, on: vi.fn(() => () => {}) } as unknown as CopydeskBridge;
  return { bridge, list, open };
}

describe('getBridge()', () => {
  it('uses the Electron preload’s bridge when the window has one', async () => {
    const { bridge, list } = preloadLike();
    window.copydesk = bridge;
    const { getBridge } = await import('../../../renderer/src/bridge/get-bridge.ts');
    await expect(getBridge().library.list({})).resolves.toEqual([{ id: 'a' }]);
    expect(list).toHaveBeenCalledWith({});
  });

  it('falls back to the HTTP bridge in a plain browser', async () => {
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(new Response('{"ok":true,"value":[]}'));
    window.history.replaceState(null, '', '/?token=abc');
    const { getBridge } = await import('../../../renderer/src/bridge/get-bridge.ts');
    await expect(getBridge().library.list({})).resolves.toEqual([]);
    expect(new Headers(fetch.mock.calls[0]![1]?.headers).get('X-Copydesk-Token')).toBe('abc');
    fetch.mockRestore();
  });
});

describe('withRevivedErrors()', () => {
  it('turns the preload’s plain-data rejections into CopydeskErrors with their code', async () => {
    const { bridge, open } = preloadLike();
    const thrown = await withRevivedErrors(bridge)
      .story.open({ id: 'x' })
      .catch((caught: unknown) => caught);
    expect(open).toHaveBeenCalledWith({ id: 'x' });
    expect(thrown).toBeInstanceOf(CopydeskError);
    expect(thrown).toMatchObject({ code: 'not-found', message: 'There is no story with id x.' });
  });

  it('passes event subscriptions through to the preload', () => {
    const { bridge } = preloadLike();
    const listener = vi.fn();
    withRevivedErrors(bridge).on('onLibraryChanged', listener);
    expect(bridge.on).toHaveBeenCalledWith('onLibraryChanged', listener);
  });
});
