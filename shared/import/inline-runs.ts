// Rich text as importers meet it: runs of text and links from a source (Word's bold, a page's links) that
// must be tidied — whitespace collapsed, unsafe links unwrapped — and sometimes cut, as when a dateline is
// moved out of the first paragraph.

import { LinkUrl, type Inline, type Text } from '../story/schema.ts';
import { inlineText } from '../story/plain-text.ts';

export { inlineText };

/** Plain text as one run. */
export const plainRuns = (text: string): Inline[] => [{ text }];

function tidyText(run: Text): Text {
  return { ...run, text: run.text.replace(/\s+/g, ' ') };
}

/**
 * The runs with every stretch of whitespace (line breaks included) turned into one space, the ends trimmed,
 * empty runs gone and links with unsafe targets (javascript:, file:) kept as their text. Empty when nothing
 * but whitespace was there.
 */
export function tidyRuns(runs: readonly Inline[]): Inline[] {
  const flat: Inline[] = [];
  for (const run of runs) {
    if ('type' in run) {
      const children = run.children.map(tidyText).filter((child) => child.text !== '');
      if (children.length === 0) continue;
      if (LinkUrl.safeParse(run.url).success) flat.push({ ...run, children });
      else flat.push(...children);
    } else {
      const tidy = tidyText(run);
      if (tidy.text !== '') flat.push(tidy);
    }
  }
  // Spaces where two runs meet count once, and none at either end.
  const result: Inline[] = [];
  let lastEndsWithSpace = true;
  for (const run of flat) {
    const trimmed: Inline | null = lastEndsWithSpace ? trimRunStart(run) : run;
    if (trimmed === null) continue;
    result.push(trimmed);
    lastEndsWithSpace = inlineText([trimmed]).endsWith(' ');
  }
  while (result.length > 0) {
    const trimmed: Inline | null = trimRunEnd(result[result.length - 1]!);
    if (trimmed === null) result.pop();
    else {
      result[result.length - 1] = trimmed;
      break;
    }
  }
  return mergeNeighbours(result);
}

const sameMarks = (a: Text, b: Text) => a.bold === b.bold && a.italic === b.italic;

/** Neighbouring text runs with the same marks become one, as Slate would normalise them. */
function mergeNeighbours(runs: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && !('type' in last) && !('type' in run) && sameMarks(last, run)) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text };
    } else merged.push(run);
  }
  return merged;
}

function mapTexts(run: Inline, edit: (texts: Text[]) => Text[]): Inline | null {
  if ('type' in run) {
    const children = edit(run.children).filter((child) => child.text !== '');
    return children.length > 0 ? { ...run, children } : null;
  }
  const [text] = edit([run]).filter((child) => child.text !== '');
  return text ?? null;
}

function trimRunStart(run: Inline): Inline | null {
  return mapTexts(run, (texts) => {
    const out = [...texts];
    while (out.length > 0) {
      const first = { ...out[0]!, text: out[0]!.text.replace(/^\s+/, '') };
      if (first.text !== '') {
        out[0] = first;
        break;
      }
      out.shift();
    }
    return out;
  });
}

function trimRunEnd(run: Inline): Inline | null {
  return mapTexts(run, (texts) => {
    const out = [...texts];
    while (out.length > 0) {
      const last = { ...out[out.length - 1]!, text: out[out.length - 1]!.text.trimEnd() }; // not /\s+$/: quadratic
      if (last.text !== '') {
        out[out.length - 1] = last;
        break;
      }
      out.pop();
    }
    return out;
  });
}

/** The runs without their first `count` characters (counted as inlineText counts them), tidied. */
export function dropLeadingCharacters(runs: readonly Inline[], count: number): Inline[] {
  let left = count;
  const cut = (text: Text): Text => {
    const take = Math.min(left, text.text.length);
    left -= take;
    return { ...text, text: text.text.slice(take) };
  };
  const result: Inline[] = [];
  for (const run of runs) {
    const edited = left > 0 ? mapTexts(run, (texts) => texts.map(cut)) : run;
    if (edited) result.push(edited);
  }
  return tidyRuns(result);
}

/** `prefix` and the runs as one paragraph: "(CNN) —" + "The Departments …" → "(CNN) — The Departments …". */
export function prependText(prefix: string, runs: readonly Inline[]): Inline[] {
  return tidyRuns([{ text: `${prefix} ` }, ...runs]);
}
