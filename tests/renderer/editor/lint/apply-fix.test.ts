// @vitest-environment jsdom
// A quick fix made in the editor must change the story exactly as applyLintEdits changes the story JSON,
// and Ctrl+Z must take it back in one step.

import { describe, expect, it } from 'vitest';
import { applyLintEdits, lintStory } from '../../../../shared/lint/index.ts';
import type { LintProblem } from '../../../../shared/lint/lint-types.ts';
import { createStory } from '../../../../shared/story/create.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { storyFromSlate } from '../../../../renderer/src/editor/document/from-slate.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import { applyEditsInEditor } from '../../../../renderer/src/editor/lint/apply-fix.ts';
import { editorWith } from '../builders.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');

function story(parts: Partial<Story>): Story {
  return { ...createStory({ id: '01jq0000000000000000000000', now: NOW }), ...parts };
}

const pictureOfTrump = {
  type: 'photo' as const,
  id: 'p1',
  media: null,
  alt: 'The president at a lectern.',
  caption: 'President Trump speaks at the UN, Tuesday, Sept. 25, 2018. (AP Photo/Richard Drew)',
  credit: { photographers: ['John Moore'], organization: 'Getty Images', via: '', restrictions: [], copyright: '' },
};

function problem(subject: Story, rule: string): LintProblem {
  const found = lintStory(subject).find((candidate) => candidate.rule === rule);
  if (!found?.fix) throw new Error(`no ${rule} problem with a fix in ${JSON.stringify(lintStory(subject).map((p) => p.rule))}`);
  return found;
}

/** The editor for a story, and the story it holds now. */
function editorFor(subject: Story) {
  const editor = editorWith(storyToSlate(subject));
  return { editor, now: () => storyFromSlate(editor.children, subject) };
}

describe('applyEditsInEditor()', () => {
  it('moves a disagreeing caption credit into the credit fields, as applyLintEdits does', () => {
    const subject = story({ headline: 'Trump at the UN', body: [pictureOfTrump] });
    const { fix } = problem(subject, 'credit-disagrees');
    const { editor, now } = editorFor(subject);

    expect(applyEditsInEditor(editor, fix!.edits)).toEqual([]);

    const fixed = now();
    expect(fixed).toEqual(applyLintEdits(subject, fix!.edits));
    expect(fixed.body[0]).toMatchObject({
      caption: 'President Trump speaks at the UN, Tuesday, Sept. 25, 2018.',
      credit: { photographers: ['Richard Drew'], organization: 'AP' },
    });
  });

  it('is one undo step, however many fields it changes', () => {
    const subject = story({ headline: 'Trump at the UN', body: [pictureOfTrump] });
    const { editor, now } = editorFor(subject);
    const before = structuredClone(editor.children);
    applyEditsInEditor(editor, problem(subject, 'credit-disagrees').fix!.edits);
    expect(now()).not.toEqual(subject);

    editor.undo();
    expect(editor.children).toEqual(before);
    expect(now()).toEqual(subject);
    editor.redo();
    expect(now().body[0]).toMatchObject({ credit: { photographers: ['Richard Drew'] } });
  });

  it('replaces text across bold and link runs at the offsets lint gave', () => {
    const subject = story({
      headline: 'Harbour',
      body: [
        {
          type: 'paragraph',
          children: [
            { text: 'Boats  left ' },
            { text: 'the the', bold: true },
            { text: ' port, ' },
            { type: 'link', url: 'https://a.example', children: [{ text: 'said  the' }] },
            { text: ' harbour master.' },
          ],
        },
      ],
    });
    const problems = lintStory(subject).filter((candidate) => candidate.rule === 'doubled-space' || candidate.rule === 'doubled-word');
    expect(problems.map((candidate) => candidate.rule).sort()).toEqual(['doubled-space', 'doubled-space', 'doubled-word']);
    const edits = problems.flatMap((candidate) => candidate.fix!.edits);
    const { editor, now } = editorFor(subject);

    applyEditsInEditor(editor, edits);

    expect(now()).toEqual(applyLintEdits(subject, edits));
    expect(now().body[0]).toEqual({
      type: 'paragraph',
      children: [
        { text: 'Boats left ' },
        { text: 'the', bold: true },
        { text: ' port, ' },
        { type: 'link', url: 'https://a.example', children: [{ text: 'said the' }] },
        { text: ' harbour master.' },
      ],
    });
    editor.undo();
    expect(now()).toEqual(subject);
  });

  it('hands back the edits for the Desk’s fields and leaves the editor alone for them', () => {
    const subject = story({ headline: 'Harbour storm', slug: '' });
    const slugProblem = lintStory(subject).find((candidate) => candidate.where.path[0] === 'slug' && candidate.fix);
    expect(slugProblem).toBeDefined();
    const { editor } = editorFor(subject);
    const before = editor.children;

    expect(applyEditsInEditor(editor, slugProblem!.fix!.edits)).toEqual(slugProblem!.fix!.edits);
    expect(editor.children).toBe(before);
    expect(editor.history.undos).toHaveLength(0);
  });

  it('refuses an edit past the end of the text, changing nothing', () => {
    const subject = story({ headline: 'Short' });
    const { editor } = editorFor(subject);
    const before = editor.children;
    expect(() => applyEditsInEditor(editor, [{ kind: 'replace-text', path: ['headline'], start: 2, end: 40, text: 'x' }])).toThrow(
      /past the end of the text at headline/,
    );
    expect(editor.children).toBe(before);
  });
});
