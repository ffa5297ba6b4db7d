// Reading story files from any Copydesk version. A file states its `schemaVersion`; each migration lifts a
// story by one version, as plain JSON, before the schema sees it. Version 1 is the first release, so the
// table is empty today; the next change to the model adds `2: (v1) => v2` here with a test, and every older
// file keeps opening. A file from a *newer* Copydesk is refused rather than guessed at: saving it from an
// older model would silently drop the fields we do not know.

import { CopydeskError } from '../errors.ts';
import { CURRENT_SCHEMA_VERSION } from './schema.ts';

export type JsonObject = Record<string, unknown>;
/** Lifts a story from version `n - 1` to version `n`, where `n` is its key in the table. */
export type Migration = (story: JsonObject) => JsonObject;
export type MigrationTable = Readonly<Record<number, Migration>>;

export const STORY_MIGRATIONS: MigrationTable = {};

export interface MigrationResult {
  story: JsonObject;
  /** The version the file was written in, when it was older than this Copydesk's. */
  migratedFrom: number | null;
}

export function migrateStory(
  raw: unknown,
  options: { migrations?: MigrationTable; targetVersion?: number; path?: string } = {},
): MigrationResult {
  const { migrations = STORY_MIGRATIONS, targetVersion = CURRENT_SCHEMA_VERSION, path } = options;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CopydeskError('invalid-story', 'The story file does not hold a JSON object.', { path });
  }
  const version = (raw as JsonObject).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CopydeskError(
      'invalid-story',
      'The story file has no valid "schemaVersion" (a whole number from 1), so it cannot be read safely.',
      { path, field: 'schemaVersion' },
    );
  }
  if (version > targetVersion) {
    throw new CopydeskError(
      'newer-schema',
      `This story was saved by a newer Copydesk (story format ${version}; this version reads up to ${targetVersion}). ` +
        'Update Copydesk to open it; the file has not been changed.',
      { path, field: 'schemaVersion' },
    );
  }
  // A deep copy, so a migration can never change the caller's object. The input came from JSON.
  let story = JSON.parse(JSON.stringify(raw)) as JsonObject;
  for (let next = version + 1; next <= targetVersion; next++) {
    const migration = migrations[next];
    if (!migration) {
      throw new CopydeskError('internal', `No migration from story format ${next - 1} to ${next}.`, { path });
    }
    story = { ...runMigration(migration, story, next, path), schemaVersion: next };
  }
  return { story, migratedFrom: version < targetVersion ? version : null };
}

/**
 * A migration expects the older format's fields; a file without them is a broken file, refused like any other
 * rather than failing inside the migration. (Running out of stack is left to the caller, which says so.)
 */
function runMigration(migration: Migration, story: JsonObject, next: number, path: string | undefined): JsonObject {
  try {
    return migration(story);
  } catch (error) {
    if (error instanceof CopydeskError || error instanceof RangeError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CopydeskError(
      'invalid-story',
      `The story file (story format ${next - 1}) could not be upgraded to format ${next}, so it cannot be read safely (${reason}).`,
      { path },
    );
  }
}
