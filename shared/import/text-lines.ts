// Text files as importers read them: any line ending, an optional byte-order mark, and nothing to import
// when there is nothing but whitespace.

import { CopydeskError } from '../errors.ts';

/** The file's lines without line endings or trailing spaces. Refuses a file with no text in it. */
export function textLines(text: string, fileName: string): string[] {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') {
    throw new CopydeskError('invalid-argument', `"${fileName}" has no text in it: there is no story to import.`, { path: fileName });
  }
  // trimEnd, not replace(/\s+$/): that regex takes time quadratic in a long run of spaces inside a line.
  return clean.split(/\r\n?|\n|\u2028|\u2029/).map((line) => line.trimEnd());
}

export const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

/** Runs of non-blank lines, as a blank line parts them: [start, end) line indexes. */
export function lineGroups(lines: readonly string[], from = 0, to = lines.length): [number, number][] {
  const groups: [number, number][] = [];
  let start = -1;
  for (let index = from; index < to; index++) {
    if (isBlank(lines[index])) {
      if (start !== -1) groups.push([start, index]);
      start = -1;
    } else if (start === -1) start = index;
  }
  if (start !== -1) groups.push([start, to]);
  return groups;
}
