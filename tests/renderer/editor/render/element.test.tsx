// @vitest-environment jsdom
// The rendered editor: every region and field named for screen readers, hints that are never text, and
// every element type drawn by its own component.

import { cleanup, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editable, Slate } from 'slate-react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseStory } from '../../../../shared/story/index.ts';
import { createStoryEditor, normalizedDocument } from '../../../../renderer/src/editor/create-story-editor.ts';
import { storyToSlate } from '../../../../renderer/src/editor/document/to-slate.ts';
import { StoryElement } from '../../../../renderer/src/editor/render/element.tsx';
import { StoryLeaf } from '../../../../renderer/src/editor/render/leaf.tsx';
import { doc, p, photo, quote, video } from '../builders.ts';
import type { Descendant } from 'slate';

afterEach(cleanup);

function show(document: Descendant[]) {
  const editor = createStoryEditor();
  const value = normalizedDocument(document);
  render(
    <Slate editor={editor} initialValue={value}>
      <Editable aria-label="Story" renderElement={StoryElement} renderLeaf={StoryLeaf} />
    </Slate>,
  );
  return screen.getByRole('textbox', { name: 'Story' });
}

describe('the rendered story', () => {
  it('names every region', () => {
    const story = show(doc());
    for (const name of ['Headline', 'Subheadline', 'Highlights', 'Byline', 'Dateline', 'Lead media', 'Body', 'Related videos']) {
      expect(within(story).getByLabelText(name, { selector: '[aria-label]' })).toBeTruthy();
    }
  });

  it('names a photo’s caption, alt text and credit, and each part of the credit', () => {
    const story = show(doc({ body: [photo('a', { caption: 'Boats in port', alt: 'Three boats', credit: { photographers: 'Ana Ruiz', organization: 'AP' } })] }));
    const card = within(story).getByRole('group', { name: 'Photo' });
    expect(within(card).getByRole('group', { name: 'Caption' }).textContent).toBe('Boats in port');
    expect(within(card).getByRole('group', { name: 'Alt text' }).textContent).toBe('Three boats');
    const credit = within(card).getByRole('group', { name: 'Credit' });
    expect(within(credit).getByRole('group', { name: 'Credit: photographers' }).textContent).toBe('Ana Ruiz');
    expect(within(credit).getByRole('group', { name: 'Credit: organisation' }).textContent).toBe('AP');
  });

  it('names a video’s title, duration, caption and credit', () => {
    const story = show(doc({ related: [video('v', { title: 'Now playing', duration: '01:17' })] }));
    const card = within(story).getByRole('group', { name: 'Video' });
    for (const name of ['Video title', 'Duration', 'Caption', 'Credit']) expect(within(card).getByRole('group', { name })).toBeTruthy();
  });

  it('shows hints in empty parts as attributes, never as text', () => {
    const story = show(doc({ body: [photo('a')] }));
    const headline = within(story).getByLabelText('Headline', { selector: 'h1' });
    expect(headline.getAttribute('data-placeholder')).toBe('Headline');
    expect(headline.hasAttribute('data-empty')).toBe(true);
    expect(headline.textContent?.replace(/\uFEFF/g, '')).toBe('');
    const caption = within(story).getByRole('group', { name: 'Caption' });
    expect(caption.getAttribute('data-placeholder')).toMatch(/present tense/);
    expect(caption.textContent?.replace(/\uFEFF/g, '')).toBe('');
  });

  it('gives the headline its count against the 70-character limit', () => {
    const story = show(doc({ headline: 'x'.repeat(72) }));
    const headline = within(story).getByLabelText('Headline', { selector: 'h1' });
    expect(headline.getAttribute('data-count')).toBe('72 / 70');
    expect(headline.hasAttribute('data-over')).toBe(true);
  });

  it('flags a duration that is not mm:ss', () => {
    const story = show(doc({ related: [video('v', { duration: '1:5' })] }));
    const duration = within(story).getByRole('group', { name: 'Duration' });
    expect(duration.getAttribute('aria-invalid')).toBe('true');
  });

  it('renders every kind of element of real stories', () => {
    for (const name of ['courthouse-arrests.json', 'un-general-assembly-photos.json']) {
      const story = parseStory(JSON.parse(readFileSync(join(import.meta.dirname, '../../../fixtures/stories', name), 'utf8')));
      const editable = show(storyToSlate(story));
      expect(editable.querySelectorAll('[data-slate-node="element"]').length).toBeGreaterThan(20);
      cleanup();
    }
    const editable = show(doc({ body: [quote('Words', 'Her'), p('x')] }));
    expect(within(editable).getByRole('group', { name: 'Attribution' }).textContent).toBe('Her');
  });
});
