// @vitest-environment jsdom
// The lint layer's controller: it lints the story as the editor holds it, away from the keystroke, draws
// marks on exactly the text nodes it linted (so a changed node loses its stale marks), keeps the panel's
// list, and makes the panel's fixes as undo steps.

import { Node, Text, Transforms, type Path } from 'slate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStory } from '../../../../shared/story/create.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { DEFAULT_LINT_SETTINGS, type LintSettings } from '../../../../shared/lint/lint-settings.ts';
import { DecorationStore } from '../../../../renderer/src/editor/decorations/decoration-store.ts';
import { storyFromSlate } from '../../../../renderer/src/editor/document/from-slate.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import type { Linter } from '../../../../renderer/src/editor/lint/background-linter.ts';
import { LINT_MAX_WAIT_MS, LintController } from '../../../../renderer/src/editor/lint/lint-controller.ts';
import { lintOutcome } from '../../../../renderer/src/editor/lint/lint-outcome.ts';
import { editorWith } from '../builders.ts';

const base: Story = {
  ...createStory({ id: '01jq0000000000000000000000', now: new Date('2026-03-01T10:00:00.000Z') }),
  slug: 'harbour',
  highlights: ['Boats stay in port', 'The ferry is cancelled'],
  dateline: { location: 'DOVER', source: 'CNN' },
  body: [
    { type: 'paragraph', children: [{ text: 'The port closed at TK on Tuesday.' }] },
    {
      type: 'photo',
      id: 'p1',
      media: null,
      alt: 'Boats in the harbour.',
      caption: 'Boats wait',
      credit: { photographers: ['Jane Doe'], organization: 'CNN', via: '', restrictions: [], copyright: '' },
    },
  ],
};

function setUp(story: Story = base, settings: () => LintSettings = () => DEFAULT_LINT_SETTINGS) {
  const editor = editorWith(storyToSlate(story));
  let session = story;
  const decorations = new DecorationStore(editor);
  const controller = new LintController({
    currentStory: () => session,
    settings,
    editStory: (change) => {
      session = change(session);
    },
  });
  controller.attach(editor, decorations);
  return { editor, controller, decorations, session: () => session };
}

/** The text node holding `text`, with its path. */
function textNode(editor: ReturnType<typeof editorWith>, text: string): [Text, Path] {
  for (const [node, path] of Node.texts(editor)) if (node.text.includes(text)) return [node, path];
  throw new Error(`no text node with "${text}"`);
}

function marked(decorations: DecorationStore, entry: [Text, Path]): string[] {
  return decorations.decorate(entry).map((range) => entry[0].text.slice(range.anchor.offset, range.focus.offset));
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('LintController', () => {
  it('lints after the typing stops, never on the keystroke itself', () => {
    const { controller } = setUp();
    expect(controller.getSnapshot().ready).toBe(false);
    controller.schedule();
    expect(controller.getSnapshot().ready).toBe(false);
    vi.advanceTimersByTime(LINT_MAX_WAIT_MS + 500);
    expect(controller.getSnapshot().ready).toBe(true);
  });

  it('lists the problems by severity, in story order, with where they are', () => {
    const { controller } = setUp();
    controller.run();
    const { problems, counts } = controller.getSnapshot();
    expect(problems.map((entry) => [entry.problem.severity, entry.problem.rule, entry.where])).toEqual([
      ['error', 'headline-missing', 'Headline'],
      ['error', 'placeholder-left', 'Body ¶1'],
      ['error', 'photo-no-picture', 'Photo 1 · picture'],
      ['info', 'caption-no-place', 'Photo 1 · caption'],
      ['info', 'caption-no-date', 'Photo 1 · caption'],
    ]);
    expect(counts).toEqual({ error: 3, warning: 0, info: 2 });
    expect(controller.getSnapshot().statistics).toMatchObject({ words: 7 });
  });

  it('marks the characters a problem points at, and a whole field for a problem without a range', () => {
    const { editor, controller, decorations } = setUp();
    controller.run();
    expect(marked(decorations, textNode(editor, 'TK'))).toEqual(['TK']);
    const [range] = decorations.decorate(textNode(editor, 'TK'));
    expect(range).toMatchObject({ lint: { severity: 'error', problemIds: [expect.stringContaining('placeholder-left@body.0.children')] } });
    expect(marked(decorations, textNode(editor, 'Boats wait'))).toEqual(['Boats wait']);
    // The empty headline is listed, not marked: there is nothing to draw under.
    expect(decorations.decorate(textNode(editor, ''))).toEqual([]);
  });

  it('drops the marks of a text node as soon as it changes, and marks it again on the next pass', () => {
    const { editor, controller, decorations } = setUp();
    controller.run();
    const [, path] = textNode(editor, 'TK');
    Transforms.insertText(editor, 'Sadly, ', { at: { path, offset: 0 } });
    const changed = textNode(editor, 'TK');
    expect(marked(decorations, changed)).toEqual([]);
    controller.run();
    expect(marked(decorations, textNode(editor, 'TK'))).toEqual(['TK']);
  });

  it('lints the text the editor holds, not the session’s older copy', () => {
    const { editor, controller } = setUp();
    Transforms.insertText(editor, 'Harbour shut', { at: { path: textNode(editor, '')[1], offset: 0 } });
    controller.run();
    expect(controller.getSnapshot().problems.map((entry) => entry.problem.rule)).not.toContain('headline-missing');
  });

  it('lints again with the desk’s new settings', () => {
    let settings: LintSettings = DEFAULT_LINT_SETTINGS;
    const { controller } = setUp(base, () => settings);
    controller.run();
    expect(controller.getSnapshot().problems.some((entry) => entry.problem.rule === 'placeholder-left')).toBe(true);
    settings = { ...DEFAULT_LINT_SETTINGS, disabledRules: ['placeholder-left'] };
    controller.run();
    expect(controller.getSnapshot().problems.some((entry) => entry.problem.rule === 'placeholder-left')).toBe(false);
  });

  it('makes a fix in the editor as one undo step, and a fix to the slug through the session', () => {
    const story: Story = {
      ...base,
      slug: '',
      headline: 'Harbour shut',
      body: [{ type: 'paragraph', children: [{ text: 'Boats  stay in port.' }] }],
    };
    const { editor, controller, session } = setUp(story);
    controller.run();
    const space = controller.getSnapshot().problems.find((entry) => entry.problem.rule === 'doubled-space')!;
    expect(controller.applyFix(space.id)).toBe(true);
    expect(storyFromSlate(editor.children, story).body[0]).toEqual({ type: 'paragraph', children: [{ text: 'Boats stay in port.' }] });
    expect(controller.getSnapshot().problems.some((entry) => entry.problem.rule === 'doubled-space')).toBe(false);
    editor.undo();
    expect(Node.string(editor)).toContain('Boats  stay');

    const slug = controller.getSnapshot().problems.find((entry) => entry.problem.rule === 'slug-missing')!;
    expect(controller.applyFix(slug.id)).toBe(true);
    expect(session().slug).toBe('harbour-shut');
  });

  it('fixes everything a person need not choose in one undo step, leaving a disagreeing credit to them', () => {
    const story: Story = {
      ...base,
      headline: 'Harbour shut',
      body: [
        { type: 'paragraph', children: [{ text: 'Boats  stay in port, the "harbour master" said.' }] },
        {
          type: 'photo',
          id: 'p1',
          media: null,
          alt: 'Boats in the harbour.',
          caption: 'Boats wait in Dover, Tuesday, March 3, 2026. (AP Photo/Kirsty Wigglesworth)',
          credit: { photographers: ['Jane Doe'], organization: 'CNN', via: '', restrictions: [], copyright: '' },
        },
      ],
    };
    const { editor, controller } = setUp(story);
    controller.run();
    const rules = () => controller.getSnapshot().problems.map((entry) => entry.problem.rule);
    expect(rules()).toEqual(expect.arrayContaining(['doubled-space', 'straight-quote', 'credit-disagrees']));

    expect(controller.applyAllFixes()).toBe(3);
    expect(Node.string(editor)).toContain('Boats stay in port, the “harbour master” said.');
    expect(rules()).not.toContain('doubled-space');
    expect(rules()).not.toContain('straight-quote');
    expect(rules()).toContain('credit-disagrees');

    editor.undo();
    expect(Node.string(editor)).toContain('Boats  stay in port, the "harbour master" said.');
  });

  it('does nothing for a fix whose problem has gone since the panel listed it', () => {
    const { editor, controller } = setUp();
    controller.run();
    const placeholder = controller.getSnapshot().problems.find((entry) => entry.problem.rule === 'placeholder-left')!;
    const [, path] = textNode(editor, 'TK');
    Transforms.delete(editor, { at: { anchor: { path, offset: 19 }, focus: { path, offset: 22 } } });
    expect(controller.goTo(placeholder.id)).toBe(false);
  });

  it('selects the problem’s characters for “Go to”', () => {
    const { editor, controller } = setUp();
    controller.run();
    const placeholder = controller.getSnapshot().problems.find((entry) => entry.problem.rule === 'placeholder-left')!;
    expect(controller.goTo(placeholder.id)).toBe(true);
    const [, path] = textNode(editor, 'TK');
    expect(editor.selection).toEqual({ anchor: { path, offset: 19 }, focus: { path, offset: 21 } });
  });

  it('stops drawing when the editor goes', () => {
    const editor = editorWith(storyToSlate(base));
    const decorations = new DecorationStore(editor);
    const controller = new LintController({ currentStory: () => base });
    const detach = controller.attach(editor, decorations);
    controller.run();
    expect(marked(decorations, textNode(editor, 'TK'))).toEqual(['TK']);
    detach();
    expect(marked(decorations, textNode(editor, 'TK'))).toEqual([]);
  });
});

/** A linter that answers only when the test says so, as a worker answers in its own time. */
function heldLinter() {
  const asked: { answer: () => void }[] = [];
  const linter: Linter = {
    lint: (base, document, settings) =>
      new Promise((resolve) => asked.push({ answer: () => resolve(lintOutcome(base, document, settings)) })),
  };
  return { linter, asked };
}

describe('LintController with a background linter', () => {
  function setUpWith(linter: Linter) {
    const editor = editorWith(storyToSlate(base));
    const decorations = new DecorationStore(editor);
    const controller = new LintController({ currentStory: () => base }, linter);
    controller.attach(editor, decorations);
    return { editor, decorations, controller };
  }

  it('hands the passes scheduled while typing to the linter, and draws its answer when it comes', async () => {
    const { linter, asked } = heldLinter();
    const { editor, decorations, controller } = setUpWith(linter);
    vi.advanceTimersByTime(LINT_MAX_WAIT_MS + 500);
    expect(asked).toHaveLength(1);
    expect(controller.getSnapshot().ready).toBe(false);
    asked[0]!.answer();
    await vi.waitFor(() => expect(controller.getSnapshot().ready).toBe(true));
    expect(marked(decorations, textNode(editor, 'TK'))).toEqual(['TK']);
  });

  it('while typing goes on, passes come about every LINT_MAX_WAIT_MS, not after every keystroke', async () => {
    const { linter, asked } = heldLinter();
    const { editor, controller } = setUpWith(linter);
    vi.advanceTimersByTime(LINT_MAX_WAIT_MS + 500);
    asked[0]!.answer();
    await vi.waitFor(() => expect(controller.getSnapshot().ready).toBe(true));

    // Ten seconds of steady typing, a key every 100 ms, long after the editor opened.
    const point = { path: textNode(editor, 'TK')[1], offset: 0 };
    for (let key = 0; key < 100; key++) {
      Transforms.insertText(editor, 'x', { at: point });
      controller.schedule();
      vi.advanceTimersByTime(100);
    }
    const passesWhileTyping = asked.length - 1;
    expect(passesWhileTyping).toBeGreaterThanOrEqual(4);
    expect(passesWhileTyping).toBeLessThanOrEqual(6);
  });

  it('drops an answer that comes after a newer pass began', async () => {
    const { linter, asked } = heldLinter();
    const { editor, controller } = setUpWith(linter);
    vi.advanceTimersByTime(LINT_MAX_WAIT_MS + 500);
    Transforms.insertText(editor, 'Now: ', { at: { path: textNode(editor, 'TK')[1], offset: 0 } });
    controller.schedule();
    vi.advanceTimersByTime(LINT_MAX_WAIT_MS + 500);
    expect(asked).toHaveLength(2);
    asked[0]!.answer();
    await Promise.resolve();
    await Promise.resolve();
    expect(controller.getSnapshot().ready).toBe(false);
    asked[1]!.answer();
    await vi.waitFor(() => expect(controller.getSnapshot().ready).toBe(true));
    expect(controller.getSnapshot().problems.some((entry) => entry.problem.rule === 'placeholder-left')).toBe(true);
  });

  it('answers “Go to” from a pass in the page at once, without waiting for the linter', () => {
    const { linter, asked } = heldLinter();
    const { editor, controller } = setUpWith(linter);
    controller.run();
    const placeholder = controller.getSnapshot().problems.find((entry) => entry.problem.rule === 'placeholder-left')!;
    expect(controller.goTo(placeholder.id)).toBe(true);
    expect(editor.selection).not.toBeNull();
    expect(asked).toHaveLength(0);
  });
});
