// The story in one Slate editor: the toolbar, the editable document (every region of the story), and the
// counts. Edits reach the story session through use-story-sync.ts; the editor itself is made once per
// opened story and never re-rendered by the session's own updates.

import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { Editor, Transforms } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { Story } from '../../../shared/story/schema.ts';
import { ACTIONS } from './commands/actions.ts';
import { canLink } from './commands/links.ts';
import { moveToStoryEnd, selectPart } from './commands/navigation.ts';
import { DecorationContext } from './decorations/decoration-context.ts';
import { MarkedText } from './decorations/marked-text.tsx';
import type { DecorationStore } from './decorations/decoration-store.ts';
import { useEditorDecorations } from './decorations/use-editor-decorations.ts';
import { CountsFooter } from './counts/counts-footer.tsx';
import { createCountsStore } from './counts/counts-store.ts';
import { createStoryEditor, normalizedDocument } from './create-story-editor.ts';
import { FindBar } from './find/find-bar.tsx';
import { storyToSlate } from './document/to-slate.ts';
import { actionForKey } from './keyboard/shortcuts.ts';
import { handleMediaDrop, handleMediaPaste, MediaImportStatus } from './media/index.ts';
import { handleTab } from './keyboard/tab.ts';
import { storyEndKey } from './keyboard/story-end.ts';
import { isTypedCharacter } from './keyboard/typed-character.ts';
import { LintLayer } from './lint/lint-layer.tsx';
import { PASTE_CLEANER } from './paste-cleaner.ts';
import { revealCaret } from './reveal-caret.ts';
import type { PasteCleaner, PasteNotice } from './plugins/with-paste.ts';
import { ChunkMountingContext, StoryChunk } from './render/chunk.tsx';
import { ChunkMounting } from './render/chunk-mounting.ts';
import { spareReactTheCaretWalk } from './spare-react-the-caret-walk.ts';
import { StoryElement } from './render/element.tsx';
import { StoryLeaf } from './render/leaf.tsx';
import { SpellingLayer } from './spelling/spelling-layer.tsx';
import { syncSelectionFromDom } from './dom-selection.ts';
import { editingPartAt, type EditingPartStore } from './editing-part.ts';
import { EditedStoryContext } from './story-context.ts';
import { useStorySync, type StoryEdit } from './sync/use-story-sync.ts';
import { LinkDialog } from './toolbar/link-dialog.tsx';
import { EditorToolbar } from './toolbar/toolbar.tsx';
import '../styles/editor.css';

export interface StoryEditorProps {
  /** The story as opened: the editor takes its document from it once. */
  story: Story;
  /** Where edits go; a ref, so the editor never re-renders for a new callback. */
  editRef: RefObject<StoryEdit>;
  /** Told at once when there are typed changes not yet handed to `editRef` (they are batched while typing). */
  pendingRef?: RefObject<() => void>;
  /** Put the caret in the headline when the editor appears (a new story). */
  autoFocus?: boolean;
  /** How pasted content is cleaned; the paste cleanup (renderer/src/paste/) unless given. */
  cleaner?: PasteCleaner;
  /** Filled with the editor's flush: hands typed changes to `editRef` at once (before an export, say). */
  flushRef?: RefObject<(() => void) | null>;
  /** Told which part of the story the caret is in (the live preview follows it). */
  partStore?: EditingPartStore;
}

function StoryEditorView({
  story,
  editRef,
  pendingRef,
  autoFocus = false,
  cleaner = PASTE_CLEANER,
  flushRef,
  partStore,
}: StoryEditorProps) {
  const [pasteNotices, setPasteNotices] = useState<readonly PasteNotice[]>([]);
  const [editor] = useState(() => createStoryEditor({ cleaner, onWarnings: setPasteNotices }));
  const [initialValue] = useState(() => normalizedDocument(storyToSlate(story)));
  const [counts] = useState(() => createCountsStore(initialValue));
  const [linkOpen, setLinkOpen] = useState(false);
  const decorations = useEditorDecorations(editor);
  const [chunkMounting] = useState(() => new ChunkMounting());
  const storyContext = useMemo(() => ({ id: story.id }), [story.id]);

  const sync = useStorySync(
    editor,
    useCallback<StoryEdit>((change) => editRef.current(change), [editRef]),
    useCallback(() => pendingRef?.current(), [pendingRef]),
  );

  useEffect(() => () => counts.dispose(), [counts]);

  const { flush } = sync;
  useEffect(() => {
    if (!flushRef) return undefined;
    flushRef.current = flush;
    return () => {
      if (flushRef.current === flush) flushRef.current = null;
    };
  }, [flushRef, flush]);

  useLayoutEffect(() => spareReactTheCaretWalk(ReactEditor.toDOMNode(editor, editor)), [editor]);

  // After the chunks' own layout effects: every chunk of the first render is waiting in order by now.
  useLayoutEffect(() => {
    chunkMounting.storyOpened();
    return () => chunkMounting.dispose();
  }, [chunkMounting]);

  // Before the first paint, so that typing straight after "New story" lands in the headline.
  useLayoutEffect(() => {
    if (!autoFocus) return;
    Transforms.select(editor, Editor.end(editor, [0]));
    ReactEditor.focus(editor);
  }, [autoFocus, editor]);

  const onValueChange = useCallback(() => {
    sync.changed();
    counts.schedule(() => editor.children);
  }, [sync, counts, editor]);

  // Every change, not only selection operations: Enter moves the caret into a new block without one.
  const onChange = useCallback(() => {
    chunkMounting.revealSelection(editor);
    if (partStore && editor.selection) partStore.set(editingPartAt(editor.selection.anchor.path));
  }, [partStore, editor, chunkMounting]);

  const openLink = useCallback(() => {
    if (canLink(editor)) setLinkOpen(true);
  }, [editor]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // Ctrl+S never gets here: the command dispatcher takes it, and the session asks for the typing first.
      const native = event.nativeEvent;
      const action = actionForKey(native);
      if (action === 'select-part') {
        // The part first; pressed again, the browser selects the whole story.
        syncSelectionFromDom(editor);
        if (selectPart(editor)) event.preventDefault();
        return;
      }
      if (action) {
        event.preventDefault();
        syncSelectionFromDom(editor);
        if (action === 'link') openLink();
        else if (ACTIONS[action].enabled(editor)) ACTIONS[action].run(editor);
        return;
      }
      const toStoryEnd = storyEndKey(native);
      if (toStoryEnd) {
        syncSelectionFromDom(editor);
        if (moveToStoryEnd(editor, toStoryEnd === 'extend')) {
          event.preventDefault();
          revealCaret(editor);
        }
        return;
      }
      if (native.key === 'Tab' && !native.ctrlKey && !native.metaKey && !native.altKey) {
        syncSelectionFromDom(editor);
        if (handleTab(editor, native.shiftKey)) event.preventDefault();
        return;
      }
      // Handled as far as Slate's keydown goes (see typed-character.ts); the browser still types it.
      return isTypedCharacter(native) ? true : undefined;
    },
    [editor, openLink],
  );

  return (
    <EditedStoryContext.Provider value={storyContext}>
      <DecorationContext.Provider value={decorations}>
        <Slate editor={editor} initialValue={initialValue} onChange={onChange} onValueChange={onValueChange}>
          <div className="story-editor">
            <div className="editor-bar">
              <EditorToolbar onLink={openLink} />
              <FindBar />
              {linkOpen ? <LinkDialog onClose={() => setLinkOpen(false)} /> : null}
              {pasteNotices.length > 0 ? <PasteNotices notices={pasteNotices} onDismiss={() => setPasteNotices([])} /> : null}
            </div>
            <MediaImportStatus />
            <ChunkMountingContext.Provider value={chunkMounting}>
              <StoryEditable editor={editor} decorate={decorations.decorate} onKeyDown={onKeyDown} onBlur={sync.flush} />
            </ChunkMountingContext.Provider>
            <SpellingLayer story={story} />
            <LintLayer />
            <CountsFooter store={counts} />
          </div>
        </Slate>
      </DecorationContext.Provider>
    </EditedStoryContext.Provider>
  );
}

interface StoryEditableProps {
  editor: Editor;
  decorate: DecorationStore['decorate'];
  /** Answers true for a key Slate's own keydown handling should skip. */
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => boolean | undefined;
  onBlur: () => void;
}

/**
 * The story's text, rendered again only when what it is given changes — not each time the story view
 * renders with a newer copy of the story (after every hand-over and save). Each render of slate-react's
 * Editable puts the browser's caret where Slate's selection is, and Slate reads caret moves a moment late
 * (it throttles selectionchange): a render just after Home or a click would put the caret back where it was.
 */
const StoryEditable = memo(function StoryEditable({ editor, decorate, onKeyDown, onBlur }: StoryEditableProps) {
  // Pictures dropped or pasted are the media code's; text is the paste plugin's (with-paste.ts).
  const onDrop = useCallback((event: DragEvent<HTMLDivElement>) => handleMediaDrop(editor, event), [editor]);
  const onPaste = useCallback((event: ClipboardEvent<HTMLDivElement>) => handleMediaPaste(editor, event), [editor]);
  return (
    <Editable
      className="story-editable"
      aria-label="Story"
      renderElement={StoryElement}
      renderLeaf={StoryLeaf}
      renderText={MarkedText}
      renderChunk={StoryChunk}
      decorate={decorate}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onDrop={onDrop}
      onPaste={onPaste}
      spellCheck={false}
    />
  );
});

/** What the last paste left out, until the person dismisses it. */
function PasteNotices({ notices, onDismiss }: { notices: readonly PasteNotice[]; onDismiss: () => void }) {
  return (
    <div className="paste-notices" aria-live="polite">
      <ul>
        {notices.map((notice) => (
          <li key={notice.message}>{notice.message}</li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** Rendered once per opened story: later renders of the view (each edit updates the session) skip it. */
export const StoryEditor = memo(
  StoryEditorView,
  (before, after) => before.story.id === after.story.id && before.editRef === after.editRef && before.cleaner === after.cleaner,
);
