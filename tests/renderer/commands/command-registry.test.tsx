// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCommandRegistry, useCommandHandler } from '../../../renderer/src/commands/command-registry.ts';

afterEach(cleanup);

describe('createCommandRegistry()', () => {
  it('runs the handler registered for a command, with the request', () => {
    const registry = createCommandRegistry();
    const open = vi.fn();
    registry.register('export', open);
    expect(registry.run({ command: 'export', format: 'md' })).toBe(true);
    expect(open).toHaveBeenCalledWith({ command: 'export', format: 'md' });
  });

  it('runs nothing, and throws nothing, for a command nobody has registered for', () => {
    const registry = createCommandRegistry();
    expect(registry.has('find')).toBe(false);
    expect(registry.run({ command: 'find' })).toBe(false);
  });

  it('runs the handler registered last, and the one before once that is taken back', () => {
    const registry = createCommandRegistry();
    const library = vi.fn();
    const story = vi.fn();
    registry.register('print', library);
    const release = registry.register('print', story);
    registry.run({ command: 'print' });
    release();
    registry.run({ command: 'print' });
    expect(story).toHaveBeenCalledTimes(1);
    expect(library).toHaveBeenCalledTimes(1);
    release(); // twice is harmless
    expect(registry.has('print')).toBe(true);
  });
});

describe('useCommandHandler()', () => {
  it('carries the command out while mounted and enabled, always with the latest handler', () => {
    const registry = createCommandRegistry();
    const first = vi.fn();
    const second = vi.fn();
    const { rerender, unmount } = renderHook(({ handler, enabled }) => useCommandHandler('save', handler, enabled, registry), {
      initialProps: { handler: first, enabled: false },
    });
    expect(registry.has('save')).toBe(false);

    rerender({ handler: first, enabled: true });
    rerender({ handler: second, enabled: true });
    registry.run({ command: 'save' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);

    unmount();
    expect(registry.has('save')).toBe(false);
  });
});
