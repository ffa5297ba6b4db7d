// What the media commands and components need besides the document: which story the editor shows (media
// live in that story's folder) and the bridge to import through, registered once on the editor with
// `withMedia(editor, { storyId, bridge })`. Also each editor's import status — what is being imported and
// what went wrong — which <MediaImportStatus> shows, so a drop or a paste that fails is never silent.

import type { Editor } from 'slate';
import type { CopydeskBridge } from '../../../../shared/bridge/contract.ts';
import type { ImportProgress } from '../../media/import-files.ts';

export interface MediaContext {
  storyId: string;
  bridge: CopydeskBridge;
}

export interface MediaStatus {
  /** The file being imported now, if any. */
  progress: ImportProgress | null;
  /** What went wrong with the last imports, one message per file; cleared by the person or the next import. */
  errors: readonly string[];
}

const contexts = new WeakMap<Editor, MediaContext>();
/** Status and listeners exist apart from the context, so a status shown before withMedia still hears. */
const statuses = new WeakMap<Editor, { status: MediaStatus; listeners: Set<() => void> }>();
const IDLE: MediaStatus = { progress: null, errors: [] };

function statusEntry(editor: Editor) {
  let entry = statuses.get(editor);
  if (!entry) statuses.set(editor, (entry = { status: IDLE, listeners: new Set() }));
  return entry;
}

/**
 * The Slate plugin: records the story and bridge for the media commands, and makes the picture and the
 * "add media" slots voids (idempotent with the structure plugin, which may say so too).
 */
export function withMedia<T extends Editor>(editor: T, context: MediaContext): T {
  const wrapped = contexts.has(editor);
  contexts.set(editor, context);
  if (wrapped) return editor; // already wrapped: only the context changed
  const { isVoid } = editor;
  editor.isVoid = (element) => element.type === 'media-preview' || element.type === 'empty-slot' || isVoid(element);
  return editor;
}

/** The story and bridge registered with withMedia, or null when the editor was made without it. */
export function mediaContextOf(editor: Editor): MediaContext | null {
  return contexts.get(editor) ?? null;
}

export function mediaStatusOf(editor: Editor): MediaStatus {
  return statuses.get(editor)?.status ?? IDLE;
}

export function subscribeMediaStatus(editor: Editor, listener: () => void): () => void {
  const entry = statusEntry(editor);
  entry.listeners.add(listener);
  return () => entry.listeners.delete(listener);
}

export function updateMediaStatus(editor: Editor, change: (status: MediaStatus) => MediaStatus): void {
  const entry = statusEntry(editor);
  entry.status = change(entry.status);
  for (const listener of entry.listeners) listener();
}

export function clearMediaErrors(editor: Editor): void {
  updateMediaStatus(editor, (status) => (status.errors.length ? { ...status, errors: [] } : status));
}
