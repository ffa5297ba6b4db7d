// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandRegistry } from '../../../renderer/src/commands/command-registry.ts';
import { StoryMenu } from '../../../renderer/src/commands/story-menu.tsx';

afterEach(cleanup);

describe('<StoryMenu>', () => {
  it('offers the story’s File commands and the shortcut sheet, with their keys, each running its command', async () => {
    const duplicate = vi.fn();
    const release = commandRegistry.register('duplicate', duplicate);
    try {
      render(<StoryMenu />);
      fireEvent.keyDown(screen.getByRole('button', { name: 'Story' }), { key: 'Enter' });
      const items = await screen.findAllByRole('menuitem');
      expect(items.map((item) => item.textContent)).toEqual(['Print…Ctrl+P', 'Export PDF…', 'Duplicate', 'Move to Trash…', 'Keyboard ShortcutsCtrl+/']);
      expect(items[0]!.getAttribute('aria-keyshortcuts')).toBe('Control+P');
      fireEvent.click(screen.getByRole('menuitem', { name: 'Duplicate' }));
      expect(duplicate).toHaveBeenCalledWith({ command: 'duplicate' });
    } finally {
      release();
    }
  });
});
