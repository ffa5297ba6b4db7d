// Word counts that are right for any script. Spaces do not separate words in Chinese and Japanese, so there
// each character counts, as newsrooms count them; Thai, Lao, Khmer and Burmese are split into words by the
// platform's dictionary segmenter. Numbers such as "1,200" or "3.5", contractions such as "it's" and
// compounds such as "one-quarter" are one word.
//
// A word is a run of letters, marks and digits, joined by an apostrophe, a hyphen, or a point or comma between
// two of them; a hand-written scan counts them (countSpacedWords), since regular expressions with Unicode
// property classes were most of the cost of every save and export. Intl.Segmenter is exact but its iteration
// is quadratic on long strings in V8 (a 400 KB body took 80 s), so it only ever sees the short runs of
// scripts that need it.

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const UNSPACED_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;

let segmenter: Intl.Segmenter | undefined;

function countUnspacedRun(run: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) count++;
  return count;
}

/**
 * Every character the two passes above take out, and some others, tested without the `u` flag: far cheaper
 * than the property classes, so text with none of them — most news copy — skips the passes. It must hold all
 * of them (a test checks every code point): a character it missed would be counted one way alone and another
 * way in a text that also had a character it caught. In the Basic Multilingual Plane: Thai and Lao, Myanmar
 * and its extensions A and B, Khmer and its symbols, CJK from the radicals to the unified ideographs (kana
 * included), the compatibility ideographs and half-width katakana. Beyond it, by high surrogate: Myanmar
 * extension C (U+116D0…), the ideographic symbols (U+16FE0…), the kana supplements and extensions
 * (U+1AFF0–U+1B16F), U+1F200 (the square hiragana "hoka") and the CJK extensions of planes 2 and 3.
 */
const MAY_NEED_SCRIPT_PASSES =
  /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\u2E80-\u9FFF\uA9E0-\uA9FF\uAA60-\uAA7F\uF900-\uFAFF\uFF66-\uFF9F\uD805\uD81B\uD82B\uD82C\uD83C\uD840-\uD8BF]/;

export function countWords(text: string): number {
  if (!MAY_NEED_SCRIPT_PASSES.test(text)) return countSpacedWords(text);
  let count = 0;
  const withoutCjk = text.replace(CJK_CHARACTER, () => {
    count++;
    return ' ';
  });
  const rest = withoutCjk.replace(UNSPACED_RUN, (run) => {
    count += countUnspacedRun(run);
    return ' ';
  });
  return count + countSpacedWords(rest);
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
/** For each character from U+0000 to U+FFFF: 0 not yet known, 1 a letter, mark or digit, 2 not. */
const basicPlane = new Uint8Array(0x10000);

/** Whether the character at `index` (a whole surrogate pair, if it starts one) is a letter, mark or digit. */
function isWordCharacterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index)!));
  let known = basicPlane[code]!;
  if (known === 0) basicPlane[code] = known = WORD_CHARACTER.test(text[index]!) ? 1 : 2;
  return known === 1;
}

/** What may join two runs of letters or digits into one word: it's, one-quarter, 1,200, 3.5. */
const isJoiner = (code: number) =>
  code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2e || code === 0x2c;

/**
 * The words of a spaced script in one pass over the text, as the definition above has them: runs of letters,
 * marks and digits, where one joiner between two such characters keeps the run going. No match objects and
 * no copies: a 100,000-word story is counted in a few milliseconds.
 */
function countSpacedWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // ASCII letters and digits, most of any news text, without a call.
    const word = code < 0x80 ? (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) : isWordCharacterAt(text, index);
    if (word) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && isJoiner(code) && index + 1 < text.length) {
      inWord = isWordCharacterAt(text, index + 1);
    } else {
      inWord = false;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++; // the pair's second half
    }
  }
  return count;
}

/** Minutes to read at an adult's 230 words a minute, never less than one for a non-empty text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
