// The formatting toolbar: a button for each command, showing whether its format is on (aria-pressed), its
// name and its shortcut. Buttons keep the editor's selection (they never take focus on a click), and the
// toolbar is one tab stop whose buttons the arrow keys move between, as WAI-ARIA's toolbar pattern has it.

import { useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { ACTIONS } from '../commands/actions.ts';
import { syncSelectionFromDom } from '../dom-selection.ts';
import { ariaKeyShortcut, describeShortcut, shortcutsFor, type ActionId } from '../keyboard/shortcuts.ts';
import { setSmartQuotesEnabled, smartQuotesEnabled, subscribeToSmartQuotes } from '../typing/smart-quotes-setting.ts';
import { InsertPhotoButton } from '../media/index.ts';
import { ICONS, INSERT_PHOTO_ICON } from './icons.tsx';

const GROUPS: readonly (readonly Exclude<ActionId, 'select-part'>[])[] = [
  ['bold', 'italic', 'link'],
  ['subhead', 'block-quote', 'bulleted-list', 'numbered-list'],
  ['undo', 'redo'],
];

const BUTTONS = GROUPS.flat();

/**
 * Every button's state in one string, a letter each (D disabled, E enabled, P pressed), in GROUPS' order: the
 * toolbar renders again when a letter changes — a format switched on, undo becoming possible — rather than
 * after every keystroke (about 0.3 ms a key in a long story).
 */
function buttonStates(editor: Editor): string {
  let states = '';
  for (const id of BUTTONS) {
    const action = ACTIONS[id];
    states += !action.enabled(editor) ? 'D' : action.active?.(editor) ? 'P' : 'E';
  }
  return states;
}

function ariaShortcut(id: ActionId): string {
  return shortcutsFor(id).map((shortcut) => ariaKeyShortcut(shortcut)).join(' ');
}

export function EditorToolbar({ onLink }: { onLink: () => void }) {
  const editor = useSlateStatic();
  const states = useSlateSelector(buttonStates);
  const toolbar = useRef<HTMLDivElement>(null);
  const smartQuotes = useSyncExternalStore(subscribeToSmartQuotes, smartQuotesEnabled);

  const run = (id: Exclude<ActionId, 'select-part'>) => {
    syncSelectionFromDom(editor);
    if (id === 'link') return onLink();
    ACTIONS[id].run(editor);
    ReactEditor.focus(editor);
  };

  // Arrow keys move between the buttons; Tab leaves the toolbar.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = Array.from(toolbar.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
    event.preventDefault();
  };

  let first = true;
  return (
    <div ref={toolbar} role="toolbar" aria-label="Formatting" className="editor-toolbar" onKeyDown={onKeyDown}>
      {GROUPS.map((group, g) => (
        <div className="toolbar-group" key={g}>
          {group.map((id) => {
            const action = ACTIONS[id];
            const state = states[BUTTONS.indexOf(id)];
            const enabled = state !== 'D';
            const pressed = action.active ? state === 'P' : undefined;
            const shortcuts = shortcutsFor(id).map((shortcut) => describeShortcut(shortcut)).join(' or ');
            const tabIndex = first && enabled ? 0 : -1;
            if (tabIndex === 0) first = false;
            return (
              <button
                key={id}
                type="button"
                className="toolbar-button"
                aria-label={action.label}
                aria-pressed={pressed}
                aria-keyshortcuts={ariaShortcut(id)}
                title={`${action.label} (${shortcuts})`}
                disabled={!enabled}
                tabIndex={tabIndex}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => run(id)}
              >
                {ICONS[id]}
              </button>
            );
          })}
        </div>
      ))}
      <div className="toolbar-group">
        <InsertPhotoButton className="toolbar-button toolbar-insert" tabIndex={-1}>
          {INSERT_PHOTO_ICON}
        </InsertPhotoButton>
      </div>
      <div className="toolbar-group toolbar-end">
        <button
          type="button"
          className="toolbar-toggle"
          aria-pressed={smartQuotes}
          title="Curly quotes, dashes and ellipses as you type"
          tabIndex={first ? 0 : -1}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setSmartQuotesEnabled(!smartQuotes)}
        >
          <span aria-hidden="true" className="toolbar-toggle-sample">
            “ ”
          </span>
          Smart quotes
        </button>
      </div>
    </div>
  );
}
