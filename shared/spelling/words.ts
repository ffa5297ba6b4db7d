// Text into the words a spell checker should look at, each with where it is. Only English ships, so only
// words written in the Latin script are returned, and only those a dictionary can judge:
//
// - a word is letters (any Latin letter, accents and combining marks included) with apostrophes inside it
//   ("don’t", "Trump's"); a trailing possessive apostrophe ("States’") is not part of it;
// - a hyphenated compound ("Cantil-Sakauye", "state-of-the-art") is checked part by part, because
//   dictionaries list few compounds but know their parts;
// - left out: anything with a digit or underscore ("COVID-19", "x86", "snake_case"), web addresses and
//   e-mail addresses, @handles and #tags, dotted forms such as "cnn.com", "e.g." or "U.S.", single letters,
//   words in capitals ("FBI", "NATO": abbreviations, as Word and Hunspell also skip them), and any word with
//   a letter from another script ("Кремль", "東京").
//
// Curly apostrophes (’ and ʼ) are straightened in `word`, since dictionaries spell "don't" with a straight
// one; the offsets still point at the text as written (one character for one).

export interface WordToken {
  /** The word as a dictionary is asked for it: Unicode NFC, apostrophes straightened. */
  word: string;
  /** Characters start..end of the text (UTF-16 offsets, as JavaScript and Slate count). */
  start: number;
  end: number;
  /**
   * True when the word opens a sentence (or the text), so its capital says nothing about it being a name:
   * after . ! ? … : — or a line break, after an opening quote or bracket. "Mr. Pompeo", "John F. Kennedy" and
   * the like are not sentence starts.
   */
  sentenceStart: boolean;
}

export interface WordOptions {
  /** Keep words in capitals ("WASHINGTON" in a dateline) instead of skipping them as abbreviations. */
  keepCapitals?: boolean;
}

/** The longest word worth asking a dictionary about (the bridge refuses longer ones). */
export const MAX_WORD_LENGTH = 64;

const LETTERS = String.raw`[\p{L}\p{M}\p{N}_]+`;
const APOSTROPHE = `['’ʼ]`;
const HYPHEN = String.raw`[\-\u2010\u2011]`;
const PART = `${LETTERS}(?:${APOSTROPHE}${LETTERS})*`;
/** A compound: parts joined by hyphens. */
const COMPOUND = new RegExp(`${PART}(?:${HYPHEN}${PART})*`, 'gu');
const PART_IN_COMPOUND = new RegExp(PART, 'gu');

/** Web and mail addresses: their words are not prose. */
const ADDRESS = /(?:\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>"“”]+)|(?:[^\s@<>()"“”]+@[^\s@<>()"“”]+\.[^\s@<>()"“”]+)/giu;

const HAS_DIGIT_OR_UNDERSCORE = /[\p{N}_]/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const LOWERCASE_LETTER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Titles and abbreviations whose full stop does not end a sentence ("Mr. Pompeo", "Sen. Feinstein"). */
const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms mx dr sen rep gov gen lt col sgt capt cpl adm maj cmdr prof rev fr st jr sr mt ft pres supt det insp hon atty no vs'.split(
    ' ',
  ),
);
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', '\n', '\r', '\u2028', '\u2029']);
/** Punctuation that opens a quotation, an aside or a new thought: what follows may start a sentence. */
const OPENERS = new Set(['“', '"', '‘', "'", '«', '‹', '„', '(', '[', '{', '¿', '¡', '—', '–', '-', '•', '·']);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»', '›', ')', ']']);

/** Straightens curly apostrophes and composes accents, as the dictionaries spell words. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').replace(/[’ʼ]/gu, "'");
}

/** Whether a word is written in capitals throughout ("FBI", "WASHINGTON"). */
export function isAllCapitals(word: string): boolean {
  return !LOWERCASE_LETTER.test(word) && /\p{Lu}/u.test(word);
}

/** Whether a word starts with a capital and is not all capitals ("Pompeo", "McCarthy"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && LOWERCASE_LETTER.test(word);
}

/** The words of `text` a dictionary should judge (see the top of this file for what is left out). */
export function wordsOf(text: string, options: WordOptions = {}): WordToken[] {
  const addresses = [...text.matchAll(ADDRESS)].map((match) => [match.index, match.index + match[0].length] as const);
  const inAddress = (start: number) => addresses.some(([from, to]) => start >= from && start < to);
  const words: WordToken[] = [];
  for (const compound of text.matchAll(COMPOUND)) {
    const start = compound.index;
    const end = start + compound[0].length;
    if (inAddress(start) || isHandleOrTag(text, start) || isDotted(text, start, end)) continue;
    const sentenceStart = opensSentence(text, start);
    for (const part of compound[0].matchAll(PART_IN_COMPOUND)) {
      const raw = part[0];
      if (!isCheckable(raw, options)) continue;
      const partStart = start + part.index;
      words.push({ word: normalizeWord(raw), start: partStart, end: partStart + raw.length, sentenceStart });
    }
  }
  return words;
}

function isCheckable(raw: string, options: WordOptions): boolean {
  if (raw.length < 2 || raw.length > MAX_WORD_LENGTH) return false;
  if (HAS_DIGIT_OR_UNDERSCORE.test(raw) || NON_LATIN_LETTER.test(raw)) return false;
  return options.keepCapitals || !isAllCapitals(raw);
}

function isHandleOrTag(text: string, start: number): boolean {
  const before = text[start - 1];
  return before === '@' || before === '#';
}

/** "cnn.com", "e.g.", "U.S.", "Ph.D": a word joined to another by a full stop with no space. */
function isDotted(text: string, start: number, end: number): boolean {
  const joinedAfter = text[end] === '.' && LETTER_OR_DIGIT.test(text[end + 1] ?? '');
  const joinedBefore = text[start - 1] === '.' && LETTER_OR_DIGIT.test(text[start - 2] ?? '');
  return joinedAfter || joinedBefore;
}

function opensSentence(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0) {
    const character = text[index]!;
    if (SENTENCE_END.has(character)) return character !== '.' || !isAbbreviationStop(text, index);
    if (OPENERS.has(character) && !(character === "'" && LETTER_OR_DIGIT.test(text[index - 1] ?? ''))) return true;
    if (CLOSING_QUOTES.has(character)) {
      // “Go home.” The … : a sentence ended inside the quotation.
      const inside = text[index - 1] ?? '';
      if (inside === '.' || inside === '!' || inside === '?' || inside === '…') return true;
      return false;
    }
    if (!/\s/u.test(character)) return false;
    index--;
  }
  return true;
}

/** The full stop at `stop` ends a title ("Mr.") or an initial ("F."), not a sentence. */
function isAbbreviationStop(text: string, stop: number): boolean {
  let from = stop;
  while (from > 0 && /\p{L}/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, stop);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return TITLE_ABBREVIATIONS.has(word.toLowerCase());
}
