// Which curly quote each straight quote in a text becomes, by the editor's own typing rules
// (smartReplacement in shared/text/typography.ts), so the check, its fix and typing never disagree.
//
// smartenText gives the same answers but costs about a microsecond a character; a story pasted from wire
// copy, with straight quotes in every paragraph, must still be checked in milliseconds. So each quote is
// decided alone, from what smartReplacement looks at: the text just before it (as typed, with the earlier
// quotes already curled) and whether a double quote is open in the line. "--" and "..." are left as they
// are (the rules treat a hyphen like a dash and a point like an ellipsis before a quote), except inside the
// quote's own word, where they decide whether it looks like a web address. Two rules change a quote after
// it was typed, and are applied here too: ‘ before a digit becomes ’ ("the ’90s"), and ‘ that begins an
// elided word becomes ’ when the word ends (’em, rock ’n’ roll, ’til, ’tis, ’twas).
// tests/shared/lint/curl-quotes.test.ts holds this to smartenText's answers on thousands of texts.

import { smartenText, smartReplacement } from '../../text/typography.ts';

export interface Curl {
  /** Where the straight quote is (UTF-16 offset). */
  offset: number;
  straight: '"' | "'";
  curly: string;
}

/** Enough text before a quote for every rule: smartReplacement reads the last 24 characters and the word. */
const WINDOW = 24;
const ELIDED_WORD = /^(?:em|n|til|tis|twas)/i;
const WORD_END = /[\s.,;:!?)\]}"”…—–-]/;

export function curlQuotes(text: string): Curl[] {
  const curls: Curl[] = [];
  let lineStart = 0;
  /** The double quotes open in the line before `counted`, as smartReplacement counts them. */
  let open = 0;
  let counted = 0;
  /** The first decision at or after `counted`: decisions are made, and windows move, front to back. */
  let firstUncounted = 0;

  /** The text from..to as typing would have left it: the quotes decided so far curled. */
  const typed = (from: number, to: number, firstCurl: number) => {
    let result = '';
    let c = firstCurl;
    for (; c < curls.length && curls[c]!.offset < to; c++) {
      result += text.slice(from, curls[c]!.offset) + curls[c]!.curly;
      from = curls[c]!.offset + 1;
    }
    return result + text.slice(from, to);
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n' || char === '\r') {
      // smartenText treats a line break as the end of a block: nothing is open in the next line.
      lineStart = i + 1;
      open = 0;
      counted = i + 1;
      firstUncounted = curls.length;
      continue;
    }
    if (char !== '"' && char !== "'") continue;

    let wordStart = i;
    while (wordStart > lineStart && !/\s/.test(text[wordStart - 1]!)) wordStart--;
    // Only moves forward: both i and the start of the word at i do.
    const windowStart = Math.max(lineStart, Math.min(i - WINDOW, wordStart - 1));
    if (counted < windowStart) {
      for (const unit of typed(counted, windowStart, firstUncounted)) {
        if (unit === '“') open++;
        else if (unit === '”' && open > 0) open--;
      }
      counted = windowStart;
      while (firstUncounted < curls.length && curls[firstUncounted]!.offset < counted) firstUncounted++;
    }
    const typedWindow = typed(windowStart, i, firstUncounted);
    // Curling changes no length, so the word starts at the same place in the typed window.
    const wordAt = wordStart - windowStart;
    const window = typedWindow.slice(0, wordAt) + asTypedWord(typedWindow.slice(wordAt));
    // Cut from the middle of a line, the window keeps what the rules read of the rest: the quotes still open
    // before it, and that it is not the start of a line (the space; the window is as long as the rules' tail).
    const before = windowStart > lineStart ? `${'“'.repeat(open)} ${window}` : window;

    // The typed quote's own form is the last of what smartReplacement inserts (an elision before it may
    // come first, already handled when its ‘ was decided).
    let curly = smartReplacement(before, char)?.text.slice(-1) ?? char;
    if (curly === '‘') curly = laterCorrection(before, text, i) ?? curly;
    if (curly !== char) curls.push({ offset: i, straight: char, curly });
  }
  return curls;
}

/** How much of a word decides whether it looks like a web address, with room for "--" and "..." in it. */
const WORD_HEAD = 96;

/**
 * The word as typing leaves it: "--" and "..." turn into a dash and an ellipsis as they are typed, which
 * decides whether the word still looks like a web address ("til--http://…" does not: "til—http://…").
 */
function asTypedWord(word: string): string {
  if (!word.includes('--') && !word.includes('...')) return word;
  return smartenText(word.slice(0, WORD_HEAD)) + word.slice(WORD_HEAD);
}

/** ’ when the ‘ just decided at `i` is turned into an apostrophe by what follows it, else null. */
function laterCorrection(before: string, text: string, i: number): string | null {
  const next = text[i + 1];
  if (next !== undefined && /[0-9]/.test(next)) {
    const result = smartReplacement(`${before}‘`, next);
    return result && result.replace >= 1 ? result.text[0]! : null;
  }
  const rest = text.slice(i + 1, i + 8);
  const elided = ELIDED_WORD.exec(rest);
  if (!elided) return null;
  let end = i + 1 + elided[0].length;
  if (text[end] === "'" || text[end] === '’') end++;
  const word = text.slice(i + 1, end).replace(/'/g, '’');
  const ending = text[end];
  if (ending !== undefined && !WORD_END.test(ending)) return null;
  const result = smartReplacement(`${before}‘${word}`, ending === undefined || ending === '\n' || ending === '\r' ? ' ' : ending);
  return result && result.replace >= word.length + 1 ? result.text[0]! : null;
}
