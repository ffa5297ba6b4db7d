import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory, serializeStory, type Story } from '../../../../shared/story/index.ts';
import { storyFromSlate } from '../../../../renderer/src/editor/document/from-slate.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import { REGION_ORDER } from '../../../../renderer/src/editor/document/types.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/stories');
const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));

interface Node {
  type?: string;
  name?: string;
  text?: string;
  children?: Node[];
}

/** The first element inside `node` (depth first) that matches, as plain data the test can edit. */
function find(node: unknown, match: (node: Node) => boolean): Node {
  const stack: Node[] = [node as Node];
  while (stack.length) {
    const current = stack.shift()!;
    if (match(current)) return current;
    stack.unshift(...(current.children ?? []));
  }
  throw new Error('no such node');
}

const fieldNamed = (name: string) => (node: Node) => node.type === 'field' && node.name === name;

function setText(node: Node, text: string): void {
  node.children = [{ text }];
}

function load(name: string): Story {
  return parseStory(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));
}

describe('story → editor → story', () => {
  it('has fixtures to run over', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)('gives back %s exactly, byte for byte as a file', (name) => {
    const story = load(name);
    const back = storyFromSlate(storyToSlate(story), story);
    expect(back).toEqual(story);
    expect(serializeStory(back)).toBe(serializeStory(story));
  });

  it.each(fixtures)('puts the regions of %s in the fixed order', (name) => {
    expect(storyToSlate(load(name)).map((node) => node.type)).toEqual(REGION_ORDER);
  });

  it('survives the trip through JSON, as the editor state does in undo history and the clipboard', () => {
    for (const name of fixtures) {
      const story = load(name);
      const document = JSON.parse(JSON.stringify(storyToSlate(story)));
      expect(storyFromSlate(document, story)).toEqual(story);
    }
  });
});

describe('storyToSlate()', () => {
  const empty = load('new-draft.json');

  it('shows an empty story as one empty bullet, one empty byline entry, empty slots and one empty paragraph', () => {
    const document = storyToSlate(empty);
    expect(document[2]).toEqual({ type: 'highlights', children: [{ type: 'highlight', children: [{ text: '' }] }] });
    expect(document[5]).toEqual({ type: 'lead', children: [{ type: 'empty-slot', slot: 'lead', children: [{ text: '' }] }] });
    expect(document[6]).toEqual({ type: 'body', children: [{ type: 'paragraph', children: [{ text: '' }] }] });
  });

  it('writes a video duration as the newsroom shows it', () => {
    const story = load('un-general-assembly-photos.json');
    expect(find(storyToSlate(story)[5], fieldNamed('duration')).children).toEqual([{ text: '1:02:03' }]);
  });
});

describe('storyFromSlate()', () => {
  const base = load('new-draft.json');

  it('reads empty bullets and nameless byline entries as nothing', () => {
    const document = storyToSlate({ ...base, highlights: ['One', 'Two'] });
    setText((document[2] as Node).children![1]!, '   ');
    expect(storyFromSlate(document, base).highlights).toEqual(['One']);
  });

  it('keeps a byline entry that has a title but no name yet, so the words are not lost', () => {
    const document = storyToSlate(base);
    setText(find(document[3], fieldNamed('title')), 'Senior legal analyst');
    expect(storyFromSlate(document, base).byline).toEqual([{ name: '', title: 'Senior legal analyst', organization: '' }]);
  });

  it('reads a duration that is not mm:ss as no duration, rather than a wrong one', () => {
    const story = load('un-general-assembly-photos.json');
    const document = storyToSlate(story);
    setText(find(document[7], fieldNamed('duration')), '1:75');
    expect(storyFromSlate(document, story).relatedVideos[0]?.durationSeconds).toBeNull();
  });

  it('splits photographers and restrictions on semicolons and trims them', () => {
    const story = load('un-general-assembly-photos.json');
    const document = storyToSlate(story);
    setText(find((document[6] as Node).children![1], fieldNamed('photographers')), ' Richard Drew ;Evan Vucci; ');
    expect(storyFromSlate(document, story).body[1]).toMatchObject({ credit: { photographers: ['Richard Drew', 'Evan Vucci'] } });
  });

  it('merges neighbouring runs with the same marks and keeps the desk metadata of the story it was given', () => {
    const story = load('courthouse-arrests.json');
    const document = storyToSlate(story);
    const paragraph = (document[6] as Node).children![0]!;
    paragraph.children!.splice(1, 1, { text: 'sanc', italic: true } as Node, { text: 'tuary', italic: true } as Node);
    const back = storyFromSlate(document, story);
    expect(back.body[0]).toEqual(story.body[0]);
    expect(back).toMatchObject({ id: story.id, status: 'edited', keywords: story.keywords, corrections: story.corrections });
  });
});
