import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { setupSingleInstance } = await import('../../../electron/shell/single-instance.ts');

beforeEach(() => {
  electron.app.removeAllListeners();
  electron.app.quit.mockClear();
});

describe('setupSingleInstance()', () => {
  it('lets the first Copydesk run and calls back when another is launched', () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(true);
    const onSecondInstance = vi.fn();
    expect(setupSingleInstance(onSecondInstance)).toBe(true);
    electron.app.emit('second-instance', {}, [], '/');
    expect(onSecondInstance).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('quits a second Copydesk, which hands over to the first', () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    expect(setupSingleInstance(() => {})).toBe(false);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(0);
  });
});
