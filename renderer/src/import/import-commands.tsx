// The window-wide ways to import: a file dropped anywhere on the window, and the command File ▸ Import…
// (its key, or the desktop app's menu, which brings the file the app's own open dialog read). A drop on the
// story's text is not ours: pictures dropped there belong to the editor's media code, which places them.

import { useEffect, useRef, useState } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { useCommandHandler } from '../commands/command-registry.ts';
import { filesOf } from '../media/import-files.ts';
import { chooseAndImport } from './import-button.tsx';
import { startImport } from './import-state.ts';

/** Where a drop is the editor's: the story's editable text. */
const EDITOR_SELECTOR = '[data-slate-editor]';

function isInsideEditor(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(EDITOR_SELECTOR) !== null;
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Installs the drop target and the menu command on the window; shows a hint while a file is dragged over. */
export function ImportCommands({ bridge }: { bridge: CopydeskBridge }) {
  const [dragging, setDragging] = useState(false);
  const bridgeRef = useRef(bridge);
  bridgeRef.current = bridge;

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event) || isInsideEditor(event.target)) {
        setDragging(false);
        return;
      }
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false); // left the window
    };
    const onDrop = (event: DragEvent) => {
      setDragging(false);
      if (isInsideEditor(event.target) || event.defaultPrevented) return;
      const files = filesOf(event.dataTransfer);
      if (files.length === 0) return;
      event.preventDefault();
      void startImport(bridgeRef.current, files[0]!, files.length > 1 ? files.length - 1 : 0);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  // File ▸ Import… (Ctrl+Shift+O): the desktop app's menu brings the file its open dialog read; the key, or a
  // browser, has the interface open its own picker.
  useCommandHandler('import', (command) => {
    if (command.file) void startImport(bridgeRef.current, command.file);
    else void chooseAndImport(bridgeRef.current);
  });

  return dragging ? (
    <div className="import-drop-hint" aria-hidden="true">
      <p>Drop the file to import it as a new story</p>
      <p className="import-drop-hint-detail">A saved web page (.html), a Word document (.docx) or text (.txt, .story)</p>
    </div>
  ) : null;
}
