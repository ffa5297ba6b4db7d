// The "Story" menu of the story's top bar: the File commands of the command table that act on the open story
// (Print…, Export PDF…, Duplicate, Move to Trash…) and the shortcut sheet, for the browser host, which has no
// desktop menu, and for anyone who looks for them there. Each item runs the same command as the menu and keys.

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { RendererCommandId } from '../../../shared/commands/command-table.ts';
import { commandById, labelOf } from '../../../shared/commands/command-table.ts';
import '../export/export.css'; // the app's menu look (.menu, .menu-item)
import { commandRegistry } from './command-registry.ts';
import { commandAriaShortcut, commandShortcutLabel } from './command-shortcuts.ts';
import { currentKeyPlatform } from './platform.ts';

const STORY_MENU: readonly (readonly Exclude<RendererCommandId, 'export' | 'import'>[])[] = [
  ['print', 'export-pdf', 'duplicate', 'move-to-trash'],
  ['keyboard-shortcuts'],
];

export function StoryMenu({ className = 'button button-small' }: { className?: string }) {
  const platform = currentKeyPlatform();
  return (
    // Not modal: a modal menu locks scrolling with an injected <style>, which the app's CSP refuses.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={className}>
        Story
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8}>
          {STORY_MENU.map((group, index) => [
            index > 0 ? <DropdownMenu.Separator key={`separator-${index}`} className="menu-separator" /> : null,
            ...group.map((id) => {
              const keys = commandShortcutLabel(id, platform);
              return (
                <DropdownMenu.Item
                  key={id}
                  className="menu-item menu-item-with-keys"
                  aria-keyshortcuts={commandAriaShortcut(id, platform)}
                  onSelect={() => void commandRegistry.run({ command: id })}
                >
                  <span>{labelOf(commandById(id), platform)}</span>
                  {keys ? (
                    <span className="menu-item-keys" aria-hidden="true">
                      {keys}
                    </span>
                  ) : null}
                </DropdownMenu.Item>
              );
            }),
          ])}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
