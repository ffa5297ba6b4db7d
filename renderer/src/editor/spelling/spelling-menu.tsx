// The menu for one misspelt word: the dictionary's suggestions (choosing one replaces the word), "Add to
// dictionary" and "Ignore in this story". A Radix dropdown menu, so it is keyboard navigable (arrows, Enter,
// Escape, type-ahead) and announced as a menu; it opens beside the word, anchored to an invisible box over it.

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useEffect, useId, useState } from 'react';
import type { CopydeskBridge } from '../../../../shared/bridge/contract.ts';
import { suggestionsFor } from './suggestions.ts';
import './spelling.css';

export interface SpellingMenuTarget {
  /** As the dictionary is asked ("dont"): what is added to the dictionary or ignored. */
  word: string;
  /** As written in the text ("don’t"). */
  written: string;
  /** Where the word is on screen. */
  rect: { left: number; top: number; width: number; height: number };
}

export interface SpellingMenuProps {
  bridge: CopydeskBridge;
  target: SpellingMenuTarget | null;
  onReplace: (replacement: string) => void;
  onAddToDictionary: () => void;
  onIgnore: () => void;
  /** The menu closed (chosen, Escape, a click elsewhere): focus goes back to the text. */
  onClose: () => void;
}

type Suggestions = { word: string; list: readonly string[] | null; failed: boolean };

function useSuggestions(bridge: CopydeskBridge, word: string | null): Suggestions | null {
  const [answer, setAnswer] = useState<Suggestions | null>(null);
  useEffect(() => {
    if (word === null) return undefined;
    let live = true;
    setAnswer({ word, list: null, failed: false });
    suggestionsFor(bridge, word).then(
      (list) => {
        if (live) setAnswer({ word, list, failed: false });
      },
      () => {
        if (live) setAnswer({ word, list: [], failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [bridge, word]);
  return answer && answer.word === word ? answer : null;
}

/** A suggestion written as the text writes apostrophes: "don't" becomes "don’t" in curly text. */
export function matchApostrophes(suggestion: string, written: string): string {
  return written.includes('’') ? suggestion.replace(/'/g, '’') : suggestion;
}

export function SpellingMenu({ bridge, target, onReplace, onAddToDictionary, onIgnore, onClose }: SpellingMenuProps) {
  const suggestions = useSuggestions(bridge, target?.word ?? null);
  const labelId = useId();
  const open = target !== null;
  const rect = target?.rect ?? { left: 0, top: 0, width: 0, height: 0 };
  return (
    // Not modal: a modal menu locks scrolling with an injected <style>, which the app's CSP refuses.
    <DropdownMenu.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())} modal={false}>
      <DropdownMenu.Trigger asChild>
        <span
          className="spelling-menu-anchor"
          aria-hidden="true"
          tabIndex={-1}
          style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
        />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu spelling-menu"
          align="start"
          sideOffset={4}
          collisionPadding={8}
          // Named by its label, not by the invisible box it opens from.
          aria-labelledby={labelId}
          onCloseAutoFocus={(event) => {
            event.preventDefault(); // the editor takes the focus back itself, with its caret
          }}
        >
          {target ? (
            <>
              <DropdownMenu.Label id={labelId} className="spelling-menu-label">
                “{target.written}” is not in the dictionary
              </DropdownMenu.Label>
              <SuggestionItems target={target} suggestions={suggestions} onReplace={onReplace} />
              <DropdownMenu.Separator className="spelling-menu-separator" />
              <DropdownMenu.Item className="menu-item" onSelect={onAddToDictionary}>
                Add “{target.word}” to dictionary
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu-item" onSelect={onIgnore}>
                Ignore in this story
              </DropdownMenu.Item>
            </>
          ) : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function SuggestionItems({
  target,
  suggestions,
  onReplace,
}: {
  target: SpellingMenuTarget;
  suggestions: Suggestions | null;
  onReplace: (replacement: string) => void;
}) {
  if (!suggestions || suggestions.list === null) {
    return (
      <DropdownMenu.Item className="menu-item spelling-menu-note" disabled>
        Looking for suggestions…
      </DropdownMenu.Item>
    );
  }
  if (suggestions.list.length === 0) {
    return (
      <DropdownMenu.Item className="menu-item spelling-menu-note" disabled>
        {suggestions.failed ? 'Suggestions could not be found' : 'No suggestions'}
      </DropdownMenu.Item>
    );
  }
  return (
    <DropdownMenu.Group aria-label="Suggestions">
      {suggestions.list.map((suggestion) => {
        const replacement = matchApostrophes(suggestion, target.written);
        return (
          <DropdownMenu.Item key={suggestion} className="menu-item spelling-suggestion" onSelect={() => onReplace(replacement)}>
            {replacement}
          </DropdownMenu.Item>
        );
      })}
    </DropdownMenu.Group>
  );
}
