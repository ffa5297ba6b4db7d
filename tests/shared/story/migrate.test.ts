import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../../shared/errors.ts';
import { migrateStory, parseStoryFile, type MigrationTable } from '../../../shared/story/index.ts';

function thrown(run: () => unknown): CopydeskError {
  try {
    run();
  } catch (error) {
    if (error instanceof CopydeskError) return error;
    throw error;
  }
  throw new Error('expected a CopydeskError');
}

describe('migrateStory()', () => {
  // A format history to exercise the mechanism: v1 kept the byline as a string, v2 made it a list,
  // v3 renamed "notes" to "editorsNotes".
  const migrations: MigrationTable = {
    2: (story) => ({ ...story, byline: story.byline ? [{ name: story.byline }] : [] }),
    3: ({ notes, ...story }) => ({ ...story, editorsNotes: notes ?? '' }),
  };

  it('lifts a story through every step to the current version, in order', () => {
    const { story, migratedFrom } = migrateStory(
      { schemaVersion: 1, byline: 'Laura Jarrett', notes: 'check the date' },
      { migrations, targetVersion: 3 },
    );
    expect(story).toEqual({ schemaVersion: 3, byline: [{ name: 'Laura Jarrett' }], editorsNotes: 'check the date' });
    expect(migratedFrom).toBe(1);
  });

  it('leaves a current story as it is and says it was not migrated', () => {
    const raw = { schemaVersion: 3, byline: [] };
    const { story, migratedFrom } = migrateStory(raw, { migrations, targetVersion: 3 });
    expect(story).toEqual(raw);
    expect(migratedFrom).toBeNull();
  });

  it('never changes the object it was given', () => {
    const raw = { schemaVersion: 1, byline: 'A', notes: 'n' };
    migrateStory(raw, { migrations, targetVersion: 3 });
    expect(raw).toEqual({ schemaVersion: 1, byline: 'A', notes: 'n' });
  });

  it('refuses a story from a newer Copydesk and tells the user to update', () => {
    const error = thrown(() => migrateStory({ schemaVersion: 9 }, { path: '/lib/a/story.json' }));
    expect(error.code).toBe('newer-schema');
    expect(error.message).toMatch(/newer Copydesk \(story format 9; this version reads up to 1\)/);
    expect(error.details.path).toBe('/lib/a/story.json');
  });

  it('refuses a file without a schemaVersion, naming the field', () => {
    const error = thrown(() => migrateStory({ headline: 'x' }));
    expect(error.code).toBe('invalid-story');
    expect(error.details.field).toBe('schemaVersion');
  });
});

describe('parseStoryFile()', () => {
  it('reports corrupt JSON with the path and the parser’s reason', () => {
    const error = thrown(() => parseStoryFile('{"schemaVersion": 1, "headline": ', '/lib/x/story.json'));
    expect(error.code).toBe('invalid-story');
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.details.path).toBe('/lib/x/story.json');
  });

  it('reports a file that holds an array instead of a story', () => {
    expect(() => parseStoryFile('[]')).toThrow(/does not hold a JSON object/);
  });
});
