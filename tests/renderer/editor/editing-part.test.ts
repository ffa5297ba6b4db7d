import { describe, expect, it, vi } from 'vitest';
import { createEditingPartStore, editingPartAt } from '../../../renderer/src/editor/editing-part.ts';

describe('editingPartAt()', () => {
  it('names the region of a point’s path', () => {
    expect(editingPartAt([0, 0])).toEqual({ region: 'headline' });
    expect(editingPartAt([2, 1, 0])).toEqual({ region: 'highlights' });
    expect(editingPartAt([4, 1, 0])).toEqual({ region: 'dateline' });
    expect(editingPartAt([5, 0, 1, 0])).toEqual({ region: 'lead' });
  });

  it('names the block of the body and the video of the related videos', () => {
    expect(editingPartAt([6, 3, 0])).toEqual({ region: 'body', index: 3 });
    expect(editingPartAt([6, 2, 0, 1, 0, 0])).toEqual({ region: 'body', index: 2 });
    expect(editingPartAt([7, 1, 0, 0])).toEqual({ region: 'related-videos', index: 1 });
  });

  it('names nothing outside the regions', () => {
    expect(editingPartAt([8, 0])).toBeNull();
    expect(editingPartAt([])).toBeNull();
  });
});

describe('createEditingPartStore()', () => {
  it('tells its listeners only when the caret moves to another part', () => {
    const store = createEditingPartStore();
    const listener = vi.fn();
    store.subscribe(listener);

    store.set({ region: 'body', index: 1 });
    store.set({ region: 'body', index: 1 }); // typing on in the same paragraph
    store.set({ region: 'body', index: 2 });
    store.set({ region: 'headline' });

    expect(listener).toHaveBeenCalledTimes(3);
    expect(store.get()).toEqual({ region: 'headline' });
  });
});
