// "Choose a file…" from a button: the system's file dialog, then the import into the story's media folder,
// with progress and failures shown by <MediaImportStatus>. Resolves with what was imported (nothing when the
// person cancels or the files could not be used).

import type { Editor } from 'slate';
import type { ImportedFile, MediaKind } from '../../media/import-files.ts';
import { IMAGE_ACCEPT, MEDIA_ACCEPT, pickFiles, VIDEO_ACCEPT } from '../../media/pick-files.ts';
import { importForEditor } from './insert-media.ts';
import { mediaContextOf, updateMediaStatus } from './media-context.ts';

function acceptFor(kinds: readonly MediaKind[]): string {
  if (kinds.includes('image') && kinds.includes('video')) return MEDIA_ACCEPT;
  return kinds.includes('video') ? VIDEO_ACCEPT : IMAGE_ACCEPT;
}

export async function chooseMedia(
  editor: Editor,
  kinds: readonly MediaKind[],
  options: { multiple?: boolean } = {},
): Promise<ImportedFile[]> {
  const context = mediaContextOf(editor);
  if (!context) {
    updateMediaStatus(editor, (status) => ({ ...status, errors: ['Pictures cannot be added here.'] }));
    return [];
  }
  const files = await pickFiles({ accept: acceptFor(kinds), multiple: options.multiple ?? false });
  if (files.length === 0) return [];
  const result = await importForEditor(editor, context.storyId, files, { accept: kinds });
  return result.imported;
}
