// Every text fixture in tests/fixtures/import (page text, wire copy, `.story` files) imported through
// importText and compared with its `.expected.json`. The folders web/ and word/ hold other sources' fixtures.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../shared/text/dateline.ts';
import { importText } from '../../../shared/import/import-text.ts';
import { renderStoryText } from '../../../shared/render/wire-text.ts';
import { createStory } from '../../../shared/story/create.ts';
import { blockText } from '../../../shared/story/plain-text.ts';
import { Story } from '../../../shared/story/schema.ts';
import { importView, unmatchedNotes, type ExpectedImport } from './import-summary.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
const ORIGINAL_CNN_PAGE = join(import.meta.dirname, '../../../../shared/fixtures/cnn-courthouse-arrests.txt');

const inputs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(txt|story)$/.test(entry.name))
  .map((entry) => entry.name)
  .sort();

const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const expectedFor = (name: string): ExpectedImport & { about: string } =>
  JSON.parse(read(name.replace(/\.(txt|story)$/, '.expected.json')));

const asStory = (name: string) => {
  const story = createStory({ id: '01htq2ax5c0000000000000000', now: new Date('2024-02-01T10:00:00Z') });
  return Story.parse({ ...story, ...importText(read(name), name).parts });
};

describe('the text import fixtures', () => {
  it('cover every text source: at least three page scrapes, three wire stories and two .story files', () => {
    const sources = inputs.map((name) => expectedFor(name).source);
    expect(sources.filter((source) => source === 'page-text').length).toBeGreaterThanOrEqual(3);
    expect(sources.filter((source) => source === 'wire-text').length).toBeGreaterThanOrEqual(3);
    expect(sources.filter((source) => source === 'cnn-dailymail-story').length).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(!existsSync(ORIGINAL_CNN_PAGE))('hold the CNN page exactly as ../shared/fixtures has it', () => {
    expect(read('cnn-courthouse-arrests.txt')).toBe(readFileSync(ORIGINAL_CNN_PAGE, 'utf8'));
  });
});

describe.each(inputs)('importText() on %s', (name) => {
  const expected = expectedFor(name);

  it('gives the parts its .expected.json describes', () => {
    const { about: _about, notes: _notes, ...parts } = expected;
    expect(importView(importText(read(name), name), expected)).toEqual(parts);
  });

  it('tells exactly the notes its .expected.json lists', () => {
    expect(unmatchedNotes(importText(read(name), name).notes, expected.notes)).toEqual({ missing: [], unexpected: [] });
  });

  it('gives parts that make a valid story, the same every time', () => {
    expect(() => asStory(name)).not.toThrow();
    expect(importText(read(name), name)).toEqual(importText(read(name), name));
  });
});

/** The dateline the story's first paragraph opens with, as printed, or null. */
function openingDateline(name: string): string | null {
  const first = asStory(name).body.find((block) => block.type === 'paragraph');
  return first ? (findDateline(blockText(first)[0]!)?.printed ?? null) : null;
}

describe.each(inputs.filter((name) => openingDateline(name) !== null))('exporting the import of %s', (name) => {
  it('prints the dateline once, before the first paragraph', () => {
    const printed = openingDateline(name)!;
    const text = renderStoryText(asStory(name), { creditStyle: 'cnn' });
    expect(text.split(printed).length - 1).toBe(1);
    expect(text).toMatch(new RegExp(`(^|\\n)${printed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe('importText() with the dateline moved into its field', () => {
  it('gives the CNN page the dateline (CNN) and a first paragraph without it, printed "(CNN) — The Departments …" once', () => {
    const name = 'cnn-courthouse-arrests.txt';
    const result = importText(read(name), name, { dateline: 'field' });
    expect(result.parts.dateline).toEqual({ location: '', source: 'CNN' });
    expect(blockText(result.parts.body[0]!)[0]).toMatch(/^The Departments of Justice and Homeland Security said/);
    const story = Story.parse({ ...createStory({ id: '01htq2ax5c0000000000000000', now: new Date('2024-02-01T10:00:00Z') }), ...result.parts });
    const text = renderStoryText(story, { creditStyle: 'cnn' });
    expect(text).toContain('\n(CNN) — The Departments of Justice');
    expect(text.split('(CNN)').length - 1).toBe(1);
  });
});
