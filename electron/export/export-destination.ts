// Where an export goes, and whether it may go there: the suggested place beside the library, and the rule
// that nothing already at the destination is replaced unless the person asked for it (--overwrite, or
// "Replace" in the app) — and then only a file by a file and a folder by a folder.

import { lstat, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { defaultExportName, EXPORT_FORMATS, type ExportFormat } from '../../shared/render/export-format.ts';
import { CopydeskError } from '../../shared/errors.ts';
import { syncFolder } from '../library/atomic-write.ts';
import { fileSystemError } from '../library/fs-errors.ts';

/** The folder, beside the library, that exports go to unless the person chooses another place. */
export const EXPORTS_FOLDER = 'Copydesk Exports';

/** `<the library's parent folder>/Copydesk Exports/<slug>.<extension>` (a folder named by the slug for html-folder). */
export function suggestedExportPath(libraryRoot: string, slug: string, format: ExportFormat): string {
  return join(dirname(libraryRoot), EXPORTS_FOLDER, defaultExportName(slug, format));
}

/** Whether the format writes one file or a folder at its destination. */
export function destinationKind(format: ExportFormat): 'file' | 'folder' {
  return EXPORT_FORMATS[format].extension === null ? 'folder' : 'file';
}

export function alreadyExistsError(path: string): CopydeskError {
  return new CopydeskError(
    'already-exists',
    `${path} already exists and was left as it is.`,
    { path },
  );
}

/**
 * Refuses a destination that is in the way ('already-exists'), and makes its parent folder (the exports
 * folder may not exist yet). Answers whether something is there to be replaced.
 */
export async function prepareDestination(path: string, format: ExportFormat, overwrite: boolean): Promise<{ exists: boolean }> {
  if (!isAbsolute(path)) {
    throw new CopydeskError('invalid-argument', `The export destination must be an absolute path, not "${path}".`, {
      path,
      field: 'destination',
    });
  }
  const kind = destinationKind(format);
  const existing = await lstat(path).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileSystemError(error, 'look at the export destination', path);
  });
  if (existing) {
    if (!overwrite) throw alreadyExistsError(path);
    const isFolder = existing.isDirectory();
    if (isFolder !== (kind === 'folder')) {
      const [is, wants] = isFolder ? ['a folder', 'a file'] : ['a file', 'a folder'];
      throw new CopydeskError(
        'already-exists',
        `${path} is ${is}, and ${EXPORT_FORMATS[format].label} writes ${wants}; it was left as it is. Choose another name.`,
        { path },
      );
    }
    return { exists: true };
  }
  const parent = dirname(path);
  const firstMade = await mkdir(parent, { recursive: true }).catch((error: unknown) => {
    throw fileSystemError(error, 'create the export folder', parent);
  });
  // Each folder made is only durable once the folder holding it is flushed: from the first one's parent down.
  if (firstMade !== undefined) {
    for (let folder = parent; ; folder = dirname(folder)) {
      await syncFolder(dirname(folder)).catch((error: unknown) => {
        throw fileSystemError(error, 'create the export folder', parent);
      });
      if (folder === firstMade || dirname(folder) === folder) break;
    }
  }
  return { exists: false };
}
