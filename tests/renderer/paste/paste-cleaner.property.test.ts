// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blockText } from '../../../shared/story/plain-text.ts';
import { BodyBlock, Paragraph } from '../../../shared/story/schema.ts';
import { cleanPastedHtml, pastedPlainText, plainTextOnly } from '../../../renderer/src/paste/index.ts';
import { anyHtml, deeplyNestedHtml, NestedHtml } from '../../fixtures/arbitraries/html-soup.ts';
import { awkwardText, hostileText } from '../../fixtures/arbitraries/hostile-text.ts';
import { expectReadableMessage } from '../../fixtures/arbitraries/typed-failure.ts';

// Property-based: the clipboard holds whatever the program copied from put there — Word, Google Docs, a web
// page, something hostile or broken. A paste never throws (an exception would lose the paste and leave the
// editor mid-change): it gives blocks the story model accepts as they are, and warnings in words.

/** Blocks the story schema accepts exactly as they are (nothing trimmed, dropped or defaulted). */
function expectValidBlocks(blocks: unknown[], schema: z.ZodType = BodyBlock): void {
  const checked = z.array(schema).safeParse(blocks);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues[0])).toBe(true);
  expect(checked.data).toEqual(blocks);
}

const baseUrl = fc.option(
  fc.oneof(fc.constantFrom('https://example.com/news/story.html', 'http://[::1', 'javascript:alert(1)', 'file:///C:/x.html', 'not a url', ''), fc.webUrl()),
  { nil: undefined },
);

describe('pasting HTML, whatever the clipboard holds', () => {
  it('gives valid story blocks and readable warnings for any markup, well-formed or not', () => {
    fc.assert(
      fc.property(anyHtml, baseUrl, (html, base) => {
        const { blocks, warnings } = cleanPastedHtml(html, base === undefined ? {} : { baseUrl: base });
        expectValidBlocks(blocks);
        for (const warning of warnings) expectReadableMessage(warning.message);
      }),
      { numRuns: 1500 },
    );
  });

  it('gives valid story blocks, or none, for markup nested deeper than a browser builds it', () => {
    // Chromium's parser stops nesting at 512 levels; jsdom does not, and gets slow past a thousand or two.
    const deeperThanChromium = deeplyNestedHtml.map((nested) => new NestedHtml(600 + (nested.depth % 500), nested.tag, nested.closed));
    fc.assert(
      fc.property(deeperThanChromium, (nested) => {
        const { blocks, warnings } = cleanPastedHtml(nested.html);
        expectValidBlocks(blocks);
        for (const warning of warnings) expectReadableMessage(warning.message);
      }),
      { numRuns: 3 },
    );
  });

  it('gives one line of text for a field (a headline, a caption) from any markup', () => {
    fc.assert(
      fc.property(anyHtml, (html) => {
        const text = plainTextOnly(html);
        expect(text).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(text).toBe(text.trim());
      }),
      { numRuns: 1500 },
    );
  });
});

describe('pasting plain text, whatever it holds', () => {
  it('gives valid paragraphs, none of them empty, for any text', () => {
    const wireCopy = fc
      .array(fc.oneof(awkwardText({ maxLength: 70 }), fc.constantFrom('\n', '\r\n', '\n\n', '\n   ', '\t', '\f', '\u2029', '\u000b', '\u0000')), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(hostileText, wireCopy), (text) => {
        const paragraphs = pastedPlainText(text);
        expectValidBlocks(paragraphs, Paragraph);
        for (const paragraph of paragraphs) expect(blockText(paragraph).join('').trim()).not.toBe('');
      }),
      { numRuns: 1500 },
    );
  });
});
