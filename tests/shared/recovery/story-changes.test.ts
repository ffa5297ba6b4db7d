import { describe, expect, it } from 'vitest';
import { RecordEditsArgs } from '../../../shared/bridge/contract.ts';
import { applyStoryChanges, storyChanges } from '../../../shared/recovery/story-changes.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { BodyBlock, Story } from '../../../shared/story/schema.ts';

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });

function storyOf(paragraphs: number): Story {
  const story = createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' });
  return { ...story, body: Array.from({ length: paragraphs }, (_, n) => paragraph(`Paragraph ${n}.`)) };
}

/** The story with block `index` replaced by a new object, as the editor hands over a block typed in. */
function typeInto(story: Story, index: number, text: string): Story {
  const body = [...story.body];
  body[index] = paragraph(text);
  return { ...story, body };
}

describe('storyChanges()', () => {
  it('is empty for the same story', () => {
    const story = storyOf(3);
    expect(storyChanges(story, story)).toEqual({});
  });

  it('carries only the paragraph typed in, not the rest of a long story', () => {
    const before = storyOf(2000);
    const after = typeInto(before, 1234, 'Paragraph 1234, with more words.');
    const changes = storyChanges(before, after);
    expect(changes).toEqual({ body: { start: 1234, deleteCount: 1, blocks: [paragraph('Paragraph 1234, with more words.')] } });
    expect(JSON.stringify(changes).length).toBeLessThan(200);
  });

  it('carries a paragraph split in two as one replaced by two', () => {
    const before = storyOf(5);
    const body = [...before.body];
    body.splice(2, 1, paragraph('Paragraph'), paragraph('2.'));
    const changes = storyChanges(before, { ...before, body });
    expect(changes.body).toEqual({ start: 2, deleteCount: 1, blocks: [paragraph('Paragraph'), paragraph('2.')] });
  });

  it('carries only the other fields whose value changed, and no body when it did not', () => {
    const before = storyOf(3);
    const after = { ...before, headline: 'Harbour storm closes the port' };
    expect(storyChanges(before, after)).toEqual({ fields: { headline: 'Harbour storm closes the port' } });
  });

  it('carries nothing for fields the editor built afresh with the same value (the byline, the dateline)', () => {
    const before = { ...storyOf(3), byline: [{ name: 'Ana Ruiz', title: '', organization: '' }] };
    const after = { ...before, byline: [{ name: 'Ana Ruiz', title: '', organization: '' }], dateline: { ...before.dateline } };
    expect(storyChanges(before, after)).toEqual({});
  });
});

describe('applyStoryChanges()', () => {
  it('turns the earlier story into the later one, edit after edit', () => {
    let journaled = storyOf(10);
    let typed = journaled;
    const edits: ((story: Story) => Story)[] = [
      (story) => typeInto(story, 0, 'A new first paragraph.'),
      (story) => ({ ...story, body: [...story.body.slice(0, 4), ...story.body.slice(6)] }),
      (story) => ({ ...story, headline: 'Storm closes the harbour', body: [...story.body, paragraph('The end.')] }),
      (story) => ({ ...story, body: [] }),
    ];
    for (const edit of edits) {
      const next = edit(typed);
      journaled = applyStoryChanges(journaled, storyChanges(typed, next))!;
      typed = next;
      expect(journaled).toEqual(typed);
    }
  });

  it('refuses changes that do not fit the story (made to another version)', () => {
    const short = storyOf(2);
    expect(applyStoryChanges(short, { body: { start: 5, deleteCount: 1, blocks: [] } })).toBeNull();
    const other = { ...storyOf(2), id: '01jq0000000000000000000001' };
    expect(applyStoryChanges(short, { fields: { id: other.id } })).toBeNull();
  });
});

describe('the journal entry schema', () => {
  it('takes changed fields as they are, filling in no defaults for the fields left out', () => {
    const entry = {
      id: '01jq0000000000000000000000',
      writer: 'window0000000001',
      seq: 2,
      at: '2026-11-27T10:42:00.000Z',
      baseRevision: 'a'.repeat(64),
      edit: { kind: 'changes', after: 1, fields: { headline: 'Storm' } },
    };
    expect(RecordEditsArgs.parse(entry).edit).toEqual({ kind: 'changes', after: 1, fields: { headline: 'Storm' } });
    expect(RecordEditsArgs.safeParse({ ...entry, edit: { ...entry.edit, fields: { headline: 'One\ntwo' } } }).success).toBe(false);
    expect(RecordEditsArgs.safeParse({ ...entry, edit: { ...entry.edit, fields: { body: [] } } }).success).toBe(false);
  });
});
