// Opening a story skips Slate's forced normalisation when the document is already in shape — and only then:
// whatever the check lets through is exactly what Slate's own normalisation would have given.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEditor, Editor, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../../shared/story/index.ts';
import { normalizedDocument } from '../../../../renderer/src/editor/create-story-editor.ts';
import { isAlreadyNormal } from '../../../../renderer/src/editor/document/already-normal.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import { withInlines } from '../../../../renderer/src/editor/plugins/with-inlines.ts';
import { withStoryStructure } from '../../../../renderer/src/editor/plugins/with-story-structure.ts';
import { bold, doc, link, p } from '../builders.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/stories');

function scratchWith(document: Descendant[]) {
  const editor = withStoryStructure(withInlines(createEditor()));
  editor.children = structuredClone(document);
  return editor;
}

/** Slate's own forced normalisation, as the editor did it before the check. */
function slateNormalised(document: Descendant[]): Descendant[] {
  const editor = scratchWith(document);
  Editor.normalize(editor, { force: true });
  return editor.children;
}

const OUT_OF_SHAPE: Record<string, Descendant[]> = {
  'a document without its body region': doc({ headline: 'Ferry cancelled' }).filter((node) => !('type' in node && node.type === 'body')),
  'two neighbouring runs of the same formatting': doc({ body: [{ type: 'paragraph', children: [{ text: 'The ferry ' }, { text: 'is cancelled.' }] }] }),
  'a link with no text around it': doc({ body: [{ type: 'paragraph', children: [link('https://example.com', 'the council')] as never }] }),
  'a paragraph with no children': doc({ body: [{ type: 'paragraph', children: [] }] }),
  'a line break in the headline': doc({ headline: 'Ferry\ncancelled' }),
  'a paragraph loose at the top level': [...doc({ body: [p('Kept.')] }), { type: 'paragraph', children: [{ text: 'Stray.' }] } as Descendant],
};

describe('isAlreadyNormal()', () => {
  it.each(readdirSync(FIXTURES).filter((name) => name.endsWith('.json')))(
    'agrees with Slate about the story %s, opens it as Slate would, and finds it in shape once it is',
    (name) => {
      const document = storyToSlate(parseStory(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'))));
      const bySlate = slateNormalised(document);
      const changedBySlate = JSON.stringify(bySlate) !== JSON.stringify(document);
      expect(isAlreadyNormal(scratchWith(document))).toBe(!changedBySlate);
      expect(normalizedDocument(structuredClone(document))).toEqual(bySlate);
      // Saved from the editor and opened again: in shape, and kept as it is.
      expect(isAlreadyNormal(scratchWith(bySlate))).toBe(true);
      expect(normalizedDocument(bySlate)).toBe(bySlate);
    },
  );

  it('finds a story with formatting and links in shape', () => {
    const document = doc({ headline: 'Ferry cancelled', body: [p('The ', bold('ferry'), ' from ', link('https://example.com', 'Dover'), ' is off.')] });
    expect(isAlreadyNormal(scratchWith(slateNormalised(document)))).toBe(true);
  });

  it.each(Object.entries(OUT_OF_SHAPE))('finds %s out of shape, and opening it gives what Slate’s normalisation gives', (_, document) => {
    expect(isAlreadyNormal(scratchWith(document))).toBe(false);
    expect(normalizedDocument(structuredClone(document))).toEqual(slateNormalised(document));
  });

  it('leaves the editor it asked able to change the document afterwards', () => {
    const editor = scratchWith(OUT_OF_SHAPE['a paragraph with no children']!);
    isAlreadyNormal(editor);
    Editor.normalize(editor, { force: true });
    expect(isAlreadyNormal(editor)).toBe(true);
  });
});
