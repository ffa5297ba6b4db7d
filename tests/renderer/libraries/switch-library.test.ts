// @vitest-environment jsdom
// Changing the window's library saves what is open first, and never switches while a story's edits exist
// only in this window.

import { describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, OpenedStory, SavedStory } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { summarizeStory } from '../../../shared/story/summary.ts';
import { switchLibrary, takeLibraryOpenedNote } from '../../../renderer/src/libraries/switch-library.ts';
import { adoptOpenedStory, configureStorySessions } from '../../../renderer/src/state/use-story-session.ts';

configureStorySessions({ autosaveMs: 60_000, retryDelaysMs: [60_000] });

/** A bridge with one story open and a second library to go to; saves fail while `diskFull` is set. */
function setup(id: string, options: { diskFull: boolean }) {
  const story = createStory({ id, now: new Date('2026-11-28T09:00:00Z'), headline: 'Council passes the budget' });
  const saved: Story[] = [];
  const save = vi.fn(async ({ story: next }: { story: Story }): Promise<SavedStory> => {
    if (options.diskFull) throw new CopydeskError('disk-full', 'The disk is full.');
    saved.push(next);
    return { revision: 'b'.repeat(64), savedAt: '2026-11-28T09:01:00.000Z', summary: summarizeStory(next, '2026-x'), path: '/lib/2026-x' };
  });
  const open = vi.fn(async ({ path }: { path: string }) => ({ path, storyCount: 3, rebuiltIndex: false }));
  const bridge = { story: { save }, library: { open }, on: () => () => {} } as unknown as CopydeskBridge;
  const opened: OpenedStory = { story, revision: 'a'.repeat(64), path: '/lib/2026-x', migratedFrom: null };
  const session = adoptOpenedStory(bridge, opened);
  session.edit((current) => ({ ...current, headline: 'Council passes the budget, 7–2' }));
  const page = { setHash: vi.fn(), reload: vi.fn() };
  return { bridge, open, saved, page, session };
}

describe('switchLibrary()', () => {
  it('saves the story being typed, opens the library, and starts the window afresh in it', async () => {
    const { bridge, open, saved, page, session } = setup('01jq0000000000000000000001', { diskFull: false });
    await switchLibrary(bridge, { path: '/home/ana/Courts desk' }, page);
    expect(saved.map((story) => story.headline)).toEqual(['Council passes the budget, 7–2']);
    expect(session.hasUnsavedChanges).toBe(false);
    expect(open).toHaveBeenCalledWith({ path: '/home/ana/Courts desk' });
    expect(page.setHash).toHaveBeenCalledWith('#/');
    expect(page.reload).toHaveBeenCalledOnce();
    expect(takeLibraryOpenedNote()).toEqual({ path: '/home/ana/Courts desk', storyCount: 3 });
    expect(takeLibraryOpenedNote()).toBeNull(); // shown once
    session.destroy();
  });

  it('goes straight to a story when one was chosen from Open Recent', async () => {
    const { bridge, page, session } = setup('01jq0000000000000000000002', { diskFull: false });
    await switchLibrary(bridge, { path: '/home/ana/Courts desk', storyId: '01jq00000000000000000000zz' }, page);
    expect(page.setHash).toHaveBeenCalledWith('#/story/01jq00000000000000000000zz');
    session.destroy();
  });

  it('does not switch while a story cannot be saved, and names it', async () => {
    const { bridge, open, page, session } = setup('01jq0000000000000000000003', { diskFull: true });
    await expect(switchLibrary(bridge, { path: '/home/ana/Courts desk' }, page)).rejects.toThrow(
      '“Council passes the budget, 7–2” could not be saved, so the library was not changed. Open the story to see why.',
    );
    expect(open).not.toHaveBeenCalled();
    expect(page.reload).not.toHaveBeenCalled();
    expect(session.hasUnsavedChanges).toBe(true);
    session.destroy();
  });
});
