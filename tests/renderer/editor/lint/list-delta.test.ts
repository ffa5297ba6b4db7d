// Lists sent again with only what changed (the lint worker's answers).

import { describe, expect, it } from 'vitest';
import { applyListDelta, keepsEverything, listDelta } from '../../../../renderer/src/editor/lint/list-delta.ts';

const json = (values: readonly object[]) => values.map((value) => JSON.stringify(value));
const items = (...names: string[]) => names.map((name) => ({ name }));

describe('listDelta and applyListDelta', () => {
  it('send only the entries between the kept start and end, and rebuild the new list from the old one', () => {
    const before = items('a', 'b', 'c', 'd', 'e');
    const after = items('a', 'b', 'C', 'd', 'e');
    const delta = listDelta(json(before), json(after));
    expect(delta).toEqual({ keepHead: 2, keepTail: 2, middle: '[{"name":"C"}]' });
    const rebuilt = applyListDelta(before, delta);
    expect(rebuilt).toEqual(after);
    expect(rebuilt[0]).toBe(before[0]); // kept entries are the very same objects
    expect(rebuilt[4]).toBe(before[4]);
  });

  it('handle entries added and removed, an empty list before or after, and a list that did not change', () => {
    const cases: [string[], string[]][] = [
      [['a', 'b', 'c'], ['a', 'x', 'y', 'b', 'c']],
      [['a', 'b', 'c', 'd'], ['a', 'd']],
      [[], ['a', 'b']],
      [['a', 'b'], []],
      [['a', 'a', 'a'], ['a', 'a']],
      [['a', 'b'], ['b', 'a']],
    ];
    for (const [from, to] of cases) {
      const before = items(...from);
      expect(applyListDelta(before, listDelta(json(before), json(items(...to)))), `${from} → ${to}`).toEqual(items(...to));
    }
    const same = items('a', 'b');
    const unchanged = listDelta(json(same), json(items('a', 'b')));
    expect(keepsEverything(unchanged, 2)).toBe(true);
    expect(applyListDelta(same, unchanged)).toBe(same);
  });

  it('refuses a delta that keeps more entries than the list it is applied to has', () => {
    expect(() => applyListDelta(items('a'), { keepHead: 2, keepTail: 0, middle: '[]' })).toThrow(/keeps 2 entries of a list of 1/);
  });
});
