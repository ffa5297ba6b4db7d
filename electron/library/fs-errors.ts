// File-system failures, said plainly: what went wrong, on which path, and what the user can do.

import { CopydeskError } from '../../shared/errors.ts';

export function fileSystemError(error: unknown, action: string, path: string): CopydeskError {
  if (error instanceof CopydeskError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new CopydeskError('not-found', `Could not ${action}: ${path} does not exist.`, { path });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new CopydeskError(
        'read-only',
        `Could not ${action}: ${path} is read-only. Your work is still open; check the folder's permissions, or save a copy elsewhere.`,
        { path },
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new CopydeskError(
        'disk-full',
        `Could not ${action}: the disk holding ${path} is full. Your work is still open; free some space and save again.`,
        { path },
      );
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return new CopydeskError('io', `Could not ${action} (${path}): ${reason}`, { path });
    }
  }
}
