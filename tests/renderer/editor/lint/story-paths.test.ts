// Lint points into the story JSON; the editor shows a Slate document. Every text of every fixture story must
// be found in the editor by its story path, and offsets in it must come back as the same offsets.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, Node } from 'slate';
import { describe, expect, it } from 'vitest';
import { walkStory } from '../../../../shared/lint/story-walk.ts';
import type { StoryPath } from '../../../../shared/lint/lint-types.ts';
import { parseStory } from '../../../../shared/story/parse.ts';
import type { Credit, List, Photo, Poster, Story, Video } from '../../../../shared/story/schema.ts';
import { inlineText } from '../../../../shared/story/plain-text.ts';
import { formatDuration } from '../../../../shared/text/duration.ts';
import { storyEditorWith } from '../../../../renderer/src/editor/create-story-editor.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import {
  offsetOfPoint,
  pointAtOffset,
  rangeOfOffsets,
  resolveStoryPath,
  segmentsOf,
} from '../../../../renderer/src/editor/lint/story-paths.ts';
import { describeStoryPath } from '../../../../renderer/src/editor/lint/where-label.ts';
import { bold, doc, editorWith, link, p, photo } from '../builders.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/stories');
const fixtureStories = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, story: parseFixture(readFileSync(join(FIXTURES, name), 'utf8')) }));

function parseFixture(text: string): Story {
  return parseStory(JSON.parse(text));
}

/** Every text field of the story the editor holds, with the text the editor shows for it. */
function editorTexts(story: Story): { path: StoryPath; text: string }[] {
  const texts: { path: StoryPath; text: string }[] = [];
  const add = (path: StoryPath, text: string) => texts.push({ path, text });
  const credit = (path: StoryPath, value: Credit) => {
    add([...path, 'photographers'], value.photographers.join('; '));
    add([...path, 'organization'], value.organization);
    add([...path, 'via'], value.via);
    add([...path, 'restrictions'], value.restrictions.join('; '));
    add([...path, 'copyright'], value.copyright);
  };
  const picture = (path: StoryPath, value: Photo | Poster) => {
    add([...path, 'caption'], value.caption);
    add([...path, 'alt'], value.alt);
    credit([...path, 'credit'], value.credit);
  };
  const video = (path: StoryPath, value: Video) => {
    add([...path, 'title'], value.title);
    add([...path, 'durationSeconds'], value.durationSeconds === null ? '' : formatDuration(value.durationSeconds));
    if (value.poster) picture([...path, 'poster'], value.poster);
    add([...path, 'caption'], value.caption);
    credit([...path, 'credit'], value.credit);
  };
  const list = (path: StoryPath, value: List) =>
    value.items.forEach((item, index) => {
      add([...path, 'items', index, 'children'], inlineText(item.children));
      if (item.sublist) list([...path, 'items', index, 'sublist'], item.sublist);
    });

  add(['headline'], story.headline);
  add(['subheadline'], story.subheadline);
  story.highlights.forEach((text, index) => add(['highlights', index], text));
  story.byline.forEach((entry, index) => {
    add(['byline', index, 'name'], entry.name);
    add(['byline', index, 'title'], entry.title);
    add(['byline', index, 'organization'], entry.organization);
  });
  add(['dateline', 'location'], story.dateline.location);
  add(['dateline', 'source'], story.dateline.source);
  if (story.lead?.type === 'photo') picture(['lead'], story.lead);
  if (story.lead?.type === 'video') video(['lead'], story.lead);
  story.body.forEach((block, index) => {
    const path = ['body', index];
    if (block.type === 'paragraph' || block.type === 'subhead') add([...path, 'children'], inlineText(block.children));
    if (block.type === 'block-quote') {
      add([...path, 'children'], inlineText(block.children));
      add([...path, 'attribution'], block.attribution);
    }
    if (block.type === 'list') list(path, block);
    if (block.type === 'photo') picture(path, block);
    if (block.type === 'video') video(path, block);
  });
  story.relatedVideos.forEach((value, index) => video(['relatedVideos', index], value));
  return texts;
}

function editorFor(story: Story) {
  return storyEditorWith(storyToSlate(story));
}

describe('resolveStoryPath()', () => {
  for (const { name, story } of fixtureStories) {
    it(`finds every text of ${name} in the editor, holding exactly that text`, () => {
      const editor = editorFor(story);
      const texts = editorTexts(story);
      expect(texts.length).toBeGreaterThan(3);
      for (const { path, text } of texts) {
        const target = resolveStoryPath(editor.children, path);
        expect(target, path.join('.')).not.toBeNull();
        expect(target!.exact, path.join('.')).toBe(true);
        expect(Editor.string(editor, target!.path), path.join('.')).toBe(text);
      }
    });

    it(`finds every text lint walks in ${name}`, () => {
      const editor = editorFor(story);
      for (const { path, text } of walkStory(story).texts.filter(({ path }) => path[0] !== 'corrections')) {
        const target = resolveStoryPath(editor.children, path);
        expect(target?.exact, path.join('.')).toBe(true);
        expect(Editor.string(editor, target!.path)).toBe(text);
      }
    });

    it(`turns offsets in every text of ${name} into points and back`, () => {
      const editor = editorFor(story);
      for (const { path, text } of editorTexts(story)) {
        const { path: at } = resolveStoryPath(editor.children, path)!;
        // Every offset of short texts; a spread of them in long ones.
        const step = Math.max(1, Math.floor(text.length / 40));
        for (let offset = 0; offset <= text.length; offset += step) {
          for (const affinity of ['forward', 'backward'] as const) {
            const point = pointAtOffset(editor, at, offset, affinity)!;
            expect(offsetOfPoint(editor, at, point), `${path.join('.')} @${offset}`).toBe(offset);
          }
          const end = Math.min(text.length, offset + 7);
          expect(Editor.string(editor, rangeOfOffsets(editor, at, offset, end)!)).toBe(text.slice(offset, end));
        }
      }
    });
  }

  it('gives null for the parts of the story the Desk form holds', () => {
    const editor = editorFor(fixtureStories[0]!.story);
    for (const path of [['slug'], ['keywords'], ['status'], ['editorsNotes'], ['embargo'], ['corrections', 0, 'text']]) {
      expect(resolveStoryPath(editor.children, path)).toBeNull();
    }
  });

  it('counts highlights and byline entries as the story does, past the empty ones the editor shows', () => {
    const editor = editorWith(
      doc({ highlights: ['', 'First', '  ', 'Second'], byline: [[''], ['Ana Ruiz', 'Reporter', 'CNN']] }),
    );
    const highlight = resolveStoryPath(editor.children, ['highlights', 1])!;
    expect(Editor.string(editor, highlight.path)).toBe('Second');
    const name = resolveStoryPath(editor.children, ['byline', 0, 'name'])!;
    expect(Editor.string(editor, name.path)).toBe('Ana Ruiz');
  });

  it('stands a photo, a credit or a region for the problems about a whole one, with no offsets', () => {
    const editor = editorWith(doc({ body: [p('Text'), photo('a', { caption: 'Boats' })] }));
    expect(resolveStoryPath(editor.children, ['body', 1, 'media'])).toEqual({ path: [6, 1], exact: false });
    expect(resolveStoryPath(editor.children, ['body', 1, 'credit'])).toEqual({ path: [6, 1, 3], exact: false });
    expect(resolveStoryPath(editor.children, ['highlights'])).toEqual({ path: [2], exact: false });
    expect(resolveStoryPath(editor.children, ['body', 9, 'caption'])).toEqual({ path: [6], exact: false });
  });
});

describe('segmentsOf()', () => {
  it('cuts a range of a paragraph into the text nodes it crosses, links and bold included', () => {
    const editor = editorWith(doc({ body: [p('Say ', bold('TK'), ' now ', link('https://a.example', 'here'), ' ok')] }));
    const { path } = resolveStoryPath(editor.children, ['body', 0, 'children'])!;
    const text = Node.string(Node.get(editor, path));
    expect(text).toBe('Say TK now here ok');
    const segments = segmentsOf(editor, path, 4, 14);
    expect(segments.map((segment) => segment.node.text.slice(segment.start, segment.end)).join('')).toBe(text.slice(4, 14));
    expect(segments.map((segment) => segment.node.text)).toEqual(['TK', ' now ', 'here']);
  });
});

describe('describeStoryPath()', () => {
  const story = fixtureStories.find(({ name }) => name === 'un-general-assembly-photos.json')!.story;

  it.each([
    [['headline'], 'Headline'],
    [['highlights', 1], 'Highlight 2'],
    [['body', 0, 'children'], 'Body ¶1'],
    [['body', 2, 'caption'], 'Photo 2 · caption'],
    [['body', 4, 'children'], 'Body ¶2'],
    [['body', 5, 'items', 1, 'children'], 'Body ¶3 · item 2'],
    [['relatedVideos', 1, 'poster', 'credit'], 'Related video 2 · poster credit'],
    [['lead', 'title'], 'Lead video · title'],
    [['slug'], 'Slug'],
  ] as [StoryPath, string][])('names %j "%s"', (path, words) => {
    expect(describeStoryPath(story, path)).toBe(words);
  });
});
