// Shared by the paste tests: reading clipboard fixtures, running the cleanup with the model's own schema
// check, and writing expected blocks compactly (the literal story-model JSON, without the noise).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BodyBlock, type Inline, type List, type ListItem } from '../../../shared/story/schema.ts';
import { type PasteResult, cleanPastedHtml } from '../../../renderer/src/paste/index.ts';

export function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '../../fixtures/clipboard', name), 'utf8');
}

/** cleanPastedHtml(), failing the test unless every block is valid story model data. */
export function clean(html: string, options?: { baseUrl?: string }): PasteResult {
  const result = cleanPastedHtml(html, options);
  z.array(BodyBlock).parse(result.blocks);
  return result;
}

export const cleanFixture = (name: string, options?: { baseUrl?: string }) => clean(fixture(name), options);

type Content = string | Inline;
const inlines = (content: Content[]): Inline[] => content.map((part) => (typeof part === 'string' ? { text: part } : part));

export const bold = (text: string) => ({ text, bold: true as const });
export const italic = (text: string) => ({ text, italic: true as const });
export const boldItalic = (text: string) => ({ text, bold: true as const, italic: true as const });
export const link = (url: string, ...children: Content[]) =>
  ({ type: 'link' as const, url, children: inlines(children) as { text: string }[] });

export const paragraph = (...children: Content[]) => ({ type: 'paragraph' as const, children: inlines(children) });
export const subhead = (...children: Content[]) => ({ type: 'subhead' as const, children: inlines(children) });
export const quote = (children: Content[], attribution = '') =>
  ({ type: 'block-quote' as const, children: inlines(children), attribution });

type ItemSpec = Content | [Content | Content[], List];
const item = (spec: ItemSpec): ListItem => {
  if (!Array.isArray(spec)) return { children: inlines([spec]) };
  const [children, sublist] = spec;
  return { children: inlines(Array.isArray(children) ? children : [children]), sublist };
};
/** A list; an item with a nested list is written `['text', bulleted(…)]`. */
export const bulleted = (...items: ItemSpec[]): List => ({ type: 'list', style: 'bulleted', items: items.map(item) });
export const numbered = (...items: ItemSpec[]): List => ({ type: 'list', style: 'numbered', items: items.map(item) });

/** Every string in a value, for "no X anywhere in the output" checks. */
export function allText(value: unknown): string {
  return JSON.stringify(value);
}
