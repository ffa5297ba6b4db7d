// The story session and the recovery journal: every edit journaled on a schedule that never touches the
// keystroke, and what the journal kept taken back when the story opens after Copydesk closed unsaved.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, OpenedStory, RecordEditsArgs, RecoveredEdits, SavedStory } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { applyStoryChanges } from '../../../shared/recovery/story-changes.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { BodyBlock, Story } from '../../../shared/story/schema.ts';
import { summarizeStory } from '../../../shared/story/summary.ts';
import { recoveredDetails, recoveredTitle } from '../../../renderer/src/recovery/recovery-note.ts';
import { StorySession } from '../../../renderer/src/state/story-session.ts';
import { generateStory } from '../../bench/story/generate-story.ts';

const ID = '01jq0000000000000000000000';
const rev = (n: number) => n.toString(16).padStart(64, '0');
const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });

function baseStory(...texts: string[]): Story {
  const story = createStory({ id: ID, now: new Date('2026-11-27T10:00:00Z'), headline: 'Storm closes the harbour' });
  return { ...story, body: texts.map(paragraph) };
}

/** A bridge with one story.json on disk and a journal that replays what it is sent, as the Node side does. */
function fakeBridge(initial: Story, recovered: RecoveredEdits | null = null) {
  const disk = { story: initial, revision: rev(1), next: 2 };
  const journal = { story: null as Story | null, entries: [] as RecordEditsArgs[], saved: [] as { seq: number; revision: string }[] };
  let failSaves: CopydeskError | null = null;
  const listeners = new Map<string, (payload: unknown) => void>();
  const save = vi.fn(async ({ story, baseRevision }: { story: Story; baseRevision: string }): Promise<SavedStory> => {
    if (failSaves) throw failSaves;
    if (baseRevision !== disk.revision) throw new CopydeskError('conflict', 'Changed on disk.', { currentRevision: disk.revision });
    const savedAt = '2026-11-27T10:45:00.000Z';
    disk.story = { ...story, updatedAt: savedAt };
    disk.revision = rev(disk.next++);
    return { revision: disk.revision, savedAt, summary: summarizeStory(disk.story, '2026-story'), path: '/lib/2026-story' };
  });
  const record = vi.fn(async (entry: RecordEditsArgs) => {
    const { edit } = entry;
    if (edit.kind === 'from-disk' && entry.baseRevision !== disk.revision) return { status: 'needs-whole-story' as const };
    journal.entries.push(entry);
    if (edit.kind === 'whole') journal.story = edit.story;
    else journal.story = applyStoryChanges(edit.kind === 'from-disk' ? disk.story : journal.story!, edit);
    return { status: 'kept' as const };
  });
  const bridge = {
    story: {
      open: vi.fn(async (): Promise<OpenedStory> => ({ story: disk.story, revision: disk.revision, path: '/lib/2026-story', migratedFrom: null })),
      save,
    },
    recovery: {
      read: vi.fn(async () => recovered),
      record,
      saved: vi.fn(async (marker: { seq: number; revision: string }) => {
        journal.saved.push({ seq: marker.seq, revision: marker.revision });
        return null;
      }),
      discard: vi.fn(async () => null),
    },
    on: (event: string, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  } as unknown as CopydeskBridge & { recovery: { read: ReturnType<typeof vi.fn>; discard: ReturnType<typeof vi.fn> } };
  return {
    bridge,
    disk,
    journal,
    save,
    record,
    failSaves: (error: CopydeskError | null) => (failSaves = error),
    changeOnDisk(change: Partial<Story>) {
      disk.story = { ...disk.story, ...change };
      disk.revision = rev(disk.next++);
      listeners.get('onStoryChangedOnDisk')?.({ id: ID, revision: disk.revision });
    },
  };
}

async function openSession(fake: ReturnType<typeof fakeBridge>) {
  const session = new StorySession(fake.bridge, ID, { autosaveMs: 800, retryDelaysMs: [2_000] });
  await vi.waitFor(() => expect(session.getState().phase).toBe('ready'));
  return session;
}

const typeParagraph = (index: number, text: string) => (story: Story) => {
  const body = [...story.body];
  body[index] = paragraph(text);
  return { ...story, body };
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('StorySession and the recovery journal', () => {
  it('journals an edit within a second, though the autosave has not run yet', async () => {
    const fake = fakeBridge(baseStory('The storm reached the harbour.'));
    const session = await openSession(fake);
    session.edit(typeParagraph(0, 'The storm reached the harbour at dawn.'));
    expect(fake.record).not.toHaveBeenCalled(); // not inside the edit
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.save).not.toHaveBeenCalled();
    expect(fake.journal.story?.body).toEqual([paragraph('The storm reached the harbour at dawn.')]);
    expect(session.getState().journal.kind).toBe('kept');
  });

  it('keeps journaling while saves fail, and the failing save’s banner can say the words are safe', async () => {
    const fake = fakeBridge(baseStory('One.'));
    const session = await openSession(fake);
    fake.failSaves(new CopydeskError('disk-full', 'Could not save story.json: the disk is full.'));
    for (let n = 1; n <= 30; n++) {
      session.edit(typeParagraph(0, `One, and ${n} more.`));
      await vi.advanceTimersByTimeAsync(200);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(session.getState().save).toMatchObject({ kind: 'failed', error: { code: 'disk-full' } });
    expect(fake.journal.story?.body).toEqual([paragraph('One, and 30 more.')]);
    expect(session.getState().journal.kind).toBe('kept');
  });

  it('keeps journaling through a conflict, which stops the saves', async () => {
    const fake = fakeBridge(baseStory('Ours.'));
    const session = await openSession(fake);
    session.edit(typeParagraph(0, 'Ours, typed.'));
    fake.changeOnDisk({ headline: 'Theirs' });
    expect(session.getState().save.kind).toBe('conflict');
    // Each edit made while the conflict stands is journaled, not only one already on its way when it began.
    for (const text of ['Ours, typed on through the conflict.', 'Ours, typed on through the conflict, and on.']) {
      session.edit(typeParagraph(0, text));
      await vi.advanceTimersByTimeAsync(2_000);
      expect(session.getState().save.kind).toBe('conflict');
      expect(fake.journal.story?.body).toEqual([paragraph(text)]);
    }
  });

  it('marks each save in the journal with the edit it reached and the revision it wrote', async () => {
    const fake = fakeBridge(baseStory('One.'));
    const session = await openSession(fake);
    session.edit(typeParagraph(0, 'One. Two.'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.journal.saved).toEqual([{ seq: 1, revision: fake.disk.revision }]);
  });

  it('drops the journal when the person takes the version on disk', async () => {
    const fake = fakeBridge(baseStory('Ours.'));
    const session = await openSession(fake);
    session.edit(typeParagraph(0, 'Ours, typed.'));
    fake.changeOnDisk({ headline: 'Theirs' });
    await session.reloadFromDisk();
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.bridge.recovery.discard).toHaveBeenCalledWith({ id: ID });
  });

  it('never sends the whole of a 100,000-word story: typing in one paragraph sends that paragraph', async () => {
    const { story: long } = generateStory({ words: 100_000, photos: 20, videos: 5, seed: 7 });
    const fake = fakeBridge(long);
    const session = await openSession(fake);
    const index = Math.floor(long.body.length / 2);
    session.edit(typeParagraph(index, 'A first sentence typed into the middle of the story.'));
    await vi.advanceTimersByTimeAsync(1);
    session.edit(typeParagraph(index, 'A first sentence typed into the middle of the story, and a second.'));
    await vi.advanceTimersByTimeAsync(1_000);

    expect(JSON.stringify(long).length).toBeGreaterThan(500_000);
    const [first, second] = fake.journal.entries;
    expect(first?.edit.kind).toBe('from-disk');
    expect(JSON.stringify(first).length).toBeLessThan(1_000);
    expect(second?.edit.kind).toBe('changes');
    expect(JSON.stringify(second).length).toBeLessThan(1_000);
    expect(fake.journal.story).toEqual(session.getState().story);
  });
});

describe('opening a story the journal holds unsaved edits of', () => {
  const disk = baseStory('The storm reached the harbour.');
  const typed = { ...disk, body: [paragraph('The storm reached the harbour at dawn, and boats stayed in port overnight.')] };
  const recovered = (change: Partial<RecoveredEdits> = {}): RecoveredEdits => ({
    story: typed,
    baseRevision: rev(1),
    typedAt: '2026-11-27T10:42:00.000Z',
    unreadableEntries: 0,
    ...change,
  });

  it('shows the recovered words, says so, and saves them', async () => {
    const fake = fakeBridge(disk, recovered());
    const session = await openSession(fake);
    const state = session.getState();
    expect(state.story?.body).toEqual(typed.body);
    expect(state.dirty).toBe(true);
    expect(session.hasUnsavedChanges).toBe(true);
    expect(recoveredTitle(state.recovered!, 'en-GB')).toBe('Recovered 8 words typed before Copydesk closed at 10:42.');
    expect(recoveredDetails(state.recovered!)).toEqual(['They were not saved before it closed; Copydesk saves them now.']);

    await vi.advanceTimersByTimeAsync(800);
    expect(fake.disk.story.body).toEqual(typed.body);
    expect(recoveredDetails(session.getState().recovered!)).toEqual(['They are saved now.']);
    // Journaled again as this window's: what it changed from the story on disk.
    expect(fake.journal.entries[0]?.edit).toMatchObject({ kind: 'from-disk', body: { blocks: typed.body } });
  });

  it('writes nothing over a story that changed on disk since: the person chooses, as in any conflict', async () => {
    const fake = fakeBridge({ ...disk, headline: 'Changed elsewhere' }, recovered({ baseRevision: rev(40) }));
    const session = await openSession(fake);
    expect(session.getState()).toMatchObject({ save: { kind: 'conflict' }, story: { body: typed.body }, recovered: { diskChanged: true } });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.save).not.toHaveBeenCalled();

    await session.keepMine();
    expect(fake.disk.story.body).toEqual(typed.body);
  });

  it('says when the last moments could not be read back', async () => {
    const fake = fakeBridge(disk, recovered({ unreadableEntries: 1 }));
    const session = await openSession(fake);
    expect(recoveredDetails(session.getState().recovered!)).toContain(
      'The last moment before it closed could not be read back: the final words typed may be missing.',
    );
  });

  it('offers nothing, and forgets the journal, when the disk already has those edits', async () => {
    const fake = fakeBridge(disk, recovered({ story: { ...disk, updatedAt: '2026-11-27T10:41:00.000Z' }, baseRevision: rev(7) }));
    const session = await openSession(fake);
    expect(session.getState()).toMatchObject({ recovered: null, dirty: false, save: { kind: 'unchanged' } });
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.bridge.recovery.discard).toHaveBeenCalledWith({ id: ID });
  });

  it('opens the story as on disk when the journal cannot be read', async () => {
    const fake = fakeBridge(disk);
    fake.bridge.recovery.read.mockRejectedValue(new CopydeskError('io', 'Could not read the recovery copy.'));
    const session = await openSession(fake);
    expect(session.getState()).toMatchObject({ phase: 'ready', story: disk, recovered: null });
  });

  it('offers to save the edits as a new story when the story itself can no longer be opened', async () => {
    const fake = fakeBridge(disk, recovered());
    const gone = new CopydeskError('not-found', 'There is no story with id 01jq0000000000000000000000 in the library.');
    (fake.bridge.story.open as ReturnType<typeof vi.fn>).mockRejectedValue(gone);
    const copy: OpenedStory = { story: { ...typed, id: '01jq0000000000000000000009' }, revision: rev(9), path: '/lib/copy', migratedFrom: null };
    const saveCopy = vi.fn(async () => copy);
    Object.assign(fake.bridge.story, { saveCopy });
    const session = new StorySession(fake.bridge, ID, {});
    await vi.waitFor(() => expect(session.getState().phase).toBe('failed'));
    expect(session.getState()).toMatchObject({ loadError: { code: 'not-found' }, strandedEdits: { story: typed } });

    expect(await session.saveStrandedEdits()).toBe(copy);
    expect(saveCopy).toHaveBeenCalledWith({ story: typed });
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.bridge.recovery.discard).toHaveBeenCalledWith({ id: ID });
    expect(session.getState().strandedEdits).toBeNull();
  });
});
