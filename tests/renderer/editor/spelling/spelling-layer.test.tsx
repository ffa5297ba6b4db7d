// @vitest-environment jsdom
// The spell checker inside a rendered editor: misspelt words are marked after the Node side answers, the
// names the story teaches are not, and a word added to the personal dictionary loses its mark at once.

import { act, cleanup, render, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { Editable, Slate } from 'slate-react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge } from '../../../../shared/bridge/contract.ts';
import { Preferences, type EditablePreferences } from '../../../../shared/bridge/preferences.ts';
import { createStory } from '../../../../shared/story/create.ts';
import { createStoryEditor, normalizedDocument } from '../../../../renderer/src/editor/create-story-editor.ts';
import { DecorationContext } from '../../../../renderer/src/editor/decorations/decoration-context.ts';
import { MarkedText } from '../../../../renderer/src/editor/decorations/marked-text.tsx';
import { useEditorDecorations } from '../../../../renderer/src/editor/decorations/use-editor-decorations.ts';
import { StoryElement } from '../../../../renderer/src/editor/render/element.tsx';
import { StoryLeaf } from '../../../../renderer/src/editor/render/leaf.tsx';
import { SpellingLayer } from '../../../../renderer/src/editor/spelling/spelling-layer.tsx';
import { preferencesStoreFor } from '../../../../renderer/src/preferences/preferences-store.ts';
import { doc, p } from '../builders.ts';

const MISSPELT = new Set(['teh', 'recieve', 'Sakauye', 'Jarret']);
const STORY = createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z') });

function fakeBridge() {
  let preferences = Preferences.parse({ libraryPath: '/library' });
  const check = vi.fn(async ({ words }: { words: string[] }) => ({ misspelt: words.filter((word) => MISSPELT.has(word)) }));
  const bridge = {
    spelling: { check, suggest: async () => ({ suggestions: [] }) },
    preferences: {
      get: async () => preferences,
      set: async (changes: EditablePreferences) => (preferences = Preferences.parse({ ...preferences, ...changes })),
    },
  } as unknown as CopydeskBridge;
  return { bridge, check };
}

function Harness({ bridge, document }: { bridge: CopydeskBridge; document: ReturnType<typeof doc> }) {
  const [editor] = useState(createStoryEditor);
  const decorations = useEditorDecorations(editor);
  return (
    <DecorationContext.Provider value={decorations}>
      <Slate editor={editor} initialValue={normalizedDocument(document)}>
        <Editable aria-label="Story" renderElement={StoryElement} renderLeaf={StoryLeaf} renderText={MarkedText} decorate={decorations.decorate} />
        <SpellingLayer story={STORY} bridge={bridge} />
      </Slate>
    </DecorationContext.Provider>
  );
}

const marks = (container: HTMLElement) => [...container.querySelectorAll('.spelling-mark')].map((mark) => mark.getAttribute('data-misspelt'));

afterEach(cleanup);

describe('<SpellingLayer>', () => {
  it('marks the misspelt words once the Node side has answered, but not the names the story uses', async () => {
    const { bridge, check } = fakeBridge();
    const { container } = render(
      <Harness
        bridge={bridge}
        document={doc({ byline: [['Tani Sakauye']], body: [p('Sakauye said teh court will recieve it, said Jarret.')] })}
      />,
    );
    await waitFor(() => expect(marks(container)).toEqual(['teh', 'recieve']));
    const asked = check.mock.calls.flatMap(([{ words }]) => words);
    expect(asked).not.toContain('Sakauye');
    expect(asked).not.toContain('Jarret');
  });

  it('unmarks a word as soon as it is added to the personal dictionary', async () => {
    const { bridge } = fakeBridge();
    const { container } = render(<Harness bridge={bridge} document={doc({ body: [p('They recieve teh papers.')] })} />);
    await waitFor(() => expect(marks(container)).toEqual(['recieve', 'teh']));
    await act(() => preferencesStoreFor(bridge).update({ personalDictionary: ['teh'] }));
    expect(marks(container)).toEqual(['recieve']);
  });
});
