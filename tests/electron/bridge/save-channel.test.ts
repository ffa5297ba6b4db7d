// story:save through dispatch, as every transport calls it: the story is checked against the contract's
// schema once, by dispatch, and whatever that check refuses never reaches the disk.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { STORY_FILE, StoryLibrary } from '../../../electron/library/story-library.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import type { SavedStory } from '../../../shared/bridge/contract.ts';
import { Story } from '../../../shared/story/schema.ts';
import { clock, useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

afterEach(() => {
  vi.restoreAllMocks();
});

async function setup() {
  const time = clock();
  const library = await StoryLibrary.open(await tempFolder(), { now: time.now });
  const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: library.root });
  const handlers = createBridgeHandlers({ libraries: LibrarySession.of(library), preferences });
  const opened = await library.create({ headline: 'Harbour storm' });
  const file = join(opened.path, STORY_FILE);
  time.advance(60_000);
  return { library, opened, file, save: (args: unknown) => dispatch(handlers, 'story:save', args) };
}

describe('the story:save channel', () => {
  it('writes the story and answers its revision, time, summary and folder', async () => {
    const { library, opened, file, save } = await setup();
    const body = [{ type: 'paragraph' as const, children: [{ text: 'Boats stayed in port overnight.' }] }];
    const answer = await save({ id: opened.story.id, story: { ...opened.story, body }, baseRevision: opened.revision });
    expect(answer).toMatchObject({ ok: true, value: { savedAt: '2026-11-27T10:01:00.000Z', summary: { wordCount: 5 }, path: opened.path } });
    const saved = (answer as { value: SavedStory }).value;
    const reopened = await library.open(opened.story.id);
    expect(reopened.revision).toBe(saved.revision);
    expect(reopened.story.body).toEqual(body);
    expect(JSON.parse(await readFile(file, 'utf8')).updatedAt).toBe(saved.savedAt);
  });

  it('checks the story once, in dispatch: the library does not check it again', async () => {
    const { opened, save } = await setup();
    const storyChecks = vi.spyOn(Story, 'safeParse');
    const answer = await save({ id: opened.story.id, story: { ...opened.story, headline: 'Checked once' }, baseRevision: opened.revision });
    expect(answer.ok).toBe(true);
    expect(storyChecks).not.toHaveBeenCalled();
  });

  it('refuses a story the schema refuses, naming the field, and leaves the file as it was', async () => {
    const { opened, file, save } = await setup();
    const before = await readFile(file, 'utf8');
    const story = { ...opened.story, body: [{ type: 'paragraph', children: [] }] };
    const answer = await save({ id: opened.story.id, story, baseRevision: opened.revision });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument', field: 'story.body.0.children' } });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a story whose id is not the one being saved', async () => {
    const { library, opened, file, save } = await setup();
    const other = await library.create({ headline: 'Another story' });
    const before = await readFile(file, 'utf8');
    const answer = await save({ id: opened.story.id, story: { ...other.story }, baseRevision: opened.revision });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument', field: 'story.id' } });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a save based on a revision that is no longer on disk, saying which one is', async () => {
    const { opened, save } = await setup();
    const first = await save({ id: opened.story.id, story: { ...opened.story, headline: 'First' }, baseRevision: opened.revision });
    const current = (first as { value: SavedStory }).value.revision;
    const stale = await save({ id: opened.story.id, story: { ...opened.story, headline: 'Second' }, baseRevision: opened.revision });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', currentRevision: current } });
  });
});
