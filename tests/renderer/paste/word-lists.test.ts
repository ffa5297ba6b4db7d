import { describe, expect, it } from 'vitest';
import { readWordListStyles, styleFromMarker } from '../../../renderer/src/paste/word-lists.ts';
import { fixture } from './paste-test-kit.ts';

describe('readWordListStyles()', () => {
  it('reads each level of each list from the @list rules of Word\'s clipboard document', () => {
    const styles = readWordListStyles(fixture('word-mac-nested-mixed-list.html'));
    expect(Object.fromEntries(styles)).toEqual({
      'l0:1': 'bulleted',
      'l0:2': 'numbered', // no mso-level-number-format: Word's default, decimal
      'l0:3': 'numbered',
      'l0:4': 'bulleted',
      'l0:5': 'bulleted',
      'l0:6': 'bulleted',
      'l0:7': 'bulleted',
      'l0:8': 'bulleted',
      'l0:9': 'bulleted',
    });
  });

  it('finds nothing in HTML without list rules', () => {
    expect(readWordListStyles(fixture('word-desktop-list-in-bookmark.html')).size).toBe(0);
  });
});

describe('styleFromMarker()', () => {
  it.each(['1.', '12.', '1)', '(1)', '1', 'a.', 'B)', 'iv.', 'XII.'])('reads %j as a number', (marker) => {
    expect(styleFromMarker(marker)).toBe('numbered');
  });

  it.each(['·', 'o', '§', '•', '▪', '-', '–', 'Ø', ''])('reads %j as a bullet', (marker) => {
    expect(styleFromMarker(marker)).toBe('bulleted');
  });
});
