import { describe, expect, it } from 'vitest';
import { type ListEntry, buildLists } from '../../../renderer/src/paste/list-tree.ts';

const entry = (level: number, text: string, style: ListEntry['style'] = 'bulleted', listId?: string): ListEntry => ({
  level,
  style,
  runs: [{ text, bold: false, italic: false, href: null }],
  ...(listId ? { listId } : {}),
});
const items = (...texts: string[]) => texts.map((text) => ({ children: [{ text }] }));

describe('buildLists()', () => {
  it('nests deeper levels under the item before them and comes back out', () => {
    expect(buildLists([entry(1, 'a'), entry(2, 'a.1'), entry(2, 'a.2'), entry(1, 'b')])).toEqual([
      {
        type: 'list',
        style: 'bulleted',
        items: [{ children: [{ text: 'a' }], sublist: { type: 'list', style: 'bulleted', items: items('a.1', 'a.2') } }, ...items('b')],
      },
    ]);
  });

  it('gives a sublist the style of its own level', () => {
    expect(buildLists([entry(1, 'a', 'numbered'), entry(2, 'i', 'bulleted')])).toEqual([
      {
        type: 'list',
        style: 'numbered',
        items: [{ children: [{ text: 'a' }], sublist: { type: 'list', style: 'bulleted', items: items('i') } }],
      },
    ]);
  });

  it('starts a new list when the outer level changes style or (for Word) list', () => {
    expect(buildLists([entry(1, 'a', 'bulleted'), entry(1, '1', 'numbered')]).map((list) => list.style)).toEqual([
      'bulleted',
      'numbered',
    ]);
    expect(buildLists([entry(1, 'a', 'numbered', 'l0'), entry(1, 'b', 'numbered', 'l1')])).toHaveLength(2);
  });

  it('starts with the first entry\'s level even when a selection begins inside a nested list', () => {
    expect(buildLists([entry(2, 'inner'), entry(1, 'outer')])).toEqual([
      { type: 'list', style: 'bulleted', items: items('inner') },
      { type: 'list', style: 'bulleted', items: items('outer') },
    ]);
  });

  it('leaves out items without text', () => {
    expect(buildLists([entry(1, ' '), entry(1, 'kept')])).toEqual([{ type: 'list', style: 'bulleted', items: items('kept') }]);
  });
});
