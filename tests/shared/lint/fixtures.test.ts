// Every story fixture linted, against expectations written as data (tests/fixtures/lint/expected-problems.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLintEdits, lintStory } from '../../../shared/lint/index.ts';
import { parseStory, parseStoryFile } from '../../../shared/story/parse.ts';
import type { StoryPath } from '../../../shared/lint/lint-types.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

interface Expected {
  fixture: string;
  problems: { rule: string; path: StoryPath; start?: number; end?: number }[];
}

const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'lint/expected-problems.json'), 'utf8')) as Expected[];

function fixture(name: string) {
  return parseStoryFile(readFileSync(join(FIXTURES, name), 'utf8'), name).story;
}

describe('lintStory() on the story fixtures', () => {
  it('has expectations for every story fixture', () => {
    const stories = readdirSync(join(FIXTURES, 'stories')).filter((name) => name.endsWith('.json'));
    expect(EXPECTED.map((entry) => entry.fixture)).toEqual(expect.arrayContaining(stories.map((name) => `stories/${name}`)));
  });

  for (const { fixture: name, problems } of EXPECTED) {
    it(`finds exactly the expected problems in ${name}, in story order`, () => {
      const found = lintStory(fixture(name)).map(({ rule, where }) => ({
        rule,
        path: where.path,
        ...(where.start === undefined ? {} : { start: where.start, end: where.end }),
      }));
      expect(found).toEqual(problems);
    });

    it(`gives ${name} fixes that each apply and leave a valid story`, () => {
      const story = fixture(name);
      for (const problem of lintStory(story)) {
        if (!problem.fix) continue;
        const fixed = applyLintEdits(story, problem.fix.edits);
        expect(() => parseStory(fixed), `${problem.rule} at ${problem.where.path.join('.')}`).not.toThrow();
        const samePlace = (from: typeof story) =>
          lintStory(from).filter((other) => other.rule === problem.rule && other.where.path.join('.') === problem.where.path.join('.')).length;
        expect(samePlace(fixed), `${problem.rule} at ${problem.where.path.join('.')}`).toBeLessThan(samePlace(story));
      }
    });
  }
});
