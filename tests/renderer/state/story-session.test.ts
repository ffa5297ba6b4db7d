import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, type CopydeskBridge, type OpenedStory, type SavedStory } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { createStory } from '../../../shared/story/create.ts';
import { schemaError } from '../../../shared/story/parse.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { summarizeStory } from '../../../shared/story/summary.ts';
import { StorySession } from '../../../renderer/src/state/story-session.ts';

const ID = '01jq0000000000000000000000';
const rev = (n: number) => n.toString(16).padStart(64, '0');

/** A bridge whose disk is one story.json in memory, with the library's revision check. */
function fakeBridge(initial: Story) {
  const disk = { story: initial, revision: rev(1), next: 2 };
  const listeners = new Map<string, (payload: unknown) => void>();
  let failNextSaves: CopydeskError[] = [];
  const open = vi.fn(async (): Promise<OpenedStory> => ({ story: disk.story, revision: disk.revision, path: '/lib/2026-story', migratedFrom: null }));
  const save = vi.fn(async (args: { id: string; story: Story; baseRevision: string }): Promise<SavedStory> => {
    // As the Node side's dispatch does: every message is checked against the shared schema first.
    const checked = BRIDGE_CHANNELS['story:save'].input.safeParse(args);
    if (!checked.success) throw schemaError('invalid-argument', checked.error, 'Bad arguments for story:save');
    const { story, baseRevision } = args;
    const failure = failNextSaves.shift();
    if (failure) throw failure;
    if (baseRevision !== disk.revision) {
      throw new CopydeskError('conflict', 'The story was changed on disk.', { currentRevision: disk.revision });
    }
    const savedAt = '2026-11-27T22:43:00.000Z';
    disk.story = { ...story, updatedAt: savedAt };
    disk.revision = rev(disk.next++);
    return { revision: disk.revision, savedAt, summary: summarizeStory(disk.story, '2026-story'), path: '/lib/2026-story' };
  });
  const bridge = {
    story: { open, save },
    on: (event: string, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  } as unknown as CopydeskBridge;
  return {
    bridge,
    disk,
    open,
    save,
    failSaves: (...errors: CopydeskError[]) => (failNextSaves = errors),
    emit: (payload: { id: string; revision: string | null }) => listeners.get('onStoryChangedOnDisk')?.(payload),
    /** Another program writes the file. */
    changeOnDisk(change: Partial<Story>) {
      disk.story = { ...disk.story, ...change };
      disk.revision = rev(disk.next++);
      listeners.get('onStoryChangedOnDisk')?.({ id: ID, revision: disk.revision });
    },
  };
}

async function openSession() {
  const fake = fakeBridge(createStory({ id: ID, now: new Date('2026-11-27T22:00:00Z'), headline: 'Storm closes the harbour' }));
  const session = new StorySession(fake.bridge, ID, { autosaveMs: 800, retryDelaysMs: [2_000, 5_000] });
  await vi.waitFor(() => expect(session.getState().phase).toBe('ready'));
  return { fake, session };
}

const setHeadline = (headline: string) => (story: Story) => ({ ...story, headline });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('StorySession', () => {
  it('opens the story and says nothing has changed yet', async () => {
    const { session } = await openSession();
    expect(session.getState()).toMatchObject({ dirty: false, save: { kind: 'unchanged' }, generation: 1 });
    expect(session.getState().story?.headline).toBe('Storm closes the harbour');
  });

  it('saves by itself 800 ms after the last edit, naming the revision it opened', async () => {
    const { fake, session } = await openSession();
    session.edit(setHeadline('Storm closes the harbour again'));
    expect(session.getState().save.kind).toBe('pending');

    await vi.advanceTimersByTimeAsync(799);
    expect(fake.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    expect(fake.save).toHaveBeenCalledTimes(1);
    expect(fake.save.mock.calls[0]![0]).toMatchObject({ id: ID, baseRevision: rev(1) });
    expect(session.getState().save).toEqual({ kind: 'saved', at: '2026-11-27T22:43:00.000Z' });
    expect(session.getState().dirty).toBe(false);
    expect(fake.disk.story.headline).toBe('Storm closes the harbour again');
  });

  it('never says "Saved" while the editor still holds typed words it has not handed over', async () => {
    const { fake, session } = await openSession();
    session.edit(setHeadline('One'));
    await session.saveNow();
    expect(session.getState().save.kind).toBe('saved');

    session.noteUnsyncedEdits(); // a keystroke, batched by the editor
    expect(session.getState()).toMatchObject({ dirty: true, save: { kind: 'pending' } });
    expect(session.hasUnsavedChanges).toBe(true);

    session.edit(setHeadline('One, then two')); // the editor hands it over
    await vi.advanceTimersByTimeAsync(800);
    expect(session.getState().save.kind).toBe('saved');
    expect(fake.disk.story.headline).toBe('One, then two');
  });

  it('saves the words the editor still holds when the person saves before the editor has handed them over', async () => {
    const { fake, session } = await openSession();
    let held: string | null = 'Typed just before Ctrl+S';
    session.takeEditsFrom(() => {
      if (held === null) return;
      const headline = held;
      held = null;
      session.edit(setHeadline(headline));
    });
    session.noteUnsyncedEdits();

    expect(await session.saveNow()).toBe(true);
    expect(fake.save).toHaveBeenCalledTimes(1);
    expect(fake.disk.story.headline).toBe('Typed just before Ctrl+S');
    expect(session.getState().save.kind).toBe('saved');
  });

  it('stops asking an editor that has gone for its edits', async () => {
    const { session } = await openSession();
    const handOver = vi.fn();
    const stop = session.takeEditsFrom(handOver);
    stop();
    await session.saveNow();
    expect(handOver).not.toHaveBeenCalled();
  });

  it('goes back to "Saved" when the batched change turns out to change nothing', async () => {
    const { session } = await openSession();
    session.edit(setHeadline('One'));
    await session.saveNow();
    const saved = session.getState().save;
    session.noteUnsyncedEdits();
    session.edit((story) => story); // typed and deleted again
    expect(session.getState().save).toEqual(saved);
    expect(session.hasUnsavedChanges).toBe(false);
  });

  it('waits for a pause: each keystroke pushes the autosave back', async () => {
    const { fake, session } = await openSession();
    for (const headline of ['S', 'St', 'Sto']) {
      session.edit(setHeadline(headline));
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(fake.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(fake.save).toHaveBeenCalledTimes(1);
  });

  it('names the revision its last save produced in the next save', async () => {
    const { fake, session } = await openSession();
    session.edit(setHeadline('One'));
    await session.saveNow();
    session.edit(setHeadline('Two'));
    await session.saveNow();
    expect(fake.save.mock.calls.map(([args]) => args.baseRevision)).toEqual([rev(1), rev(2)]);
  });

  it('saveNow() saves at once and says whether everything is on disk', async () => {
    const { fake, session } = await openSession();
    session.edit(setHeadline('Now'));
    await expect(session.saveNow()).resolves.toBe(true);
    expect(fake.save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fake.save).toHaveBeenCalledTimes(1); // the autosave it replaced does not run as well
  });

  it('saves edits made while a save was under way right after it', async () => {
    const { fake, session } = await openSession();
    session.edit(setHeadline('First'));
    const first = session.saveNow();
    session.edit(setHeadline('Second'));
    await first;
    expect(session.getState().save.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(800);
    expect(fake.disk.story.headline).toBe('Second');
    expect(session.getState().save.kind).toBe('saved');
  });

  it('keeps the text and says why when a save fails, then tries again by itself', async () => {
    const { fake, session } = await openSession();
    fake.failSaves(new CopydeskError('disk-full', 'Could not save the story: the disk is full.'));
    session.edit(setHeadline('Kept in memory'));
    await vi.advanceTimersByTimeAsync(800);

    const state = session.getState();
    expect(state.save).toMatchObject({ kind: 'failed', error: { code: 'disk-full' } });
    expect(state.dirty).toBe(true);
    expect(state.story?.headline).toBe('Kept in memory');

    await vi.advanceTimersByTimeAsync(2_000);
    expect(fake.save).toHaveBeenCalledTimes(2);
    expect(session.getState().save.kind).toBe('saved');
    expect(fake.disk.story.headline).toBe('Kept in memory');
  });

  it('writes nothing of a story the schema refuses, says which field is wrong, and does not retry', async () => {
    const { fake, session } = await openSession();
    const before = fake.disk.story;
    session.edit((story) => ({ ...story, slug: 'Not A Slug' }));
    await vi.advanceTimersByTimeAsync(800);
    const save = session.getState().save;
    expect(save).toMatchObject({ kind: 'failed', retryAt: null, error: { code: 'invalid-story', details: { field: 'slug' } } });
    expect(save.kind === 'failed' && save.error.message).toMatch(/^The slug must be lowercase/);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.save).toHaveBeenCalledTimes(1);
    expect(fake.disk.story).toBe(before);
  });

  it('stops at a conflict, keeps the edits, and does not save again until the person chooses', async () => {
    const { fake, session } = await openSession();
    fake.disk.revision = rev(99); // changed behind our back, no event
    session.edit(setHeadline('Ours'));
    await vi.advanceTimersByTimeAsync(800);
    expect(session.getState().save.kind).toBe('conflict');

    session.edit(setHeadline('Ours, still typing'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.save).toHaveBeenCalledTimes(1);
    expect(session.getState().story?.headline).toBe('Ours, still typing');
  });

  it('"Reload from disk" drops the edits and shows the disk’s version as a new generation', async () => {
    const { fake, session } = await openSession();
    session.edit(setHeadline('Ours'));
    fake.changeOnDisk({ headline: 'Theirs' });
    expect(session.getState().save.kind).toBe('conflict');

    await session.reloadFromDisk();
    expect(session.getState()).toMatchObject({ dirty: false, generation: 2, save: { kind: 'unchanged' } });
    expect(session.getState().story?.headline).toBe('Theirs');
  });

  it('"Keep mine" takes the disk’s current revision and saves this version over it', async () => {
    const { fake, session } = await openSession();
    session.edit(setHeadline('Ours'));
    fake.changeOnDisk({ headline: 'Theirs' });

    await session.keepMine();
    expect(session.getState().save.kind).toBe('saved');
    expect(fake.disk.story.headline).toBe('Ours');
  });

  it('reloads quietly when the story changes on disk and nothing here is unsaved', async () => {
    const { fake, session } = await openSession();
    fake.changeOnDisk({ headline: 'Fixed by the night desk' });
    await vi.waitFor(() => expect(session.getState().story?.headline).toBe('Fixed by the night desk'));
    expect(session.getState().save.kind).toBe('unchanged');
    expect(session.getState().generation).toBe(2);
    expect(session.getState().notice).toBe('Updated with a change made on disk.');
  });

  it('asks instead of reloading when the person types while the disk’s version is on its way', async () => {
    const { fake, session } = await openSession();
    let arrive: () => void = () => {};
    const original = fake.open.getMockImplementation()!;
    fake.open.mockImplementationOnce(() => new Promise((resolve) => (arrive = () => resolve(original()))));

    fake.changeOnDisk({ headline: 'Theirs' });
    session.edit(setHeadline('Ours, typed just then'));
    arrive();

    await vi.waitFor(() => expect(session.getState().save.kind).toBe('conflict'));
    expect(session.getState().story?.headline).toBe('Ours, typed just then');
  });

  it('ignores the echo of its own save, even one that arrives while the save is under way', async () => {
    const { fake, session } = await openSession();
    session.edit(setHeadline('Ours'));
    const saving = session.saveNow();
    // The file watcher reports the write before the save call has answered.
    await vi.waitFor(() => expect(fake.disk.story.headline).toBe('Ours'));
    fake.emit({ id: ID, revision: fake.disk.revision });
    await saving;
    fake.emit({ id: ID, revision: fake.disk.revision });

    expect(fake.open).toHaveBeenCalledTimes(1); // only the first open
    expect(session.getState().save.kind).toBe('saved');
  });

  it('ignores changes to other stories', async () => {
    const { fake, session } = await openSession();
    session.edit(setHeadline('Ours'));
    fake.emit({ id: '01jq0000000000000000000001', revision: rev(50) });
    expect(session.getState().save.kind).toBe('pending');
  });
});
