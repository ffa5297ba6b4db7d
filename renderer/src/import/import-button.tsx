// The library's "Import…" button: the system's file dialog, for a saved page, a Word document or text.

import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { pickFiles } from '../media/pick-files.ts';
import { IMPORT_ACCEPT } from './import-story.ts';
import { startImport, useImportState } from './import-state.ts';

/** Opens the file dialog and imports the file chosen; nothing happens when the person cancels. */
export async function chooseAndImport(bridge: CopydeskBridge): Promise<void> {
  const [file] = await pickFiles({ accept: IMPORT_ACCEPT, multiple: false });
  if (file) await startImport(bridge, file);
}

export function ImportButton({ bridge }: { bridge: CopydeskBridge }) {
  const busy = useImportState().phase === 'importing';
  return (
    <button
      type="button"
      className="button"
      onClick={() => void chooseAndImport(bridge)}
      disabled={busy}
      title="Make a story from a saved web page (.html), a Word document (.docx) or text (.txt, .story)"
    >
      Import…
    </button>
  );
}
