import { describe, expect, it } from 'vitest';
import { curlQuotes } from '../../../shared/lint/rules/curl-quotes.ts';
import { smartenText } from '../../../shared/text/typography.ts';

/** What smartenText does to each straight quote, found by walking the text and its smartened form together. */
function curledBySmartenText(text: string): { offset: number; curly: string }[] {
  const smart = smartenText(text);
  const curls: { offset: number; curly: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < text.length && j < smart.length) {
    if (text[i] === smart[j]) {
      i++;
      j++;
    } else if (smart[j] === '—' && text.startsWith('--', i)) {
      i += 2;
      j++;
    } else if (smart[j] === '…' && text.startsWith('...', i)) {
      i += 3;
      j++;
    } else {
      if (text[i] === '"' || text[i] === "'") curls.push({ offset: i, curly: smart[j]! });
      i++;
      j++;
    }
  }
  return curls;
}

const curled = (text: string) => curlQuotes(text).map(({ offset, curly }) => ({ offset, curly }));

const TRICKY = [
  `"It's over," she said.`,
  `He said "no"-- then 'yes'...`,
  `the '90s and '05, rock 'n' roll, 'til dawn, 'em all, 'tis, 'twas`,
  `Ask 'em.`,
  `See http://example.com/a'b"c and www.example.com/"x" or "http://x.co/".`,
  `til--http://x.co/"a" and word...http://y.co/'b'`,
  `"A long quotation that runs on and on past the sixty-four characters the window keeps, then ends."`,
  `"First line is open\nsecond line "starts" fresh`,
  `scorn."It's not," he said.\r\n"Next"`,
  `(“a”) ['b'] {"c"} —"d" –'e' … "f"`,
  `${'x'.repeat(80)}"quote in a very long word`,
  `"${'word '.repeat(20)}it's" and "more ${'filler '.repeat(12)}," done`,
];

describe('curlQuotes()', () => {
  it('curls each straight quote as smartenText (and typing) would', () => {
    for (const text of TRICKY) expect(curled(text), text).toEqual(curledBySmartenText(text));
  });

  it('agrees with smartenText on thousands of generated texts', () => {
    const pieces = ["'", '"', ' ', 'a', 'em', 'n', '90', '.', ',', '--', '-', '...', '(', ')', '—', '“', '”', '‘', '’', 'http://x.co/', 'www.', '\n', 'word', 'til', 'It', '?', "rock 'n' roll", '%', 'tis'];
    let seed = 20260301;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const length = 1 + next(k % 10 === 0 ? 120 : 25);
      for (let m = 0; m < length; m++) text += pieces[next(pieces.length)];
      expect(curled(text), text).toEqual(curledBySmartenText(text));
    }
  });

  it('finds nothing to curl in text that is already curly', () => {
    expect(curlQuotes('“It’s over,” she said of the ’90s.')).toEqual([]);
  });
});
