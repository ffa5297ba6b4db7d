// The story fixtures every renderer test runs over, and the stylesheet the app ships.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseStoryFile } from '../../../shared/story/parse.ts';
import type { Story } from '../../../shared/story/schema.ts';

const STORIES = join(import.meta.dirname, '../../fixtures/stories');

export const FIXTURE_NAMES = readdirSync(STORIES)
  .filter((name) => name.endsWith('.json'))
  .sort();

export function fixtureStory(name: string): Story {
  return parseStoryFile(readFileSync(join(STORIES, name), 'utf8'), name).story;
}

export const STORY_STYLESHEET = readFileSync(join(import.meta.dirname, '../../../assets/styles/story.css'), 'utf8');

/** What a text export looks like when it is tidy: blocks parted by one blank line, no trailing spaces, one final newline. */
export function expectTidyLayout(text: string): void {
  expect(text).toMatch(/\n$/);
  expect(text).not.toMatch(/\n\n$/);
  expect(text).not.toMatch(/\n\n\n/);
  expect(text).not.toMatch(/[ \t]$/m);
}
