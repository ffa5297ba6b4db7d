// Help ▸ Keyboard Shortcuts (Ctrl+/, ⌘/ on a Mac): every key of the command table, grouped as the menus are,
// written as this computer's keyboard writes them.

import * as Dialog from '@radix-ui/react-dialog';
import { Fragment, useId, useMemo, useState } from 'react';
import { acceleratorLabel, acceleratorWords, type KeyPlatform } from '../../../shared/commands/accelerator.ts';
import { shortcutSheet, type SheetSection } from '../../../shared/commands/shortcut-sheet.ts';
import '../export/export.css'; // the app's dialog look (.dialog, .dialog-backdrop, .dialog-actions)
import { useCommandHandler } from './command-registry.ts';
import { currentKeyPlatform } from './platform.ts';

const PLATFORM_NAMES: Record<KeyPlatform, string> = { mac: 'a Mac', windows: 'Windows', linux: 'Linux' };

export function ShortcutSheet({ platform = currentKeyPlatform() }: { platform?: KeyPlatform }) {
  const [open, setOpen] = useState(false);
  useCommandHandler('keyboard-shortcuts', () => setOpen(true));
  const sections = useMemo(() => shortcutSheet(platform), [platform]);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        {/* Not Dialog.Overlay: its scroll lock injects a <style> element, which the app's CSP refuses. */}
        <div className="dialog-backdrop" aria-hidden="true" />
        <Dialog.Content className="dialog shortcut-sheet">
          <Dialog.Title className="dialog-title">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="dialog-description">
            The keys as they are on {PLATFORM_NAMES[platform]}. The same commands are in the menus of the desktop app.
          </Dialog.Description>
          <div className="shortcut-sheet-sections">
            {sections.map((section) => (
              <SheetSectionView key={section.section} section={section} platform={platform} />
            ))}
          </div>
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button" className="button">
                Close
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function SheetSectionView({ section, platform }: { section: SheetSection; platform: KeyPlatform }) {
  const headingId = useId();
  return (
    <section className="shortcut-sheet-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="shortcut-sheet-heading">
        {section.title}
      </h3>
      <table className="shortcut-sheet-table" aria-labelledby={headingId}>
        <tbody>
          {section.entries.map((entry) => (
            <tr key={entry.label}>
              <th scope="row">{entry.label}</th>
              <td>
                {entry.accelerators.map((accelerator, index) => (
                  <Fragment key={accelerator}>
                    {index > 0 ? (
                      <>
                        {' '}
                        <span className="shortcut-sheet-or">or</span>{' '}
                      </>
                    ) : null}
                    <Keys accelerator={accelerator} platform={platform} />
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Keys({ accelerator, platform }: { accelerator: string; platform: KeyPlatform }) {
  const label = acceleratorLabel(accelerator, platform);
  const words = acceleratorWords(accelerator, platform);
  if (words === label) return <kbd className="shortcut-keys">{label}</kbd>;
  // A Mac's symbols (⇧⌘E) are read out as words.
  return (
    <kbd className="shortcut-keys">
      <span aria-hidden="true">{label}</span>
      <span className="visually-hidden">{words}</span>
    </kbd>
  );
}
