// The "Export" menu of the story's top bar: one item per format, each opening the export dialog on it.

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { EXPORT_FORMATS, ExportFormat } from '../../../shared/render/export-format.ts';
import { ariaKeyShortcut } from '../editor/keyboard/shortcuts.ts';
import { EXPORT_SHORTCUT } from './use-export-commands.ts';
import './export.css';

export function ExportMenu({ onChoose, className = 'button button-small' }: { onChoose: (format: ExportFormat) => void; className?: string }) {
  return (
    // Not modal: a modal menu locks scrolling with an injected <style>, which the app's CSP refuses.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={className} aria-keyshortcuts={ariaKeyShortcut(EXPORT_SHORTCUT)}>
        Export
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8}>
          {ExportFormat.options.map((format) => (
            <DropdownMenu.Item key={format} className="menu-item" onSelect={() => onChoose(format)}>
              {EXPORT_FORMATS[format].label}…
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
