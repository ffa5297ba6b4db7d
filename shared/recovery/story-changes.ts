// What changed between two versions of a story, small enough to send every second: the recovery journal
// keeps a story's unsaved edits as one whole story followed by these. The body's blocks are never changed in
// place (the editor hands over a new object for each block typed in, and keeps the others), so a changed
// block is "a different object", and the body's change is the run of blocks between its unchanged start and
// its unchanged end. The other fields are few and short, but the editor builds some of them afresh at each
// hand-over (the byline, the lead picture), so they are compared by value. Typing in one paragraph of a
// 100,000-word story yields that paragraph, not the 600 kB story.

import type { BodyBlock, Story } from '../story/schema.ts';

/** Every field of a story but its body. */
export type StoryFrame = Omit<Story, 'body'>;

export interface BodyChange {
  start: number;
  deleteCount: number;
  blocks: BodyBlock[];
}

export interface StoryChanges {
  /** The fields other than the body that changed, with their new values. */
  fields?: Partial<StoryFrame>;
  /** `deleteCount` blocks of the body from `start` became `blocks`. */
  body?: BodyChange;
}

export function storyFrame(story: Story): StoryFrame {
  const { body: _body, ...frame } = story;
  return frame;
}

/** What turns `previous` into `next`; empty when they are the same story. */
export function storyChanges(previous: Story, next: Story): StoryChanges {
  if (previous === next) return {};
  const changes: StoryChanges = {};
  const fields = changedFields(previous, next);
  if (fields) changes.fields = fields;
  if (previous.body !== next.body) {
    const body = bodyChange(previous.body, next.body);
    if (body.deleteCount > 0 || body.blocks.length > 0) changes.body = body;
  }
  return changes;
}

/** `story` with `changes` made; null when they do not fit it (they were made to another version). */
export function applyStoryChanges(story: Story, changes: StoryChanges): Story | null {
  let next = story;
  if (changes.fields) {
    if (changes.fields.id !== undefined && changes.fields.id !== story.id) return null;
    next = { ...story, ...changes.fields };
  }
  const change = changes.body;
  if (change) {
    if (change.start + change.deleteCount > story.body.length) return null;
    const body = [...story.body];
    body.splice(change.start, change.deleteCount, ...change.blocks);
    next = { ...next, body };
  }
  return next;
}

function changedFields(previous: Story, next: Story): Partial<StoryFrame> | null {
  const fields: Record<string, unknown> = {};
  let any = false;
  for (const key of Object.keys(next) as (keyof StoryFrame)[]) {
    if ((key as string) === 'body' || previous[key] === next[key]) continue;
    if (JSON.stringify(previous[key]) === JSON.stringify(next[key])) continue;
    fields[key] = next[key];
    any = true;
  }
  return any ? (fields as Partial<StoryFrame>) : null;
}

function bodyChange(old: readonly BodyBlock[], now: readonly BodyBlock[]): BodyChange {
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) start++;
  let end = 0;
  while (end < old.length - start && end < now.length - start && old[old.length - 1 - end] === now[now.length - 1 - end]) end++;
  return { start, deleteCount: old.length - start - end, blocks: now.slice(start, now.length - end) };
}
