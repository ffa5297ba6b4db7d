// One editor's spell checking: what it knows about each word (the Node side's verdicts, the personal
// dictionary, the names the story teaches, the words ignored in this story), and from that the marks over
// misspelt words — the 'spelling' source of the decoration store — and the misspelt word at a place.
//
// The marks are worked out when Slate draws a text node, from what is already known, so they follow the
// text as it is typed without a round trip; words not yet known are collected by `unknownWords()` at idle
// and asked about, and the store is told to redraw when the answers bring a misspelling.

import { Editor, Path, Point, Range, Text, type NodeEntry } from 'slate';
import { isLearnedName } from '../../../../shared/spelling/names-in-story.ts';
import { personalDictionary, type PersonalDictionary } from '../../../../shared/spelling/personal-dictionary.ts';
import type { WordToken } from '../../../../shared/spelling/words.ts';
import type { DecorationSource, TextMark } from '../decorations/decoration-store.ts';
import type { CustomElement } from '../document/types.ts';
import { offsetInBlock, proseBlockAbove, proseBlocks, rangeOfWord, startOfNode, wordsOfBlock } from './checked-text.ts';
import type { SpellingVerdicts } from './spelling-verdicts.ts';

export type WordStatus = 'right' | 'misspelt' | 'unknown';

/** A misspelt word in the document. */
export interface MisspeltWord {
  /** As the dictionary was asked: apostrophes straightened ("recieve", "dont's"). */
  word: string;
  /** As written in the text ("don’t"). */
  written: string;
  range: Range;
}

/** The word the caret stands at the end of: being typed, so not marked yet. */
interface TypingWord {
  blockPath: Path;
  start: number;
  word: string;
}

export class SpellingState {
  private names: ReadonlySet<string> = new Set();
  private personal: PersonalDictionary = personalDictionary([]);
  /**
   * Blocks every word of which had an answer when last walked: a later pass skips them (a block edited since
   * is a new object). Forgotten when an answer can be taken back: a name the story no longer teaches, a word
   * the personal dictionary no longer holds.
   */
  private answeredBlocks = new WeakSet<CustomElement>();
  /** The word being typed, as last worked out, with the caret and document it was worked out for. */
  private lastTypingWord: { selection: Editor['selection']; children: Editor['children']; word: TypingWord | null } | null = null;

  constructor(
    private readonly editor: Editor,
    private readonly verdicts: SpellingVerdicts,
    private readonly ignored: Set<string>,
  ) {}

  status(word: string): WordStatus {
    // The dictionary's yes first: it answers for nearly every word, and the other checks only ever turn a
    // no (or no answer yet) into a yes.
    const known = this.verdicts.get(word);
    if (known === true) return 'right';
    if (this.ignored.has(word) || isLearnedName(this.names, word) || this.personal.accepts(word)) return 'right';
    return known === undefined ? 'unknown' : 'misspelt';
  }

  /** Sets the names the story teaches; true when a word marked before is now a name, or the other way. */
  setNames(names: ReadonlySet<string>): boolean {
    const before = this.names;
    this.names = names;
    const changed = symmetricDifference(before, names);
    if (changed.size > 0) this.answeredBlocks = new WeakSet();
    return [...changed].some((word) => this.verdicts.get(word) === false);
  }

  /** Sets the personal dictionary; the Node side's answers about the words that came or went are dropped. */
  setPersonalWords(before: readonly string[], after: readonly string[]): void {
    this.personal = personalDictionary(after);
    const changed = new Set([...symmetricDifference(new Set(before), new Set(after))].map(baseForm));
    if (changed.size === 0) return;
    this.verdicts.forget((word) => changed.has(baseForm(word)));
    this.answeredBlocks = new WeakSet();
  }

  ignore(word: string): void {
    this.ignored.add(word);
  }

  /** The decoration source: marks over the misspelt words of one text node. */
  readonly marks: DecorationSource = (node, path) => {
    // Until a misspelt word is known (a story just opened), no block need be split into words to be drawn.
    if (!this.verdicts.anyMisspelt()) return [];
    const block = proseBlockAbove(this.editor, path);
    if (!block) return [];
    const words = wordsOfBlock(block[0]);
    const nodeStart = startOfNode(words, node);
    if (nodeStart < 0) return [];
    const nodeEnd = nodeStart + node.text.length;
    const typing = this.typingWord();
    const marks: TextMark[] = [];
    for (const token of words.words) {
      if (token.end <= nodeStart || token.start >= nodeEnd) continue;
      if (typing && token.start === typing.start && Path.equals(typing.blockPath, block[1])) continue;
      if (this.status(token.word) !== 'misspelt') continue;
      marks.push({ start: Math.max(token.start, nodeStart) - nodeStart, end: Math.min(token.end, nodeEnd) - nodeStart, spelling: { word: token.word } });
    }
    return marks;
  };

  /** The word being typed (where, and what), to notice when the caret leaves it. */
  wordBeingTyped(): { key: string; word: string } | null {
    const typing = this.typingWord();
    return typing ? { key: `${typing.blockPath.join('.')}:${typing.start}`, word: typing.word } : null;
  }

  /** Every word of the checked text that nothing has answered for yet. */
  unknownWords(): string[] {
    const unknown = new Set<string>();
    for (const [block] of proseBlocks(this.editor)) this.collectUnknownWords(block, unknown);
    return [...unknown];
  }

  /** Adds the words of one block that nothing has answered for yet (a pass over a long story goes block by block). */
  collectUnknownWords(block: CustomElement, into: Set<string>): void {
    if (this.answeredBlocks.has(block)) return;
    let answered = true;
    for (const { word } of wordsOfBlock(block).words) {
      if (this.status(word) !== 'unknown') continue;
      answered = false;
      into.add(word);
    }
    if (answered) this.answeredBlocks.add(block);
  }

  /** The misspelt word at a point (the caret inside it or just after it), if any. */
  misspeltAt(point: Point): MisspeltWord | null {
    const found = this.wordAt(point);
    if (!found || this.status(found.token.word) !== 'misspelt') return null;
    return this.misspeltWord(found.block, found.token);
  }

  /** The first misspelt word after a point in reading order, starting again from the top; null when there is none. */
  nextMisspelt(from: Point | null): MisspeltWord | null {
    const blocks = [...proseBlocks(this.editor)];
    const start = from && Text.isText(nodeAt(this.editor, from.path)) ? offsetInBlock(this.editor, from) : null;
    const first = start ? blocks.findIndex(([, path]) => Path.equals(path, start.block[1])) : 0;
    for (let step = 0; step <= blocks.length; step++) {
      const entry = blocks[(Math.max(first, 0) + step) % blocks.length];
      if (!entry) return null;
      const isStartBlock = step === 0 && start !== null;
      for (const token of wordsOfBlock(entry[0]).words) {
        if (isStartBlock && token.start < start.offset) continue;
        if (this.status(token.word) === 'misspelt') return this.misspeltWord(entry, token);
      }
    }
    return null;
  }

  private misspeltWord([block, path]: NodeEntry<CustomElement>, token: WordToken): MisspeltWord {
    const words = wordsOfBlock(block);
    return { word: token.word, written: words.text.slice(token.start, token.end), range: rangeOfWord(words, path, token) };
  }

  private wordAt(point: Point) {
    if (!Text.isText(nodeAt(this.editor, point.path))) return null;
    const place = offsetInBlock(this.editor, point);
    if (!place) return null;
    const token = place.words.words.find((candidate) => candidate.start <= place.offset && place.offset <= candidate.end);
    return token ? { block: place.block, token, offset: place.offset } : null;
  }

  private typingWord(): TypingWord | null {
    // Asked once per text node when marks are drawn again: worked out once per caret and document.
    const { selection, children } = this.editor;
    const last = this.lastTypingWord;
    if (last && last.selection === selection && last.children === children) return last.word;
    const caret = collapsedCaret(this.editor);
    const found = caret ? this.wordAt(caret) : null;
    const word = found && found.token.end === found.offset ? { blockPath: found.block[1], start: found.token.start, word: found.token.word } : null;
    this.lastTypingWord = { selection, children, word };
    return word;
  }
}

function collapsedCaret(editor: Editor): Point | null {
  const { selection } = editor;
  return selection && Range.isCollapsed(selection) ? selection.anchor : null;
}

function nodeAt(editor: Editor, path: Path) {
  try {
    return Editor.node(editor, path)[0];
  } catch {
    return null; // a selection left over from before an edit
  }
}

function symmetricDifference<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  const difference = new Set<T>();
  for (const item of a) if (!b.has(item)) difference.add(item);
  for (const item of b) if (!a.has(item)) difference.add(item);
  return difference;
}

/** The form personal entries are compared in: lower case, without a possessive. */
function baseForm(word: string): string {
  return word.replace(/['’]s$/u, '').toLowerCase();
}
