// The Find bar, under the editor's toolbar: a "Find" field with "Match case" and "Whole word", the count
// ("3 of 12"), Previous and Next; opened for replacing, a "Replace" field with "Replace" and "Replace all".
// Enter and Shift+Enter in the Find field go to the next and previous match, Enter in the Replace field
// replaces the current one, Escape closes the bar and puts the caret back in the text. Mounted once inside
// <Slate>; it also listens for the shortcuts that open it (use-find-shortcuts.ts).

import { useEffect, useId, useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useSlateStatic } from 'slate-react';
import { useDecorationStore } from '../decorations/decoration-context.ts';
import { describeShortcut } from '../keyboard/shortcuts.ts';
import { useCommandHandler } from '../../commands/command-registry.ts';
import { findShortcutsFor, runFindCommand } from './find-commands.ts';
import { countLabel, findStoreFor } from './find-store.ts';
import { useFindShortcuts } from './use-find-shortcuts.ts';
import './find.css';

export function FindBar() {
  const editor = useSlateStatic();
  const decorations = useDecorationStore();
  const store = findStoreFor(editor);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const id = useId();
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);

  useEffect(() => store.attach(decorations), [store, decorations]);
  // Edit ▸ Find… and Replace… from the command table (menu and keys); F3 and Shift+F3 are the hook's.
  useCommandHandler('find', () => runFindCommand(editor, 'find'));
  useCommandHandler('replace', () => runFindCommand(editor, 'replace'));
  useFindShortcuts(editor);

  // Each Ctrl+F or Ctrl+H puts the focus in the bar with the field's text selected, ready to type over.
  const { serial, field } = state.focusRequest;
  useEffect(() => {
    if (serial === 0) return;
    const input = field === 'replace' ? replaceInput.current : findInput.current;
    input?.focus();
    input?.select();
  }, [serial, field]);

  if (!state.open) return null;

  const noMatches = state.count === 0;
  const onBarKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    store.close();
  };
  const onFindKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (event.shiftKey) store.previous();
    else store.next();
  };
  const onReplaceKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    store.replaceCurrent();
  };
  const keys = (command: 'find-next' | 'find-previous') => findShortcutsFor(command).map((shortcut) => describeShortcut(shortcut)).join(', ');

  return (
    <div className="find-bar" role="search" aria-label="Find and replace" onKeyDown={onBarKeyDown}>
      <div className="find-row">
        <label className="find-label" htmlFor={`${id}-find`}>
          Find
        </label>
        <input
          ref={findInput}
          id={`${id}-find`}
          className="input find-input"
          type="text"
          value={state.query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-count`}
          onChange={(event) => store.setQuery(event.target.value)}
          onKeyDown={onFindKeyDown}
        />
        <span id={`${id}-count`} className="find-count" aria-live="polite">
          {countLabel(state)}
        </span>
        <button
          type="button"
          className="button button-small find-step"
          aria-label="Previous match"
          title={`Previous match (Shift+Enter, ${keys('find-previous')})`}
          disabled={noMatches}
          onClick={() => store.previous()}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button-small find-step"
          aria-label="Next match"
          title={`Next match (Enter, ${keys('find-next')})`}
          disabled={noMatches}
          onClick={() => store.next()}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <label className="find-option">
          <input type="checkbox" checked={state.matchCase} onChange={(event) => store.setOptions({ matchCase: event.target.checked })} />
          Match case
        </label>
        <label className="find-option">
          <input type="checkbox" checked={state.wholeWord} onChange={(event) => store.setOptions({ wholeWord: event.target.checked })} />
          Whole word
        </label>
        <button type="button" className="button button-small find-close" aria-label="Close find" title="Close (Escape)" onClick={() => store.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {state.replacing ? (
        <div className="find-row">
          <label className="find-label" htmlFor={`${id}-replace`}>
            Replace
          </label>
          <input
            ref={replaceInput}
            id={`${id}-replace`}
            className="input find-input"
            type="text"
            value={state.replacement}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => store.setReplacement(event.target.value)}
            onKeyDown={onReplaceKeyDown}
          />
          {/* Never disabled: the focus stays on the button after the last match goes, and the bar says why. */}
          <button type="button" className="button button-small" onClick={() => store.replaceCurrent()}>
            Replace
          </button>
          <button type="button" className="button button-small" onClick={() => store.replaceAll()}>
            Replace all
          </button>
          <span className="find-notice" aria-live="polite">
            {state.notice}
          </span>
        </div>
      ) : null}
      {noMatches && state.query !== '' ? <p className="find-hint">The Desk panel (slug, keywords, notes) is not searched.</p> : null}
    </div>
  );
}
