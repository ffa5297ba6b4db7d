import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNEL_NAMES, type CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { electron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

await import('../../../electron/preload.ts');
const copydesk = electron.contextBridge.exposed['copydesk'] as CopydeskBridge;
const { ipcRenderer } = electron;

beforeEach(() => {
  ipcRenderer.invoke.mockReset();
});

describe('the preload', () => {
  it('exposes the bridge as window.copydesk and nothing else', () => {
    expect(Object.keys(electron.contextBridge.exposed)).toEqual(['copydesk']);
    // One group per group of the contract's channels ("story:open" → copydesk.story.open), and `on` for events.
    const groups = new Set(BRIDGE_CHANNEL_NAMES.map((name) => name.split(':')[0]!));
    expect(Object.keys(copydesk).sort()).toEqual([...groups, 'on'].sort());
    expect(groups).toContain('story');
    // Exactly the contract's story channels: the preload is built from the contract, never written by hand.
    const storyVerbs = BRIDGE_CHANNEL_NAMES.filter((name) => name.startsWith('story:')).map((name) => name.slice(6));
    expect(storyVerbs).toEqual(expect.arrayContaining(['open', 'save', 'restore']));
    expect(Object.keys(copydesk.story).sort()).toEqual(storyVerbs.sort());
  });

  it('sends a call on its channel with its argument and answers with the value', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: [] });
    await expect(copydesk.story.revisions({ id: 'x' })).resolves.toEqual([]);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('story:revisions', { id: 'x' });
  });

  it('rejects a failed call with plain error data the renderer can revive, code and details included', async () => {
    const error = { code: 'conflict', message: 'The story was changed on disk.', currentRevision: 'a'.repeat(64) };
    ipcRenderer.invoke.mockResolvedValue({ ok: false, error });
    const reason = await copydesk.story.open({ id: 'x' }).catch((caught: unknown) => caught);
    expect(reason).toEqual({ name: 'CopydeskError', ...error });
    // Plain data survives contextBridge whole (an Error would keep only its message) …
    expect(structuredClone(reason)).toEqual(reason);
    // … and turns back into the typed error on the other side.
    const { name: _name, ...serialized } = reason as typeof error & { name: string };
    expect(CopydeskError.fromJSON(serialized as never)).toMatchObject({ code: 'conflict', details: { currentRevision: 'a'.repeat(64) } });
  });

  it('delivers bridge events to their listeners with the payload only, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = copydesk.on('onLibraryChanged', listener);
    ipcRenderer.emit('copydesk:event', { sender: 'ipc event' }, 'onLibraryChanged', { reason: 'created' });
    ipcRenderer.emit('copydesk:event', { sender: 'ipc event' }, 'onStoryChangedOnDisk', { id: 'x', revision: null });
    expect(listener.mock.calls).toEqual([[{ reason: 'created' }]]);

    unsubscribe();
    ipcRenderer.emit('copydesk:event', {}, 'onLibraryChanged', { reason: 'trashed' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount('copydesk:event')).toBe(0);
  });

  it('refuses to subscribe to an event the bridge does not have', () => {
    expect(() => copydesk.on('onSomethingElse' as never, () => {})).toThrow(/no bridge event/);
  });
});
