// Smart quotes, dashes and ellipses, as you type and for text already written. NEWSROOM.md lists "straight
// quotes where curly ones belong" among the checks editors expect; the CNN fixture prints “stalking,”,
// Cantil-Sakauye’s and a spaced en dash ("courthouses – and"), while AP uses the em dash.
//
// smartReplacement(before, typed) is called by the editor for each typed character: `before` is the text
// before the caret in the current block. It answers what to insert instead of the typed character and how
// many characters before the caret that text replaces (UTF-16 code units, as editor offsets count), or
// null to let the character through. smartenText runs the same function over existing text, character by
// character, so "fix quotes" and typing can never disagree.
//
// The rules (`start` is the start of the block; whitespace includes no-break spaces):
//
// typed  context (what comes just before)                              becomes
// "      start, whitespace, ( [ {, ‘                                    “
// "      a letter, digit, ) ] } % or a closing ’ ”                       ”
// "      other punctuation (. , ; : ! ? … dashes / …)                   ” if a “ is open in the block, else “
//                                                                       (scorn."It's → scorn.“It’s; going to—" → going to—”)
// '      start, whitespace, ( [ {, “, a dash                             ‘  (corrected to ’ for an elision, below)
// '      anything else (letters: don't, students', Cantil-Sakauye's)   ’
// digit  ‘ that opened a word ("the '90s")                              ’ then the digit: the ’90s
// end of word (space or punctuation) after ‘em ‘n’ ‘til ‘tis ‘twas      ’em ’n’ ’til ’tis ’twas (rock ’n’ roll)
// -      after a hyphen                                                 dash 'em': — replacing both hyphens, spacing
//                                                                       kept ("(CNN) --" → "(CNN) —");
//                                                                       dash 'en-spaced': " – ", spaces around the
//                                                                       hyphens become one before it, and one after
//                                                                       it is added when the next word is typed
// .      after ".." (and not a third point)                             … ("...." stays an ellipsis and a point)
//
// Nothing changes inside a word that looks like a URL (it starts with "scheme://" or "www.", after any
// opening bracket or quote), so links keep their straight characters and double hyphens.
//
// Known limits, accepted: a word that really starts a quotation with a digit ('90 percent') gets an
// apostrophe; a quoted ‘em’ becomes ’em’; feet and inches (6'2") are not primes (AP writes 6-foot-2).

export type DashStyle = 'em' | 'en-spaced';

export interface TypographyOptions {
  /** What "--" becomes: AP's em dash (the default) or CNN's spaced en dash. */
  dash?: DashStyle;
}

export interface SmartReplacement {
  /** Inserted in place of the typed character and the `replace` characters before it. */
  text: string;
  /** How many characters just before the caret `text` replaces. */
  replace: number;
}

const OPEN_DOUBLE = '“';
const CLOSE_DOUBLE = '”';
const OPEN_SINGLE = '‘';
const CLOSE_SINGLE = '’';
const EM_DASH = '—';
const EN_DASH = '–';
const ELLIPSIS = '…';

/** How many characters of `before` the rules ever look at. */
const TAIL_LENGTH = 24;
/** How many characters of the current word the URL check looks at. */
const WORD_HEAD_LENGTH = 32;
/** Marks the start of the block at the front of a tail that reaches it. */
const START = '\n';

const WHITESPACE = /\s/;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const DASHES = new Set(['-', EN_DASH, EM_DASH, '\u2010', '\u2011', '\u2012', '\u2015']);
const OPENING_BRACKETS = new Set(['(', '[', '{']);
const CLOSING_AFTER = new Set([')', ']', '}', '%', CLOSE_SINGLE, CLOSE_DOUBLE]);
const URL_START = /^[([{"'“‘]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
/** Words that begin with an elided letter: ’em, rock ’n’ roll, ’til, ’tis, ’twas. */
const ELISION = /(^|[\s([{“—–-])‘(?:em|n|til|tis|twas)’?$/iu;
const WORD_END = /[\s.,;:!?)\]}"”…—–-]/;

/** What the rules see of the text before the caret. */
interface Context {
  /** The last characters of the block, preceded by START when they reach its beginning. */
  tail: string;
  /** Whether the word being typed looks like a URL. */
  inUrl: boolean;
  /** Whether the block has an opening double quote that is not yet closed. */
  doubleQuoteOpen: () => boolean;
}

const isStartOrSpace = (char: string | undefined) => char === undefined || char === START || WHITESPACE.test(char);

function opensSingle(previous: string | undefined): boolean {
  return (
    isStartOrSpace(previous) ||
    OPENING_BRACKETS.has(previous!) ||
    previous === OPEN_DOUBLE ||
    DASHES.has(previous!)
  );
}

function doubleQuote(context: Context, previous: string | undefined): string {
  if (isStartOrSpace(previous) || OPENING_BRACKETS.has(previous!) || previous === OPEN_SINGLE) return OPEN_DOUBLE;
  if (WORD_CHARACTER.test(previous!) || CLOSING_AFTER.has(previous!)) return CLOSE_DOUBLE;
  return context.doubleQuoteOpen() ? CLOSE_DOUBLE : OPEN_DOUBLE;
}

/** The typed character itself, converted; replace counts characters before it. */
function convert(context: Context, typed: string, dash: DashStyle): SmartReplacement {
  const { tail } = context;
  const previous = tail.length > 0 ? tail[tail.length - 1] : undefined;

  // A spaced en dash made from "--" gets its space after it when the next word starts; that word's first
  // character is then converted as if the space had been typed.
  const startsWord = /[\p{L}\p{N}"'([{]/u.test(typed);
  if (dash === 'en-spaced' && previous === EN_DASH && isStartOrSpace(tail[tail.length - 2]) && startsWord) {
    const first = convert({ ...context, tail: `${tail} ` }, typed, dash);
    return { text: ` ${first.text}`, replace: first.replace };
  }

  if (typed === '"') return { text: doubleQuote(context, previous), replace: 0 };
  if (typed === "'") return { text: opensSingle(previous) ? OPEN_SINGLE : CLOSE_SINGLE, replace: 0 };

  if (typed === '-' && previous === '-') {
    if (dash === 'em') return { text: EM_DASH, replace: 1 };
    const spaced = /([^\S\n]*)-$/.exec(tail)!;
    const beforeSpaces = tail[tail.length - spaced[0].length - 1];
    const leading = beforeSpaces === undefined || beforeSpaces === START ? '' : ' ';
    return { text: `${leading}${EN_DASH}`, replace: spaced[0].length };
  }

  if (typed === '.' && tail.endsWith('..') && tail[tail.length - 3] !== '.') return { text: ELLIPSIS, replace: 2 };

  if (/[0-9]/.test(typed) && previous === OPEN_SINGLE && opensSingle(tail[tail.length - 2])) {
    return { text: CLOSE_SINGLE + typed, replace: 1 };
  }

  return { text: typed, replace: 0 };
}

/** "‘em" at the end of `tail` as "’em" (with what it replaces), or null when the word is no elision. */
function elisionBefore(tail: string): SmartReplacement | null {
  const elision = ELISION.exec(tail);
  if (!elision) return null;
  const word = elision[0].slice(elision[1]!.length);
  return { text: CLOSE_SINGLE + word.slice(1), replace: word.length };
}

function decide(context: Context, typed: string, options: TypographyOptions | undefined): SmartReplacement | null {
  if (context.inUrl || [...typed].length !== 1) return null;
  const dash = options?.dash ?? 'em';
  let result = convert(context, typed, dash);

  // At the end of a word, an opening quote that began an elision becomes an apostrophe.
  if (WORD_END.test(typed) && result.replace === 0) {
    const elision = elisionBefore(context.tail);
    if (elision) result = { text: elision.text + result.text, replace: elision.replace };
  }

  return result.replace === 0 && result.text === typed ? null : result;
}

function looksLikeUrl(wordHead: string): boolean {
  return URL_START.test(wordHead);
}

/**
 * What to insert for the character just typed: `before` is the text before the caret in the current block,
 * `typed` the character. Null when the character goes in as typed.
 */
export function smartReplacement(before: string, typed: string, options?: TypographyOptions): SmartReplacement | null {
  const tail = before.length >= TAIL_LENGTH ? before.slice(-TAIL_LENGTH) : START + before;
  let wordStart = before.length;
  while (wordStart > 0 && !WHITESPACE.test(before[wordStart - 1]!)) wordStart--;
  const context: Context = {
    tail,
    inUrl: looksLikeUrl(before.slice(wordStart, wordStart + WORD_HEAD_LENGTH)),
    doubleQuoteOpen: () => {
      let open = 0;
      for (const char of before) {
        if (char === OPEN_DOUBLE) open++;
        else if (char === CLOSE_DOUBLE && open > 0) open--;
      }
      return open > 0;
    },
  };
  return decide(context, typed, options);
}

/**
 * The same rules over existing text, as if it were typed: quotes curled, "--" and "..." replaced. Line
 * breaks end a block. Text that is already smart is left as it is, so running it twice changes nothing.
 */
export function smartenText(text: string, options?: TypographyOptions): string {
  const output: string[] = [];
  /** The current block, one code unit per entry, so `replace` counts match. */
  let block: string[] = [];
  /** For each entry of the block, how many double quotes are open after it (as smartReplacement counts). */
  let openAfter: number[] = [];
  let wordStart = 0;
  const openDouble = () => openAfter[openAfter.length - 1] ?? 0;

  const push = (unit: string) => {
    let open = openDouble();
    if (unit === OPEN_DOUBLE) open++;
    else if (unit === CLOSE_DOUBLE && open > 0) open--;
    block.push(unit);
    openAfter.push(open);
    if (WHITESPACE.test(unit)) wordStart = block.length;
  };
  const remove = (count: number) => {
    block.length = Math.max(0, block.length - count);
    openAfter.length = block.length;
    if (wordStart > block.length) {
      wordStart = block.length;
      while (wordStart > 0 && !WHITESPACE.test(block[wordStart - 1]!)) wordStart--;
    }
  };
  const context = (): Context => ({
    tail: block.length >= TAIL_LENGTH ? block.slice(-TAIL_LENGTH).join('') : START + block.join(''),
    inUrl: looksLikeUrl(block.slice(wordStart, wordStart + WORD_HEAD_LENGTH).join('')),
    doubleQuoteOpen: () => openDouble() > 0,
  });
  const apply = (result: SmartReplacement) => {
    remove(result.replace);
    for (let i = 0; i < result.text.length; i++) push(result.text[i]!);
  };
  const endBlock = (lineBreak: string) => {
    // The end of the block ends its last word too.
    const { tail, inUrl } = context();
    const elision = inUrl ? null : elisionBefore(tail);
    if (elision) apply(elision);
    output.push(block.join(''), lineBreak);
    block = [];
    openAfter = [];
    wordStart = 0;
  };

  for (const char of text) {
    if (char === '\n' || char === '\r') endBlock(char);
    else apply(decide(context(), char, options) ?? { text: char, replace: 0 });
  }
  endBlock('');
  return output.join('');
}
