// @vitest-environment jsdom
// The "House style" panel and the editor's lint layer, rendered: problems grouped by severity with where
// they are and their actions, the toggle's count, and marks drawn under the text of a mounted editor.

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { Editor, Transforms } from 'slate';
import { Editable, Slate } from 'slate-react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStory } from '../../../../shared/story/create.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { DecorationContext } from '../../../../renderer/src/editor/decorations/decoration-context.ts';
import { MarkedText } from '../../../../renderer/src/editor/decorations/marked-text.tsx';
import { useEditorDecorations } from '../../../../renderer/src/editor/decorations/use-editor-decorations.ts';
import { storyFromSlate } from '../../../../renderer/src/editor/document/from-slate.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import { LintContext } from '../../../../renderer/src/editor/lint/lint-context.ts';
import { LINT_MAX_WAIT_MS, LintController } from '../../../../renderer/src/editor/lint/lint-controller.ts';
import { LintLayer } from '../../../../renderer/src/editor/lint/lint-layer.tsx';
import { LintPanel, LintToggle, PROBLEMS_PER_PAGE } from '../../../../renderer/src/editor/lint/lint-panel.tsx';
import { StoryElement } from '../../../../renderer/src/editor/render/element.tsx';
import { StoryLeaf } from '../../../../renderer/src/editor/render/leaf.tsx';
import { editorWith } from '../builders.ts';

afterEach(cleanup);

const draft: Story = {
  ...createStory({ id: '01jq0000000000000000000000', now: new Date('2026-03-01T10:00:00.000Z') }),
  slug: '',
  highlights: ['Boats stay in port', 'The ferry is cancelled'],
  dateline: { location: 'DOVER', source: 'CNN' },
  body: [
    { type: 'paragraph', children: [{ text: 'The port closed at TK on Tuesday.' }] },
    {
      type: 'photo',
      id: 'p1',
      media: null,
      alt: 'Boats in the harbour.',
      caption: 'Boats wait in Dover, England, on Tuesday, March 3, 2026. (AP Photo/Richard Drew)',
      credit: { photographers: ['John Moore'], organization: 'Getty Images', via: '', restrictions: [], copyright: '' },
    },
  ],
};

function setUp() {
  const editor = editorWith(storyToSlate(draft));
  const focused: string[] = [];
  const controller = new LintController({ currentStory: () => draft, focusDeskField: (key) => focused.push(key) });
  return { editor, controller, focused };
}

describe('<LintPanel>', () => {
  it('groups the problems by severity, each with where it is, “Go to” and its fix', () => {
    const { editor, controller } = setUp();
    controller.attach(editor, null);
    controller.run();
    render(<LintPanel controller={controller} />);

    const panel = screen.getByRole('region', { name: 'House style' });
    expect(within(panel).getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
      'House style',
      'Errors 3',
      'Warnings 2',
    ]);
    const items = within(panel).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.lint-problem-where')?.textContent)).toEqual([
      'Headline',
      'Body ¶1',
      'Photo 1 · picture',
      'Photo 1 · caption',
      'Slug',
    ]);
    const disagreement = items[3]!;
    expect(disagreement.textContent).toContain('but the credit field says “John Moore/Getty Images”');
    expect(within(disagreement).getByRole('button', { name: 'Go to' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(within(disagreement).getByRole('button', { name: 'Use “AP Photo/Richard Drew” from the caption' })).toBeTruthy();
    expect(within(panel).getByText('Reading time')).toBeTruthy();
  });

  it('applies a fix from its button and lists the problem no more', () => {
    const { editor, controller } = setUp();
    controller.attach(editor, null);
    controller.run();
    render(<LintPanel controller={controller} />);
    fireEvent.click(screen.getByRole('button', { name: 'Use “AP Photo/Richard Drew” from the caption' }));

    expect(storyFromSlate(editor.children, draft).body[1]).toMatchObject({ credit: { photographers: ['Richard Drew'], organization: 'AP' } });
    expect(screen.queryByText(/but the credit field says/)).toBeNull();
    expect(screen.getByText(/^Fixed: Use “AP Photo\/Richard Drew”/)).toBeTruthy();
  });

  it('lists a long run of problems a page at a time, with “Show more”', () => {
    const slips = Array.from({ length: PROBLEMS_PER_PAGE + 12 }, (_, index) => ({
      type: 'paragraph' as const,
      children: [{ text: `Paragraph ${index} says the the same thing twice.` }],
    }));
    const story: Story = { ...draft, body: slips };
    const editor = editorWith(storyToSlate(story));
    const controller = new LintController({ currentStory: () => story });
    controller.attach(editor, null);
    controller.run();
    render(<LintPanel controller={controller} />);
    const warnings = document.querySelector<HTMLElement>('.lint-group-warning')!;
    const total = Number(warnings.querySelector('.lint-group-count')!.textContent);
    expect(total).toBeGreaterThan(PROBLEMS_PER_PAGE + 11);
    const listed = () => warnings.querySelectorAll('li').length;
    expect(listed()).toBe(PROBLEMS_PER_PAGE);
    const more = Math.min(PROBLEMS_PER_PAGE, total - PROBLEMS_PER_PAGE);
    fireEvent.click(within(warnings).getByRole('button', { name: `Show ${more} more (${PROBLEMS_PER_PAGE} of ${total} shown)` }));
    expect(listed()).toBe(PROBLEMS_PER_PAGE + more);
  });

  it('sends “Go to” for the slug to the Desk form', () => {
    const { editor, controller, focused } = setUp();
    controller.attach(editor, null);
    controller.run();
    render(<LintPanel controller={controller} />);
    const slug = screen.getAllByRole('listitem').find((item) => item.textContent?.includes('no slug'))!;
    fireEvent.click(within(slug).getByRole('button', { name: 'Go to' }));
    expect(focused).toEqual(['slug']);
  });
});

describe('<LintToggle>', () => {
  it('says how many problems there are', () => {
    const { editor, controller } = setUp();
    controller.attach(editor, null);
    render(<LintToggle controller={controller} />);
    expect(screen.getByRole('button').textContent).toBe('House style');
    act(() => controller.run());
    expect(screen.getByRole('button', { name: 'House style, 3 errors, 2 warnings' }).textContent).toContain('5');
  });
});

describe('<LintLayer>', () => {
  function MountedEditor({ controller, editor }: { controller: LintController; editor: ReturnType<typeof editorWith> }) {
    const decorations = useEditorDecorations(editor);
    return (
      <LintContext.Provider value={controller}>
        <DecorationContext.Provider value={decorations}>
          <Slate editor={editor} initialValue={editor.children}>
            <Editable aria-label="Story" renderElement={StoryElement} renderLeaf={StoryLeaf} renderText={MarkedText} decorate={decorations.decorate} />
            <LintLayer />
          </Slate>
        </DecorationContext.Provider>
      </LintContext.Provider>
    );
  }

  it('draws the marks of a pass under the text they point at', () => {
    const { editor, controller } = setUp();
    render(<MountedEditor controller={controller} editor={editor} />);
    act(() => controller.run());
    const marks = [...document.querySelectorAll('.lint-mark')];
    expect(marks.map((mark) => [mark.textContent, mark.className])).toEqual([
      ['TK', 'lint-mark lint-error'],
      ['(AP Photo/Richard Drew)', 'lint-mark lint-warning'],
    ]);
    expect(marks[0]!.getAttribute('data-lint-problems')).toMatch(/^placeholder-left@body\.0\.children/);
  });

  it('lints again a moment after an edit, not on the edit itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { editor, controller } = setUp();
      render(<MountedEditor controller={controller} editor={editor} />);
      act(() => controller.run());
      const paragraph = Editor.end(editor, [6, 0]);
      await act(async () => {
        Transforms.insertText(editor, ' Also XX.', { at: paragraph });
        await Promise.resolve(); // Slate tells of the change in a microtask
      });
      expect(document.querySelectorAll('.lint-mark.lint-error')).toHaveLength(0); // the edited text's marks are stale
      await act(async () => {
        vi.advanceTimersByTime(LINT_MAX_WAIT_MS + 500);
      });
      expect([...document.querySelectorAll('.lint-mark.lint-error')].map((mark) => mark.textContent)).toEqual(['TK', 'XX']);
    } finally {
      vi.useRealTimers();
    }
  });
});
