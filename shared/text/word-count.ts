// Word counts that are right for any script. Spaces do not separate words in Chinese and Japanese, so there
// each character counts, as newsrooms count them; Thai, Lao, Khmer and Burmese are split into words by the
// platform's dictionary segmenter. Numbers such as "1,200" or "3.5", contractions such as "it's" and
// compounds such as "one-quarter" are one word.
//
// A regular expression does the common case: Intl.Segmenter is exact but its iteration is quadratic on long
// strings in V8 (a 400 KB body took 80 s), so it only ever sees the short runs of scripts that need it.

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const UNSPACED_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
/** Letters and digits, joined by an apostrophe, a hyphen, or a point or comma between digits or letters. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-\u2010\u2011.,][\p{L}\p{M}\p{N}]+)*/gu;

let segmenter: Intl.Segmenter | undefined;

function countUnspacedRun(run: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) count++;
  return count;
}

export function countWords(text: string): number {
  let count = 0;
  const withoutCjk = text.replace(CJK_CHARACTER, () => {
    count++;
    return ' ';
  });
  const rest = withoutCjk.replace(UNSPACED_RUN, (run) => {
    count += countUnspacedRun(run);
    return ' ';
  });
  for (const _ of rest.matchAll(WORD)) count++;
  return count;
}

/** Minutes to read at an adult's 230 words a minute, never less than one for a non-empty text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
