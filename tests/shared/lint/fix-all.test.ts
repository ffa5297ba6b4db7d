import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixAll, lintStory } from '../../../shared/lint/index.ts';
import { parseStory, parseStoryFile } from '../../../shared/story/parse.ts';
import { cleanStory, paragraph } from './lint-test-story.ts';

function fixture(name: string) {
  const path = join(import.meta.dirname, '../../fixtures', name);
  return parseStoryFile(readFileSync(path, 'utf8'), name).story;
}

describe('fixAll()', () => {
  it('applies every fix that needs no judgment, and leaves the credit disagreement to a person', () => {
    const story = fixture('lint/stories/capitol-hearing-draft.json');
    const { story: fixed, fixed: applied } = fixAll(story);
    expect(new Set(applied.map((problem) => problem.rule))).toEqual(
      new Set(['slug-too-long', 'straight-quote', 'doubled-word', 'doubled-space', 'credit-only-in-caption', 'credit-repeated-in-caption']),
    );
    const left = lintStory(fixed).filter((problem) => problem.fix);
    expect(left.map((problem) => problem.rule)).toEqual(['credit-disagrees']);
    expect(fixed.body[1]).toEqual({ type: 'paragraph', children: [{ text: '“He has no choice,” the chairman said. The vote was unanimous.' }] });
    expect(() => parseStory(fixed)).not.toThrow();
  });

  it('changes nothing in a story with nothing to fix', () => {
    const story = fixture('stories/new-draft.json');
    expect(fixAll(story)).toEqual({ story, fixed: [] });
  });

  it('takes fixes that touch the same text in turns, checking again in between', () => {
    const { story, fixed } = fixAll(cleanStory({ body: [paragraph('It was the  the end.')] }));
    expect(story.body[0]).toEqual(paragraph('It was the end.'));
    expect(fixed.map((problem) => problem.rule)).toEqual(['doubled-word']);
  });
});
