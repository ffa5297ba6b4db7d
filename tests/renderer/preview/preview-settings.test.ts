// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  localStorage.clear();
  vi.resetModules(); // each test reads the storage afresh
});

const load = () => import('../../../renderer/src/preview/preview-settings.ts');

describe('the preview settings', () => {
  it('start with the pane closed at desktop width', async () => {
    const { previewShown, previewWidth } = await load();
    expect(previewShown.get()).toBe(false);
    expect(previewWidth.get()).toBe('desktop');
  });

  it('are remembered in this browser’s storage', async () => {
    const first = await load();
    first.previewShown.set(true);
    first.previewWidth.set('phone');
    vi.resetModules();
    const again = await load();
    expect(again.previewShown.get()).toBe(true);
    expect(again.previewWidth.get()).toBe('phone');
  });

  it('tell their listeners about a change', async () => {
    const { previewShown } = await load();
    const listener = vi.fn();
    const stop = previewShown.subscribe(listener);
    previewShown.set(true);
    stop();
    previewShown.set(false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('read an unknown stored width as desktop', async () => {
    localStorage.setItem('copydesk.preview.width', 'tablet');
    const { previewWidth } = await load();
    expect(previewWidth.get()).toBe('desktop');
  });
});
