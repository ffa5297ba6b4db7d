import fc from 'fast-check';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeStory, Story } from '../../../shared/story/index.ts';
import { STORY_FILE, StoryLibrary } from '../../../electron/library/story-library.ts';
import { brokenJsonText, deeplyNestedJson, hostileJsonValue, hostileText } from '../../fixtures/arbitraries/hostile-text.ts';
import { storyWithOneWrongValue, validStory } from '../../fixtures/arbitraries/stories.ts';
import { expectTypedFailure, settledOutcome } from '../../fixtures/arbitraries/typed-failure.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

// Property-based: story.json on disk may be anything — cut short by a crash, edited by hand, overwritten by
// a sync client, replaced by another program's file. Opening it through the library gives the story or a
// typed error, and a library holding such files still opens and lists the stories that are readable.

const tempFolder = useTempFolders();

const encoder = new TextEncoder();

/** The bytes a damaged story.json may hold; `id` is the story the library expects there. */
function damagedStoryFile(id: string): fc.Arbitrary<Uint8Array> {
  const story = validStory.map((value) => ({ ...value, id }));
  const text = fc.oneof(
    hostileText,
    brokenJsonText(story.map(serializeStory)),
    storyWithOneWrongValue.map(({ story: broken }) => JSON.stringify({ ...(broken as object), id })),
    hostileJsonValue.map((value) => JSON.stringify(value) ?? ''),
    deeplyNestedJson.map((nested) => nested.text),
  );
  return fc.oneof(
    { weight: 6, arbitrary: text.map((value) => encoder.encode(value)) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2000 }) },
    // A valid story saved as UTF-16 by an editor: a byte-order mark, then NULs between the letters.
    { weight: 1, arbitrary: story.map((value) => Uint8Array.from(Buffer.from(`\ufeff${serializeStory(value)}`, 'utf16le'))) },
  );
}

describe('opening a story whose file on disk is damaged', () => {
  it('gives the story or a typed error, whatever story.json holds', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const { story, path } = await library.create({ headline: 'A story about to be damaged' });
    await fc.assert(
      fc.asyncProperty(damagedStoryFile(story.id), async (bytes) => {
        await writeFile(join(path, STORY_FILE), bytes);
        const outcome = await settledOutcome(library.open(story.id));
        if (outcome.ok) {
          expect(Story.safeParse(outcome.value.story).success).toBe(true);
          expect(outcome.value.story.id).toBe(story.id);
          return;
        }
        expectTypedFailure(outcome.error, ['invalid-story', 'newer-schema']);
        expect(outcome.error.details.path).toBe(join(path, STORY_FILE));
      }),
      { numRuns: 400 },
    );
  });

  it('still opens a library whose story files are damaged, listing exactly the readable ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(validStory, fc.boolean(), fc.nat()), { minLength: 1, maxLength: 4 }), async (folders) => {
        const root = await tempFolder();
        const readable: string[] = [];
        for (const [index, [story, damaged, pick]] of folders.entries()) {
          const folder = join(root, `2026-story-${index}`);
          await mkdir(folder);
          const stored = { ...story, id: `${story.id.slice(0, 24)}${String(index).padStart(2, '0')}` };
          const text = serializeStory(stored);
          // Damaged: cut short somewhere, so it is never valid JSON.
          await writeFile(join(folder, STORY_FILE), damaged ? text.slice(0, pick % (text.length - 1)) : text);
          if (!damaged) readable.push(stored.id);
        }
        const library = await StoryLibrary.open(root);
        expect(library.list().map((summary) => summary.id).sort()).toEqual(readable.sort());
      }),
      { numRuns: 60 },
    );
  });
});
