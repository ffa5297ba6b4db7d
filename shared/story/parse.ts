// Turning untrusted JSON (a story file, a bridge message) into a valid Story, or a precise error naming the
// field that is wrong.

import type { z } from 'zod';
import { CopydeskError, type ErrorCode } from '../errors.ts';
import { migrateStory, type MigrationTable } from './migrate.ts';
import { Story } from './schema.ts';

/** "body.3.credit.kind: Invalid option: expected one of …" for the first problem a schema found. */
export function describeSchemaError(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: 'is not valid' };
  const field = issue.path.map(String).join('.');
  return { field, message: issue.message };
}

export function schemaError(code: ErrorCode, error: z.ZodError, what: string, path?: string): CopydeskError {
  const { field, message } = describeSchemaError(error);
  const where = field ? `"${field}" ${message}` : message;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return new CopydeskError(code, `${what}: ${where}${more}.`, { field, path });
}

/** Validates an in-memory story (already at the current version). */
export function parseStory(value: unknown, what = 'The story is not valid', path?: string): Story {
  const result = withinStack(() => Story.safeParse(value), what, path);
  if (!result.success) throw schemaError('invalid-story', result.error, what, path);
  return result.data;
}

/**
 * Runs a recursive read (the schema, a migration's deep copy) of a value that may be nested thousands deep —
 * a list inside a list inside … in a hand-made or hostile file. Running out of stack there is a story we
 * cannot read, said as such, not an internal error.
 */
function withinStack<T>(read: () => T, what: string, path?: string): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new CopydeskError('invalid-story', `${what}: it is nested too deeply to read (thousands of levels, where a story has a few).`, { path });
  }
}

export interface LoadedStory {
  story: Story;
  migratedFrom: number | null;
}

/** Reads a story file's text: JSON, then migration, then the schema. Never returns a half-valid story. */
export function parseStoryFile(text: string, path?: string, migrations?: MigrationTable): LoadedStory {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CopydeskError('invalid-story', `The story file is not valid JSON (${reason}).`, { path });
  }
  const what = 'The story file is not a valid Copydesk story';
  const { story, migratedFrom } = withinStack(() => migrateStory(raw, { migrations, path }), what, path);
  return { story: parseStory(story, what, path), migratedFrom };
}

/** The story file's text: stable key order (the schema's), two-space indent, final newline — diff-friendly. */
export function serializeStory(story: Story): string {
  return serializeParsedStory(Story.parse(story));
}

/**
 * The same text for a story that has just come out of the schema's parse (so its keys are already in the
 * schema's order): a save of a long story need not check it twice.
 */
export function serializeParsedStory(parsed: Story): string {
  return `${JSON.stringify(parsed, null, 2)}\n`;
}
