// Every saved page in tests/fixtures/import/web and every Word document in tests/fixtures/import/word is
// imported into a fresh library the way the command line does it (the file's folder known, so a saved
// page's "_files" pictures come along), and the story is checked against the fixture's .expected.json.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportNote } from '../../../shared/import/imported-story.ts';
import { inlineText } from '../../../shared/story/plain-text.ts';
import type { BodyBlock, Credit, Inline, Photo, Story } from '../../../shared/story/schema.ts';
import { importIntoLibrary } from '../../../electron/import/save-imported-story.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

interface ExpectedPhoto {
  caption: string;
  alt: string;
  credit: Credit;
  /** Whether the picture itself came into the story's media folder. */
  picture: boolean;
}

interface Expected {
  about: string;
  headline: string;
  subheadline: string;
  highlights: string[];
  byline: Story['byline'];
  dateline: Story['dateline'];
  /** The first paragraph starts with this. */
  firstParagraph: string | null;
  /** The body's block types, in order. */
  body: BodyBlock['type'][];
  lead: ExpectedPhoto | null;
  photos: ExpectedPhoto[];
  lists: string[][];
  quotes: string[];
  subheads: string[];
  links: { text: string; url: string }[];
  marks: { text: string; bold?: true; italic?: true }[];
  /** Page chrome that must not be anywhere in the story's published parts. */
  absent: string[];
  /** Each is part of one of the import's notes. */
  notes: string[];
}

const cases = ['web', 'word'].flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((name) => /\.(html|docx)$/.test(name))
    .map((name) => ({ folder, name, path: join(FIXTURES, folder, name) })),
);

const text = (runs: readonly Inline[]) => inlineText(runs);

function photoView(photo: Photo): ExpectedPhoto {
  return { caption: photo.caption, alt: photo.alt, credit: photo.credit, picture: photo.media !== null };
}

function linksAndMarks(story: Story) {
  const links: Expected['links'] = [];
  const marks: Expected['marks'] = [];
  const scan = (runs: readonly Inline[]) => {
    for (const run of runs) {
      if ('type' in run) links.push({ text: text(run.children), url: run.url });
      else if (run.bold || run.italic) marks.push({ text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) });
    }
  };
  for (const block of story.body) {
    if (block.type === 'paragraph' || block.type === 'subhead' || block.type === 'block-quote') scan(block.children);
    if (block.type === 'list') for (const item of block.items) scan(item.children);
  }
  return { links, marks };
}

it('has an expected result for every fixture', () => {
  expect(cases.length).toBeGreaterThanOrEqual(6);
  for (const { path } of cases) expect(existsSync(path.replace(/\.(html|docx)$/, '.expected.json')), path).toBe(true);
});

describe.each(cases)('importing $folder/$name', ({ name, path }) => {
  const expected = JSON.parse(readFileSync(path.replace(/\.(html|docx)$/, '.expected.json'), 'utf8')) as Expected;
  let root: string;
  let story: Story;
  let folder: string;
  let notes: ImportNote[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'copydesk-import-'));
    const library = await StoryLibrary.open(root);
    const imported = await importIntoLibrary(library, { fileName: name, bytes: readFileSync(path), baseFolder: join(path, '..') });
    ({ story, path: folder } = imported.opened);
    notes = imported.notes;
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('finds the headline, subheadline, highlights, byline and dateline', () => {
    expect(story.headline).toBe(expected.headline);
    expect(story.subheadline).toBe(expected.subheadline);
    expect(story.highlights).toEqual(expected.highlights);
    expect(story.byline).toEqual(expected.byline);
    expect(story.dateline).toEqual(expected.dateline);
  });

  it('reads the body as the page printed it, in order', () => {
    expect(story.body.map((block) => block.type)).toEqual(expected.body);
    const first = story.body.find((block) => block.type === 'paragraph');
    if (expected.firstParagraph === null) expect(first).toBeUndefined();
    else expect(first && text(first.children).startsWith(expected.firstParagraph), first && text(first.children)).toBe(true);
    expect(story.body.flatMap((block) => (block.type === 'subhead' ? [text(block.children)] : []))).toEqual(expected.subheads);
    expect(story.body.flatMap((block) => (block.type === 'block-quote' ? [text(block.children)] : []))).toEqual(expected.quotes);
    expect(story.body.flatMap((block) => (block.type === 'list' ? [block.items.map((item) => text(item.children))] : []))).toEqual(
      expected.lists,
    );
  });

  it('keeps bold, italic and the safe links', () => {
    expect(linksAndMarks(story)).toEqual({ links: expected.links, marks: expected.marks });
  });

  it('gives each photo its caption and credit, and its picture when it was reachable', () => {
    expect(story.lead && story.lead.type === 'photo' ? photoView(story.lead) : story.lead).toEqual(expected.lead);
    const photos = story.body.filter((block): block is Photo => block.type === 'photo');
    expect(photos.map(photoView)).toEqual(expected.photos);
    for (const photo of [story.lead, ...photos]) {
      if (photo?.type === 'photo' && photo.media) expect(existsSync(join(folder, 'media', photo.media))).toBe(true);
    }
  });

  it('leaves the page chrome out', () => {
    const { editorsNotes: _notes, ...published } = story;
    const all = JSON.stringify(published);
    for (const chrome of expected.absent) expect(all, chrome).not.toContain(chrome);
  });

  it('says what it left out or could not place, and keeps that in the editor’s notes', () => {
    for (const part of expected.notes) {
      expect(
        notes.map((note) => note.message),
        part,
      ).toContainEqual(expect.stringContaining(part));
    }
    expect(story.editorsNotes.startsWith(`Imported from ${name} on ${story.createdAt.slice(0, 10)}`)).toBe(true);
    for (const note of notes) expect(story.editorsNotes).toContain(note.message);
  });
});
