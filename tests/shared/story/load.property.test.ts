import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  migrateStory,
  parseStoryFile,
  serializeStory,
  Story,
  type MigrationTable,
} from '../../../shared/story/index.ts';
import {
  brokenJsonText,
  deeplyNestedJson,
  hostileJsonValue,
  hostileText,
  objectOf,
  PROTOTYPE_KEYS,
} from '../../fixtures/arbitraries/hostile-text.ts';
import { storyWithOneWrongValue, validStory } from '../../fixtures/arbitraries/stories.ts';
import { expectTypedFailure, outcomeOf } from '../../fixtures/arbitraries/typed-failure.ts';

// Property-based: a story file can hold anything (a crash mid-write, a hand edit, a file from another program
// renamed story.json, a hostile file someone was sent). Opening one gives a valid story or a typed error that
// says what is wrong, never an exception of another kind.

const LOAD_FAILURES = ['invalid-story', 'newer-schema'] as const;

/** parseStoryFile's promise: a story the schema accepts as it is, or an 'invalid-story'/'newer-schema' error. */
function expectStoryOrTypedFailure(text: string): void {
  const outcome = outcomeOf(() => parseStoryFile(text, '/library/2026-story/story.json'));
  if (outcome.ok) {
    expect(Story.safeParse(outcome.value.story).success).toBe(true);
    return;
  }
  expectTypedFailure(outcome.error, LOAD_FAILURES);
}

/** A list with a list in its item, `depth` lists deep, as JSON text (built as text: too deep to stringify). */
function listNestedJson(depth: number): string {
  const list = (item: string) => `{"type":"list","style":"bulleted","items":[${item}]}`;
  const open = '{"type":"list","style":"bulleted","items":[{"children":[{"text":"a"}],"sublist":';
  return `${open.repeat(depth - 1)}${list('{"children":[{"text":"deepest"}]}')}${'}]}'.repeat(depth - 1)}`;
}

/** The smallest valid story, as fast-check shrinks one. */
const STORY_1970 = Story.parse({
  schemaVersion: 1,
  id: '00000000000000000000000000',
  slug: '',
  headline: '',
  dateline: {},
  createdAt: '1970-01-01T00:00:00.000Z',
  updatedAt: '1970-01-01T00:00:00.000Z',
});

const validStoryText = validStory.map((story) => serializeStory(story));

describe('opening a story file, whatever it holds', () => {
  it('gives a valid story or a typed error for any text at all', () => {
    fc.assert(fc.property(hostileText, expectStoryOrTypedFailure), { numRuns: 2000 });
  });

  it('gives a valid story or a typed error for a story file cut short, or with a character lost, added or changed', () => {
    fc.assert(fc.property(brokenJsonText(validStoryText), expectStoryOrTypedFailure), { numRuns: 600 });
  });

  it('gives a typed error for any JSON that is not a story: wrong types, prototype keys, nothing like a story', () => {
    fc.assert(
      fc.property(hostileJsonValue, (value) => expectStoryOrTypedFailure(JSON.stringify(value) ?? 'null')),
      { numRuns: 2000 },
    );
  });

  it('names the place of a single wrong value in a story of the right shape', () => {
    fc.assert(
      fc.property(storyWithOneWrongValue, ({ story, path }) => {
        const outcome = outcomeOf(() => parseStoryFile(JSON.stringify(story)));
        if (outcome.ok) {
          expect(Story.safeParse(outcome.value.story).success).toBe(true);
          return;
        }
        expectTypedFailure(outcome.error, LOAD_FAILURES);
        // The field named is where the wrong value is, one of its parents, or a field missing under it.
        const field = outcome.error.details.field ?? '';
        const broken = path.join('.');
        const onTheWay = field === '' || `${broken}.`.startsWith(`${field}.`) || `${field}.`.startsWith(`${broken}.`);
        expect(onTheWay, `"${field}" for a wrong value at "${broken}"`).toBe(true);
      }),
      { numRuns: 700 },
    );
  });

  it('gives a typed error for JSON nested thousands deep, where a recursive reader runs out of stack', () => {
    fc.assert(
      fc.property(deeplyNestedJson, (nested) => {
        expectStoryOrTypedFailure(nested.text);
        expectStoryOrTypedFailure(`{"schemaVersion":1,"extra":${nested.text}}`);
      }),
      { numRuns: 40 },
    );
  });

  it('gives a story or a typed error for a story whose list nests thousands of levels deep', () => {
    fc.assert(
      fc.property(validStory, fc.integer({ min: 100, max: 4000 }), (story, depth) => {
        const body = `[${listNestedJson(depth)}]`;
        expectStoryOrTypedFailure(JSON.stringify({ ...story, body: 'BODY' }).replace('"BODY"', body));
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a file from a newer Copydesk, and one with no usable version, each with its own code', () => {
    fc.assert(
      fc.property(validStory, hostileJsonValue, (story, version) => {
        const outcome = outcomeOf(() => parseStoryFile(JSON.stringify({ ...story, schemaVersion: version })));
        if (outcome.ok) {
          expect(version).toBe(1);
          return;
        }
        expectTypedFailure(outcome.error, LOAD_FAILURES);
        const newer = typeof version === 'number' && Number.isInteger(version) && version > 1;
        expect(outcome.error.code).toBe(newer ? 'newer-schema' : 'invalid-story');
      }),
      { numRuns: 1000 },
    );
  });

  it('never lets a "__proto__" or "constructor" key in a file change what every object inherits', () => {
    fc.assert(
      fc.property(validStory, fc.constantFrom(...PROTOTYPE_KEYS), hostileJsonValue, (story, key, value) => {
        const polluted = objectOf([[key, { polluted: true, toString: 'polluted' }], ...Object.entries(story)]);
        const credit = objectOf([[key, value], ['organization', 'AP']]);
        expectStoryOrTypedFailure(JSON.stringify(polluted));
        expectStoryOrTypedFailure(JSON.stringify({ ...story, lead: { type: 'photo', id: 'p', media: null, credit } }));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(typeof {}.toString).toBe('function');
      }),
      { numRuns: 300 },
    );
  });
});

describe('saving and opening again', () => {
  it('gives back exactly the story that was saved, for any story the schema accepts', () => {
    fc.assert(
      fc.property(validStory, (story) => {
        const text = serializeStory(story);
        const opened = parseStoryFile(text);
        expect(opened.story).toEqual(Story.parse(story));
        expect(opened.migratedFrom).toBeNull();
        // And the file written from what was opened is the same file, byte for byte.
        expect(serializeStory(opened.story)).toBe(text);
      }),
      { numRuns: 400 },
    );
  });
});

describe('migrating a story file from an older format', () => {
  // A format history written the way migrations are written: expecting the older format's fields. A file
  // that does not have them is a broken file, to be refused like any other, not a crash in the migration.
  const migrations: MigrationTable = {
    2: (story) => ({ ...story, byline: String(story.byline).split(' and ').map((name) => ({ name })) }),
    3: (story) => ({ ...story, body: (story.body as { text: string }[]).map((block) => ({ type: 'paragraph', children: [{ text: block.text.trim() }] })) }),
  };

  it('gives the upgraded story or a typed error for any object, and never changes the object it was given', () => {
    const oldFile = fc
      .tuple(fc.constantFrom(1, 2, 3), fc.array(fc.tuple(fc.constantFrom('byline', 'body', 'notes', ...PROTOTYPE_KEYS), hostileJsonValue), { maxLength: 4 }))
      .map(([schemaVersion, entries]) => objectOf([...entries, ['schemaVersion', schemaVersion]]));
    fc.assert(
      fc.property(oldFile, (raw) => {
        const before = JSON.stringify(raw);
        const outcome = outcomeOf(() => migrateStory(raw, { migrations, targetVersion: 3 }));
        expect(JSON.stringify(raw)).toBe(before);
        if (outcome.ok) {
          expect(outcome.value.story.schemaVersion).toBe(3);
          return;
        }
        expectTypedFailure(outcome.error, ['invalid-story']);
      }),
      { numRuns: 2000 },
    );
  });
});

// Counterexamples the properties above found, kept as plain tests.
describe('opening the story files the properties found', () => {
  it('refuses a story file nested 20,000 levels deep as an invalid story, not a stack overflow', () => {
    const text = `{"schemaVersion":1,"extra":${'{"a":'.repeat(20_000)}null${'}'.repeat(20_000)}}`;
    expect(() => parseStoryFile(text)).toThrow(expect.objectContaining({ code: 'invalid-story', message: expect.stringContaining('nested too deeply') }));
  });

  it('refuses a story whose list nests 1,000 levels deep as an invalid story, not a stack overflow', () => {
    const text = JSON.stringify({ ...JSON.parse(serializeStory(STORY_1970)), body: 'BODY' }).replace('"BODY"', `[${listNestedJson(1000)}]`);
    expect(() => parseStoryFile(text)).toThrow(expect.objectContaining({ code: 'invalid-story', message: expect.stringContaining('nested too deeply') }));
  });

  it('refuses a file a migration cannot upgrade (a version 1 file with no body) as an invalid story', () => {
    const migrations: MigrationTable = { 2: (story) => ({ ...story, body: (story.body as unknown[]).map(String) }) };
    expect(() => migrateStory({ schemaVersion: 1 }, { migrations, targetVersion: 2 })).toThrow(
      expect.objectContaining({ code: 'invalid-story', message: expect.stringContaining('could not be upgraded to format 2') }),
    );
  });
});
