import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { parseStory, type Story } from '../../../../shared/story/index.ts';
import { normalizedDocument, storyEditorWith } from '../../../../renderer/src/editor/create-story-editor.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import { storyWithEdits } from '../../../../renderer/src/editor/sync/story-with-edits.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/stories');
const load = (name: string): Story => parseStory(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));

describe('storyWithEdits()', () => {
  it.each(['courthouse-arrests.json', 'un-general-assembly-photos.json', 'new-draft.json'])(
    'gives back %s unchanged after the editor has put its document in shape',
    (name) => {
      const story = load(name);
      expect(storyWithEdits(story, normalizedDocument(storyToSlate(story)))).toEqual(story);
    },
  );

  it('lets the slug follow the headline while nobody has set it by hand', () => {
    const story = { ...load('new-draft.json'), headline: 'Storm', slug: 'storm' };
    const editor = storyEditorWith(storyToSlate(story));
    Transforms.insertText(editor, ' closes the harbour', { at: Editor.end(editor, [0]) });
    const next = storyWithEdits(story, editor.children);
    expect(next.headline).toBe('Storm closes the harbour');
    expect(next.slug).toBe('storm-closes-the-harbour');
  });

  it('keeps a slug set by hand when the headline changes', () => {
    const story = { ...load('new-draft.json'), headline: 'Storm', slug: 'harbour-closure' };
    const editor = storyEditorWith(storyToSlate(story));
    Transforms.insertText(editor, ' closes', { at: Editor.end(editor, [0]) });
    expect(storyWithEdits(story, editor.children).slug).toBe('harbour-closure');
  });

  it('keeps the desk’s metadata from the story, not the document', () => {
    const story = { ...load('courthouse-arrests.json'), status: 'ready' as const, editorsNotes: 'Legal checked' };
    const next = storyWithEdits(story, normalizedDocument(storyToSlate(load('courthouse-arrests.json'))));
    expect(next.status).toBe('ready');
    expect(next.editorsNotes).toBe('Legal checked');
  });
});
