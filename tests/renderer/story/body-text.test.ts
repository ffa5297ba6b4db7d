import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Story, type BodyBlock } from '../../../shared/story/schema.ts';
import {
  bodyToSegments,
  isPlainParagraph,
  segmentsToBody,
  textToParagraphs,
  type BodySegment,
} from '../../../renderer/src/story/body-text.ts';

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });
const courthouse = Story.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/stories/courthouse-arrests.json', import.meta.url), 'utf8')),
);

describe('textToParagraphs()', () => {
  it('splits text into paragraphs on blank lines', () => {
    expect(textToParagraphs('First paragraph.\n\nSecond paragraph.')).toEqual([paragraph('First paragraph.'), paragraph('Second paragraph.')]);
  });

  it('treats several blank lines, or lines of spaces, as one break', () => {
    expect(textToParagraphs('One.\n\n\n  \nTwo.')).toEqual([paragraph('One.'), paragraph('Two.')]);
  });

  it('keeps a single line break inside its paragraph', () => {
    expect(textToParagraphs('A poem\nin two lines')).toEqual([paragraph('A poem\nin two lines')]);
  });

  it('trims each paragraph and drops empty ones', () => {
    expect(textToParagraphs('\n\n  Only this.  \n\n\n')).toEqual([paragraph('Only this.')]);
    expect(textToParagraphs('')).toEqual([]);
  });

  it('reads Windows line endings like any others', () => {
    expect(textToParagraphs('One.\r\n\r\nTwo.')).toEqual([paragraph('One.'), paragraph('Two.')]);
  });
});

describe('bodyToSegments()', () => {
  it('gives an empty body one empty text to type into', () => {
    expect(bodyToSegments([])).toEqual([{ kind: 'text', text: '' }]);
  });

  it('joins consecutive plain paragraphs into one text, a blank line apart', () => {
    expect(bodyToSegments([paragraph('One.'), paragraph('Two.')])).toEqual([{ kind: 'text', text: 'One.\n\nTwo.' }]);
  });

  it('keeps a subhead in its place between the texts around it', () => {
    const subhead: BodyBlock = { type: 'subhead', children: [{ text: 'A letter to California' }] };
    expect(bodyToSegments([paragraph('Before.'), subhead, paragraph('After.')])).toEqual<BodySegment[]>([
      { kind: 'text', text: 'Before.' },
      { kind: 'kept', block: subhead },
      { kind: 'text', text: 'After.' },
    ]);
  });

  it('ends with an empty text after a kept block so there is room to write on', () => {
    const quote: BodyBlock = { type: 'block-quote', children: [{ text: 'Quoted.' }], attribution: 'Someone' };
    expect(bodyToSegments([quote]).at(-1)).toEqual({ kind: 'text', text: '' });
  });

  it('keeps a paragraph with bold, italics or a link rather than flatten it', () => {
    const rich: BodyBlock = { type: 'paragraph', children: [{ text: 'Very ' }, { text: 'important', bold: true }] };
    const linked: BodyBlock = {
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://example.com', children: [{ text: 'a link' }] }],
    };
    expect(isPlainParagraph(rich)).toBe(false);
    expect(isPlainParagraph(linked)).toBe(false);
    expect(bodyToSegments([rich, linked]).filter((segment) => segment.kind === 'kept')).toHaveLength(2);
  });

  it('keeps a paragraph whose text the textarea could not give back unchanged', () => {
    expect(isPlainParagraph(paragraph(' leading space'))).toBe(false);
    expect(isPlainParagraph(paragraph('two\n\nparagraphs in one'))).toBe(false);
    expect(isPlainParagraph(paragraph(''))).toBe(false);
    expect(isPlainParagraph(paragraph('Plain.'))).toBe(true);
  });
});

describe('segmentsToBody()', () => {
  it('gives back the very same body when nothing was edited, for a real story with every kind of block', () => {
    expect(courthouse.body.map((block) => block.type)).toEqual(['paragraph', 'subhead', 'block-quote', 'list', 'video']);
    expect(segmentsToBody(bodyToSegments(courthouse.body))).toEqual(courthouse.body);
  });

  it('changes only the edited paragraphs and keeps every other block, in order', () => {
    const subhead: BodyBlock = { type: 'subhead', children: [{ text: 'What happens next' }] };
    const quote: BodyBlock = { type: 'block-quote', children: [{ text: 'We will appeal.' }], attribution: 'The mayor' };
    const segments = bodyToSegments([paragraph('One.'), subhead, paragraph('Two.'), paragraph('Three.'), quote]);
    expect(segments.map((segment) => segment.kind)).toEqual(['text', 'kept', 'text', 'kept', 'text']);

    const edited = segments.map((segment, index) =>
      index === 2 ? { kind: 'text' as const, text: 'Two, rewritten.\n\nThree.' } : segment,
    );

    expect(segmentsToBody(edited)).toEqual([paragraph('One.'), subhead, paragraph('Two, rewritten.'), paragraph('Three.'), quote]);
  });

  it('adds paragraphs written after the last block of a real story and leaves the story before them alone', () => {
    const segments = bodyToSegments(courthouse.body);
    // The first paragraph has an italic word, so it is kept too: only the empty text at the end is editable.
    expect(segments.map((segment) => segment.kind)).toEqual(['kept', 'kept', 'kept', 'kept', 'kept', 'text']);
    const edited = segments.map((segment) => (segment.kind === 'text' ? { kind: 'text' as const, text: 'A closing line.' } : segment));

    expect(segmentsToBody(edited)).toEqual([...courthouse.body, paragraph('A closing line.')]);
  });

  it('drops paragraphs whose text was deleted, and nothing else', () => {
    const subhead: BodyBlock = { type: 'subhead', children: [{ text: 'Kept' }] };
    const segments = bodyToSegments([paragraph('Gone soon.'), subhead]);
    const cleared = segments.map((segment) => (segment.kind === 'text' ? { kind: 'text' as const, text: '' } : segment));
    expect(segmentsToBody(cleared)).toEqual([subhead]);
  });

  it('makes bodies that pass the story schema', () => {
    const body = segmentsToBody([{ kind: 'text', text: 'One.\n\nTwo.' }]);
    expect(() => Story.parse({ ...courthouse, body })).not.toThrow();
  });
});
