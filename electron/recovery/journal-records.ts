// The recovery journal's file format: one JSON record a line. A journal starts with the whole story (written
// in one step, so it is never half there) and goes on with what changed since, a line an entry, and a line
// each time a save reaches the disk ("saved up to edit n"). Replaying it gives the story as last typed.
//
// A line is appended and flushed in one write, so only the last one can be cut short — by a kill or a power
// cut in the middle of it. Replaying reads every line it can: one it cannot read is counted, and so is each
// entry after it that builds on what is lost (an entry names the one it follows), until the next whole story.

import { z } from 'zod';
import { JournalSavedArgs, RecordEditsArgs } from '../../shared/bridge/contract.ts';
import { applyStoryChanges } from '../../shared/recovery/story-changes.ts';
import type { Story } from '../../shared/story/schema.ts';

const EntryRecord = RecordEditsArgs.extend({ type: z.literal('entry') });
const SavedRecord = JournalSavedArgs.extend({ type: z.literal('saved') });
const JournalRecord = z.discriminatedUnion('type', [EntryRecord, SavedRecord]);
export type EntryRecord = z.infer<typeof EntryRecord>;
export type SavedRecord = z.infer<typeof SavedRecord>;

export function entryLine(entry: Omit<EntryRecord, 'type'>): string {
  return `${JSON.stringify({ type: 'entry', ...entry })}\n`;
}

export function savedLine(saved: Omit<SavedRecord, 'type'>): string {
  return `${JSON.stringify({ type: 'saved', ...saved })}\n`;
}

/** What a journal holds, replayed. */
export interface ReplayedJournal {
  /** The story as the last readable entry left it; null when no whole story could be read. */
  story: Story | null;
  writer: string | null;
  /** The edit count of the last readable entry. */
  seq: number;
  /** The revision on disk those edits build on (a later save's, once one reached the disk). */
  baseRevision: string;
  /** The `at` of the last readable entry. */
  typedAt: string;
  /** The highest edit count a save reached the disk with; -1 when none did. */
  savedSeq: number;
  /** Lines that could not be read, and entries lost because they built on one. */
  unreadable: number;
}

export function replayJournal(text: string, storyId: string): ReplayedJournal {
  const replay: ReplayedJournal = { story: null, writer: null, seq: -1, baseRevision: '', typedAt: '', savedSeq: -1, unreadable: 0 };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const record = parseRecord(line);
    if (!record || record.id !== storyId) {
      replay.unreadable++;
      continue;
    }
    if (record.type === 'saved') {
      // A save is a fact about the disk: it counts even after an entry that could not be read.
      if (record.writer === replay.writer) {
        replay.savedSeq = Math.max(replay.savedSeq, record.seq);
        replay.baseRevision = record.revision;
      }
      continue;
    }
    const { edit } = record;
    if (edit.kind === 'whole') {
      Object.assign(replay, { story: edit.story, writer: record.writer, savedSeq: -1 });
    } else {
      // Changes from the disk are written as the whole story they make: in a file, they can only be damage.
      const follows = edit.kind === 'changes' && replay.story && record.writer === replay.writer && edit.after === replay.seq;
      const next = follows ? applyStoryChanges(replay.story!, edit) : null;
      if (!next) {
        replay.unreadable++;
        continue;
      }
      replay.story = next;
    }
    Object.assign(replay, { seq: record.seq, baseRevision: record.baseRevision, typedAt: record.at });
  }
  return replay;
}

function parseRecord(line: string): z.infer<typeof JournalRecord> | null {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = JournalRecord.safeParse(data);
  return parsed.success ? parsed.data : null;
}
