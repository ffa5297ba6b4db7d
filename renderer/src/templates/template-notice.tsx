// On a template's own page, a note that it is a template: what is changed here is what every story made from
// it afterwards starts with. A template is known by its folder: <library>/templates/<name>.

import { useEffect, useState } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { isTemplateFolder } from '../../../shared/templates/template-summary.ts';
import { openNewFromTemplate } from './template-dialog-state.ts';

export function TemplateNotice({ bridge, path }: { bridge: CopydeskBridge; path: string }) {
  const [libraryRoot, setLibraryRoot] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    bridge.library.info({}).then(
      (info) => current && setLibraryRoot(info.path),
      () => {}, // without the library's path the note is simply not shown
    );
    return () => {
      current = false;
    };
  }, [bridge]);
  if (!path || libraryRoot === null || !isTemplateFolder(libraryRoot, path)) return null;
  return (
    <div className="notice notice-dismissible template-notice" role="note">
      <p>
        <strong>This is a template, not a story.</strong> Stories made from it with “New from template” start as a copy of
        what you write here.
      </p>
      <button type="button" className="button button-small" onClick={() => openNewFromTemplate('edit')}>
        Other templates
      </button>
    </div>
  );
}
