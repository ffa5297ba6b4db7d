// Limits are in characters as a reader counts them (an emoji or a CJK character is one), while locations are
// UTF-16 offsets, as JavaScript and Slate count.

/** How many characters (code points) the text has. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The UTF-16 offset where the character after the first `characters` characters starts. */
export function offsetAfterCharacters(text: string, characters: number): number {
  let offset = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === characters) break;
    offset += char.length;
    seen++;
  }
  return offset;
}

/** How much of a long word a message quotes on each side of the point it is about. */
const CONTEXT = 16;

/**
 * The word around characters start..end, for a message to say where in a long text it is: "Sakauye's" for
 * the apostrophe in it. Cut with an ellipsis when the word is long (a web address).
 */
export function wordAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < CONTEXT && !/\s/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT && !/\s/.test(text[to]!)) to++;
  const cutBefore = from > 0 && !/\s/.test(text[from - 1]!);
  const cutAfter = to < text.length && !/\s/.test(text[to]!);
  return `${cutBefore ? '…' : ''}${text.slice(from, to)}${cutAfter ? '…' : ''}`;
}
