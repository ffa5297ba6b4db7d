// The spell checker in the editor, rendered once inside <Slate>. It feeds the decoration store's 'spelling'
// source (marks drawn by render/leaf.tsx), and after the person stops typing — at idle, never on the
// keystroke — learns the names the story teaches and asks the Node side about the words it has not heard
// of. The browser's own spell checking is off for the editor: this one replaces it.
//
// The menu for a misspelt word opens with a right-click on it, with the keyboard's context-menu key (or
// Shift+F10) when the caret is in it, and with Alt+F7 (⌥F7), which opens it for the word at the caret or
// goes to the next misspelt word, as in word processors.

import { useEffect, useRef, useState } from 'react';
import { Range, Transforms, type Descendant, type Editor } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import type { CopydeskBridge } from '../../../../shared/bridge/contract.ts';
import { namesInStory, prepareNamesInStory } from '../../../../shared/spelling/names-in-story.ts';
import type { Story } from '../../../../shared/story/schema.ts';
import { reviveError } from '../../bridge/http-bridge.ts';
import { preferencesStoreFor, usePreferences } from '../../preferences/preferences-store.ts';
import { useDecorationStore } from '../decorations/decoration-context.ts';
import type { DecorationStore } from '../decorations/decoration-store.ts';
import { storyFromSlate } from '../document/from-slate.ts';
import { syncSelectionFromDom } from '../dom-selection.ts';
import { useMediaContext } from '../media/use-media-context.ts';
import { proseBlocks, wordsOfBlock } from './checked-text.ts';
import { ignoredWordsOf } from './ignored-words.ts';
import { createPassScheduler } from './pass-scheduler.ts';
import { replaceWord } from './replace-word.ts';
import { SpellingMenu, type SpellingMenuTarget } from './spelling-menu.tsx';
import { SpellingState, type MisspeltWord } from './spelling-state.ts';
import { spellingVerdictsFor } from './spelling-verdicts.ts';
import { suggestionsFor } from './suggestions.ts';

/** How long the menu waits for suggestions before it opens without them (they then appear in it). */
const SUGGESTION_WAIT_MS = 400;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface SpellingLayerProps {
  /** The story as opened: its id ("Ignore in this story") and the desk's parts the names are read with. */
  story: Story;
  /** The bridge to ask; the editor's own (its media context) unless given. */
  bridge?: CopydeskBridge;
}

export function SpellingLayer({ story, bridge }: SpellingLayerProps) {
  const editor = useSlateStatic();
  const editorBridge = useMediaContext(editor)?.bridge ?? null;
  const decorations = useDecorationStore();
  const chosen = bridge ?? editorBridge;
  if (!chosen || !decorations) return null;
  return <ActiveSpelling editor={editor} bridge={chosen} decorations={decorations} story={story} />;
}

interface ActiveSpellingProps {
  editor: Editor;
  bridge: CopydeskBridge;
  decorations: DecorationStore;
  story: Story;
}

interface OpenMenu {
  word: MisspeltWord;
  target: SpellingMenuTarget;
}

function ActiveSpelling({ editor, bridge, decorations, story }: ActiveSpellingProps) {
  const [verdicts] = useState(() => spellingVerdictsFor(bridge));
  const [state] = useState(() => new SpellingState(editor, verdicts, ignoredWordsOf(story.id)));
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const storyRef = useRef(story);
  storyRef.current = story;

  const [passes] = useState(() =>
    // A slice at a time at idle (pass-scheduler.ts): the first pass over a long story splits every word and
    // looks each one up, which in one go would hold the main thread for a long task.
    createPassScheduler(function* spellingPass() {
      for (const [block] of proseBlocks(editor)) {
        wordsOfBlock(block); // remembered per block: later passes split only what changed
        yield;
      }
      yield* prepareNamesInStory(storyFromSlate(editor.children, storyRef.current));
      if (state.setNames(namesOfDocument(editor.children, storyRef.current))) decorations.changedInSlices('spelling');
      verdicts.warmUp();
      const unknown = new Set<string>();
      for (const [block] of proseBlocks(editor)) {
        state.collectUnknownWords(block, unknown);
        yield;
      }
      verdicts.ask(unknown);
    }),
  );

  useEffect(() => {
    decorations.setSource('spelling', state.marks);
    passes.soon();
    const stopListening = verdicts.subscribe(({ misspelt }) => {
      // Answers come in batches, and a long story's first ones mark words all through it: drawn at idle, a
      // slice at a time (a new batch starts the walk again; what it already drew compares equal).
      if (misspelt.length > 0) decorations.changedInSlices('spelling');
    });
    return () => {
      stopListening();
      passes.dispose();
      decorations.setSource('spelling', null);
    };
  }, [decorations, passes, state, verdicts]);

  usePersonalDictionary(bridge, state, decorations, passes.soon);

  const openMenu = async (word: MisspeltWord) => {
    // The suggestions are waited for a moment, so that the menu opens with the best one first (and, from the
    // keyboard, focused) rather than growing under the person's hand.
    await Promise.race([suggestionsFor(bridge, word.word).catch(() => []), delay(SUGGESTION_WAIT_MS)]);
    let box: DOMRect;
    try {
      box = ReactEditor.toDOMRange(editor, word.range).getBoundingClientRect();
    } catch {
      return; // the text changed meanwhile
    }
    setMenu({ word, target: { word: word.word, written: word.written, rect: { left: box.left, top: box.top, width: box.width, height: box.height } } });
  };
  const openMenuRef = useRef(openMenu);
  openMenuRef.current = openMenu;

  // A word Alt+F7 selected: its menu opens once Slate has drawn (and scrolled to) the selection, so that the
  // menu lands beside the word and Slate's placing of the selection does not take the focus back from it.
  const [selectedWord, setSelectedWord] = useState<MisspeltWord | null>(null);
  useEffect(() => {
    if (!selectedWord) return;
    setSelectedWord(null);
    void openMenuRef.current(selectedWord);
  }, [selectedWord]);

  useEffect(() => {
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return undefined;
    }
    const onContextMenu = (event: MouseEvent) => {
      const word = misspeltWordForContextMenu(editor, state, event);
      if (!word) return; // the browser's own menu, for everything else
      event.preventDefault();
      void openMenuRef.current(word);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      syncSelectionFromDom(editor);
      const { selection } = editor;
      const atCaret = selection && Range.isCollapsed(selection) ? state.misspeltAt(selection.anchor) : null;
      const word = atCaret ?? state.nextMisspelt(selection ? Range.end(selection) : null);
      if (!word) {
        setAnnouncement('No misspelt words found.');
        return;
      }
      Transforms.select(editor, word.range);
      setSelectedWord(word);
    };
    root.addEventListener('contextmenu', onContextMenu);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('contextmenu', onContextMenu);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [editor, state]);

  const addToDictionary = async (word: string) => {
    const store = preferencesStoreFor(bridge);
    const current = store.get() ?? (await store.reload());
    if (!current) {
      setAnnouncement(`“${word}” was not added: the preferences cannot be read.`);
      return;
    }
    if (current.personalDictionary.includes(word)) return;
    try {
      await store.update({ personalDictionary: [...current.personalDictionary, word] });
      setAnnouncement(`“${word}” added to the dictionary.`);
    } catch (error) {
      setAnnouncement(`“${word}” was not added to the dictionary: ${reviveError(error).message}`);
    }
  };

  return (
    <>
      <TypingWatch state={state} decorations={decorations} afterTyping={passes.afterTyping} />
      <SpellingMenu
        bridge={bridge}
        target={menu?.target ?? null}
        onReplace={(replacement) => {
          if (menu && !replaceWord(editor, menu.word, replacement)) setAnnouncement('The text there has changed; nothing was replaced.');
        }}
        onAddToDictionary={() => {
          if (menu) void addToDictionary(menu.word.word);
        }}
        onIgnore={() => {
          if (!menu) return;
          state.ignore(menu.word.word);
          decorations.changed('spelling');
          setAnnouncement(`“${menu.word.written}” is ignored in this story.`);
        }}
        onClose={() => {
          setMenu(null);
          ReactEditor.focus(editor);
        }}
      />
      {/* A live region, not role="status": the story view's one status is its save status. */}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

/** The misspelt word a context-menu event is about: the marked word under the pointer, or the one at the caret. */
function misspeltWordForContextMenu(editor: Editor, state: SpellingState, event: MouseEvent): MisspeltWord | null {
  const onMark = event.target instanceof Element && event.target.closest('.spelling-mark');
  if (onMark) {
    const range = ReactEditor.findEventRange(editor, event);
    return range ? state.misspeltAt(Range.start(range)) : null;
  }
  // From the keyboard (the context-menu key, Shift+F10) the event comes from the editor itself.
  const { selection } = editor;
  return selection && Range.isCollapsed(selection) ? state.misspeltAt(selection.anchor) : null;
}

/** The personal dictionary from preferences: a word added (here or in Preferences) or removed counts at once. */
function usePersonalDictionary(bridge: CopydeskBridge, state: SpellingState, decorations: DecorationStore, soon: () => void): void {
  const words = usePreferences(bridge)?.personalDictionary;
  const previous = useRef<readonly string[]>([]);
  useEffect(() => {
    if (!words) return;
    state.setPersonalWords(previous.current, words);
    previous.current = words;
    decorations.changed('spelling');
    soon();
  }, [words, state, decorations, soon]);
}

/**
 * Walks again when typing pauses. The word being typed is not marked until the caret leaves it; when it leaves
 * by a click or an arrow key (no edit, so Slate draws nothing new) the marks are drawn again. A component of
 * its own that draws nothing, so that only it is rendered again on every keystroke.
 */
function TypingWatch({ state, decorations, afterTyping }: { state: SpellingState; decorations: DecorationStore; afterTyping: () => void }) {
  const children = useSlateSelector((current) => current.children);
  const selection = useSlateSelector((current) => current.selection);
  const last = useRef<{ children: Descendant[]; typing: { key: string; word: string } | null }>({ children, typing: null });
  useEffect(() => {
    const typing = state.wordBeingTyped();
    const previous = last.current;
    if (previous.children !== children) afterTyping();
    else if (previous.typing && previous.typing.key !== typing?.key && state.status(previous.typing.word) === 'misspelt') {
      decorations.changed('spelling');
    }
    last.current = { children, typing };
  }, [children, selection, state, decorations, afterTyping]);
  return null;
}

// Learning names converts the whole document to a story: done once per version of the document.
const namesCache = new WeakMap<Descendant[], ReadonlySet<string>>();

function namesOfDocument(document: Descendant[], story: Story): ReadonlySet<string> {
  let names = namesCache.get(document);
  if (!names) {
    names = namesInStory(storyFromSlate(document, story));
    namesCache.set(document, names);
  }
  return names;
}
