import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, JournalReceipt, RecordEditsArgs } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { BodyBlock, Story } from '../../../shared/story/schema.ts';
import { StoryJournal, type JournalStatus } from '../../../renderer/src/recovery/story-journal.ts';

const ID = '01jq0000000000000000000000';
const REVISION = 'a'.repeat(64);
const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });

/** A story being typed: `type()` makes the edits a session would, one new block object per edit. */
function typing(paragraphs = 3) {
  const start = createStory({ id: ID, now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' });
  let story: Story = { ...start, body: Array.from({ length: paragraphs }, (_, n) => paragraph(`Paragraph ${n}.`)) };
  let seq = 0;
  const opened = story;
  let onDisk: { story: Story; revision: string } | null = { story: opened, revision: REVISION };
  return {
    source: { story: () => story, editCount: () => seq, baseRevision: () => REVISION, onDisk: () => onDisk },
    /** The session no longer knows what is on disk at its base revision (after taking recovered edits in, say). */
    forgetDisk() {
      onDisk = null;
    },
    type(text: string, index = story.body.length - 1) {
      const body = [...story.body];
      body[index] = paragraph(text);
      story = { ...story, body };
      seq++;
    },
    get story() {
      return story;
    },
  };
}

function fakeRecoveryBridge() {
  const calls: { at: number; args: RecordEditsArgs }[] = [];
  let answer: () => Promise<JournalReceipt> = async () => ({ status: 'kept' });
  const record = vi.fn(async (args: RecordEditsArgs) => {
    calls.push({ at: Date.now(), args });
    return answer();
  });
  const saved = vi.fn(async () => null);
  const discard = vi.fn(async () => null);
  const bridge = { recovery: { record, saved, discard } } as unknown as CopydeskBridge;
  return { bridge, calls, record, saved, discard, answerWith: (next: () => Promise<JournalReceipt>) => (answer = next) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('StoryJournal', () => {
  it('never writes inside the edit itself: the entry follows once the edit’s handler has returned', async () => {
    const fake = fakeRecoveryBridge();
    const story = typing();
    const journal = new StoryJournal(fake.bridge, ID, story.source);
    story.type('Typed.');
    journal.schedule();
    expect(fake.record).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.record).toHaveBeenCalledTimes(1);
  });

  it('writes at most once a second while typing goes on, and each edit within about a second', async () => {
    const fake = fakeRecoveryBridge();
    const story = typing();
    const journal = new StoryJournal(fake.bridge, ID, story.source);
    const typedAt: number[] = [];
    const start = Date.now();
    for (let n = 1; n <= 100; n++) {
      // A keystroke's worth every 50 ms for 5 s, as the editor hands typing over (at most each second) or
      // as the desk's fields hand over each keystroke.
      story.type(`Words typed ${n}`);
      typedAt.push(Date.now());
      journal.schedule();
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(2_000);

    const times = fake.calls.map((call) => call.at);
    expect(times.length).toBeGreaterThanOrEqual(5);
    expect(times.length).toBeLessThanOrEqual(6);
    for (let n = 1; n < times.length; n++) expect(times[n]! - times[n - 1]!).toBeGreaterThanOrEqual(1000);
    // Every edit is in an entry written no more than a second after it was made.
    typedAt.forEach((at, index) => {
      const entry = fake.calls.find((call) => call.args.seq >= index + 1);
      expect(entry, `edit ${index + 1}`).toBeDefined();
      expect(entry!.at - at).toBeLessThanOrEqual(1000);
    });
    expect(fake.calls.at(-1)!.args.seq).toBe(100);
    expect(Date.now() - start).toBeGreaterThan(5_000);
  });

  it('sends only the blocks typed in: first what changed from the story on disk, then since the entry before', async () => {
    const fake = fakeRecoveryBridge();
    const story = typing(500);
    const journal = new StoryJournal(fake.bridge, ID, story.source);
    story.type('First words.', 200);
    journal.schedule();
    await vi.advanceTimersByTimeAsync(0);
    story.type('First words, and more.', 200);
    journal.schedule();
    await vi.advanceTimersByTimeAsync(1000);

    const [first, second] = fake.calls.map((call) => call.args);
    expect(first).toMatchObject({ id: ID, seq: 1, baseRevision: REVISION });
    expect(first!.edit).toEqual({ kind: 'from-disk', body: { start: 200, deleteCount: 1, blocks: [paragraph('First words.')] } });
    expect(second!.edit).toEqual({
      kind: 'changes',
      after: 1,
      body: { start: 200, deleteCount: 1, blocks: [paragraph('First words, and more.')] },
    });
    expect(second!.writer).toBe(first!.writer);
  });

  it('sends the whole story when the story on disk at its base is not known', async () => {
    const fake = fakeRecoveryBridge();
    const story = typing(5);
    story.forgetDisk();
    const journal = new StoryJournal(fake.bridge, ID, story.source);
    story.type('Typed.');
    journal.schedule();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls[0]!.args.edit).toEqual({ kind: 'whole', story: story.story });
  });

  it('sends the whole story again at once when the journal lost the thread', async () => {
    const fake = fakeRecoveryBridge();
    const story = typing();
    const journal = new StoryJournal(fake.bridge, ID, story.source);
    story.type('One.');
    journal.schedule();
    await vi.advanceTimersByTimeAsync(0);
    fake.answerWith(async () => ({ status: 'needs-whole-story' }));
    story.type('One. Two.');
    journal.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    fake.answerWith(async () => ({ status: 'kept' }));
    await vi.advanceTimersByTimeAsync(1); // the next turn of the event loop, not a second later
    expect(fake.calls.map((call) => call.args.edit.kind)).toEqual(['from-disk', 'changes', 'whole']);
    expect(fake.calls.at(-1)!.args.edit).toMatchObject({ kind: 'whole', story: { body: story.story.body } });
  });

  it('says when the journal cannot be written, tries again by itself, and says when it is kept again', async () => {
    const fake = fakeRecoveryBridge();
    const story = typing();
    const statuses: JournalStatus['kind'][] = [];
    const journal = new StoryJournal(fake.bridge, ID, story.source, { retryMs: 5_000, onStatus: (status) => statuses.push(status.kind) });
    fake.answerWith(async () => {
      throw new CopydeskError('disk-full', 'Could not keep the recovery copy: the disk is full.');
    });
    story.type('Kept in memory.');
    journal.schedule();
    await vi.advanceTimersByTimeAsync(0);
    expect(journal.currentStatus).toMatchObject({ kind: 'failed', error: { code: 'disk-full' } });

    fake.answerWith(async () => ({ status: 'kept' }));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fake.record).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.record).toHaveBeenCalledTimes(2);
    expect(fake.calls[1]!.args.edit.kind).toBe('from-disk'); // what reached the journal before is unknown: start afresh
    expect(statuses).toEqual(['failed', 'kept']);
  });

  it('marks a save after the entries written before it, and only once it has written something', async () => {
    const fake = fakeRecoveryBridge();
    const story = typing();
    const journal = new StoryJournal(fake.bridge, ID, story.source);
    journal.saved(0, REVISION);
    await journal.settled();
    expect(fake.saved).not.toHaveBeenCalled();

    const order: string[] = [];
    fake.record.mockImplementation(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100)); // a slow disk: the entry is still being flushed…
      order.push('record');
      return { status: 'kept' };
    });
    fake.saved.mockImplementation(async () => {
      order.push('saved');
      return null;
    });
    story.type('Typed.');
    journal.schedule();
    await vi.advanceTimersByTimeAsync(0);
    journal.saved(1, REVISION); // …when the save answers
    await vi.advanceTimersByTimeAsync(100);
    await journal.settled();
    expect(order).toEqual(['record', 'saved']);
    expect(fake.saved).toHaveBeenCalledWith({ id: ID, writer: journal.writer, seq: 1, revision: REVISION });
  });

  it('stops asking when this Copydesk keeps no journal', async () => {
    const fake = fakeRecoveryBridge();
    fake.answerWith(async () => ({ status: 'off' }));
    const story = typing();
    const journal = new StoryJournal(fake.bridge, ID, story.source);
    story.type('One.');
    journal.schedule();
    await vi.advanceTimersByTimeAsync(0);
    story.type('Two.');
    journal.schedule();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fake.record).toHaveBeenCalledTimes(1);
    expect(journal.currentStatus.kind).toBe('off');
  });
});
