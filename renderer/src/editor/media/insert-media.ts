// Media commands: plain functions `(editor, …)` over the Slate document of types.ts. A photo or video goes
// into the body — never into the headline or any other region — after the block the selection (or drop
// point) is in; the lead, a video's poster and the related-video list fill their "add media" slots, and
// removing the last of them brings the slot back. Imports go through the bridge first, and only files that
// made it into the story's media folder are inserted, all in one step so one undo takes them out again.

import { Editor, Element, Node, Path, Point, Range, Transforms, type Location, type RangeRef } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { CopydeskBridge } from '../../../../shared/bridge/contract.ts';
import type { Credit, CreditKind } from '../../../../shared/story/schema.ts';
import { newBlockId } from '../../../../shared/story/ids.ts';
import { filesOf, importMediaFiles, type ImportOptions, type ImportResult, type MediaKind } from '../../media/import-files.ts';
import { emptySlot, photoToSlate, videoToSlate } from '../document/to-slate.ts';
import type {
  BodyElement,
  CreditElement,
  CustomElement,
  EmptySlotElement,
  PhotoElement,
  PosterElement,
  RegionType,
  VideoElement,
} from '../document/types.ts';
import { selectionNow } from './selection-now.ts';
import { mediaContextOf, updateMediaStatus } from './media-context.ts';

// ── building blocks ──────────────────────────────────────────────────────────────────────────────────────

const EMPTY_CREDIT: Credit = { photographers: [], organization: '', via: '', restrictions: [], copyright: '' };

/** A fresh block id, from the browser's random source. */
export function newMediaId(): string {
  return newBlockId(crypto.getRandomValues(new Uint8Array(6)));
}

export function newPhotoElement(media: string | null = null, id = newMediaId()): PhotoElement {
  return photoToSlate({ type: 'photo', id, media, alt: '', caption: '', credit: EMPTY_CREDIT });
}

export function newVideoElement(media: string | null = null, id = newMediaId()): VideoElement {
  return videoToSlate({
    type: 'video',
    id,
    title: '',
    durationSeconds: null,
    media,
    poster: null,
    caption: '',
    credit: EMPTY_CREDIT,
  });
}

export function newPosterElement(media: string | null = null): PosterElement {
  const { id: _id, type: _type, ...poster } = newPhotoElement(media, 'poster');
  return { ...poster, type: 'poster' };
}

/** A file to put in the story: its name in the media folder (or null for "no file yet") and its kind. */
export interface MediaItem {
  file: string | null;
  kind: MediaKind;
}

function blockFor(item: MediaItem): PhotoElement | VideoElement {
  return item.kind === 'video' ? newVideoElement(item.file) : newPhotoElement(item.file);
}

// ── where things are ─────────────────────────────────────────────────────────────────────────────────────

function isElementOfType<T extends CustomElement['type']>(
  node: Node | undefined,
  type: T,
): node is Extract<CustomElement, { type: T }> {
  return node !== undefined && Element.isElement(node) && node.type === type;
}

/** The path of a region (a top-level element), or null when the document lacks it. */
export function regionPath(editor: Editor, type: RegionType): Path | null {
  const index = editor.children.findIndex((node) => isElementOfType(node, type));
  return index === -1 ? null : [index];
}

function requireRegion(editor: Editor, type: RegionType): Path {
  const path = regionPath(editor, type);
  if (!path) throw new Error(`The document has no ${type} region.`);
  return path;
}

function pathOfLocation(editor: Editor, at: Location): Path {
  if (Range.isRange(at)) return Range.end(at).path;
  if (Point.isPoint(at)) return at.path;
  return Path.isPath(at) ? at : Editor.path(editor, at);
}

function isEmptyParagraph(node: Node | undefined): boolean {
  return isElementOfType(node, 'paragraph') && Node.string(node) === '' && node.children.every((child) => !Element.isElement(child));
}

/**
 * Where new body blocks go for a selection or drop point: after the body block it is in, or in place of an
 * empty paragraph (which stays, after them, for the text that follows). From a region above the body they
 * go to its start; from below it (or with no selection) to its end.
 */
export function bodyInsertionPath(editor: Editor, at?: Location | null): Path {
  const body = requireRegion(editor, 'body');
  const count = (Node.get(editor, body) as BodyElement).children.length;
  if (!at) return [...body, count];
  const path = pathOfLocation(editor, at);
  if (path.length === 0) return [...body, count];
  if (path[0]! < body[0]!) return [...body, 0];
  if (path[0]! > body[0]!) return [...body, count];
  if (path.length === 1) return [...body, count];
  const index = path[1]!;
  const block = Node.get(editor, [...body, index]);
  return [...body, isEmptyParagraph(block) ? index : index + 1];
}

/** The first text position inside the block's first editable field: where the person types next. */
function firstFieldStart(editor: Editor, blockPath: Path): Point | null {
  for (const [node, path] of Node.descendants(Node.get(editor, blockPath), { pass: () => false })) {
    if (isElementOfType(node, 'field')) return Editor.start(editor, [...blockPath, ...path]);
  }
  return null;
}

/** Where a person types first in a new photo (its caption), video (its title) or poster (its caption). */
export function typingStart(editor: Editor, blockPath: Path): Point | null {
  const block = Node.get(editor, blockPath) as PhotoElement | VideoElement | PosterElement;
  const index = block.children.findIndex(
    (child) => isElementOfType(child, 'field') && child.name === (block.type === 'video' ? 'video-title' : 'caption'),
  );
  return index === -1 ? firstFieldStart(editor, blockPath) : Editor.start(editor, [...blockPath, index]);
}

// ── commands ─────────────────────────────────────────────────────────────────────────────────────────────

/** Each command is one undo step of its own, never merged into the typing before it. */
function asOneStep(editor: Editor, change: () => void): void {
  const run = () => Editor.withoutNormalizing(editor, change);
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, run);
  else run();
}

export interface InsertOptions {
  /** Put the cursor in the (last) new block's caption, or a video's title. True by default. */
  select?: boolean;
}

/** Inserts photo (and video) blocks into the body at `at` (default: the selection). Returns their paths. */
export function insertMediaBlocks(
  editor: Editor,
  items: readonly MediaItem[],
  at?: Location | null,
  options: InsertOptions = {},
): Path[] {
  if (items.length === 0) return [];
  const path = bodyInsertionPath(editor, at === undefined ? editor.selection : at);
  const blocks = items.map(blockFor);
  asOneStep(editor, () => {
    Transforms.insertNodes(editor, blocks, { at: path, select: false });
  });
  const paths = blocks.map((_, i) => [...Path.parent(path), path.at(-1)! + i]);
  if (options.select !== false) {
    const target = typingStart(editor, paths.at(-1)!);
    if (target) Transforms.select(editor, target);
  }
  return paths;
}

/** The lead's one block (photo, video or empty slot) and its path. */
function leadChild(editor: Editor): { path: Path; node: PhotoElement | VideoElement | EmptySlotElement | undefined } {
  const lead = requireRegion(editor, 'lead');
  const node = (Node.get(editor, lead) as { children: (PhotoElement | VideoElement | EmptySlotElement)[] }).children[0];
  return { path: [...lead, 0], node };
}

/**
 * Fills the lead with a photo or a video. An empty slot is replaced; a lead of the same kind keeps its
 * caption and credit and only takes the new file; a lead of the other kind is replaced. Returns its path.
 */
export function setLeadMedia(editor: Editor, kind: 'photo' | 'video', file: string | null = null): Path {
  const { path, node } = leadChild(editor);
  asOneStep(editor, () => {
    if (node && node.type === kind) {
      Transforms.setNodes(editor, { media: file }, { at: path });
      return;
    }
    if (node) Transforms.removeNodes(editor, { at: path, voids: true });
    Transforms.insertNodes(editor, blockFor({ file, kind: kind === 'video' ? 'video' : 'image' }), { at: path, select: false });
  });
  return path;
}

/** Adds a video at the end of the related-video list (replacing its empty slot). Returns its path. */
export function addRelatedVideo(editor: Editor, file: string | null = null): Path {
  const region = requireRegion(editor, 'related-videos');
  const children = (Node.get(editor, region) as { children: (VideoElement | EmptySlotElement)[] }).children;
  const video = newVideoElement(file);
  let path: Path = [...region, children.length];
  asOneStep(editor, () => {
    const slots = children.flatMap((child, index) => (child.type === 'empty-slot' ? [index] : []));
    for (const index of slots.reverse()) Transforms.removeNodes(editor, { at: [...region, index], voids: true });
    path = [...region, children.length - slots.length];
    Transforms.insertNodes(editor, video, { at: path, select: false });
  });
  return path;
}

/**
 * Removes a photo, a video or a poster. What is left is always valid: the lead and the related-video list
 * get their empty slot back, a video its "add a poster" slot, and an emptied body one empty paragraph.
 */
export function removeMediaBlock(editor: Editor, path: Path): void {
  const node = Node.get(editor, path);
  if (!isElementOfType(node, 'photo') && !isElementOfType(node, 'video') && !isElementOfType(node, 'poster')) {
    throw new Error(`removeMediaBlock: the node at [${path.join(', ')}] is not a photo, video or poster.`);
  }
  const parentPath = Path.parent(path);
  const parent = Node.get(editor, parentPath) as CustomElement;
  asOneStep(editor, () => {
    Transforms.removeNodes(editor, { at: path, voids: true });
    const remaining = (parent as { children: unknown[] }).children.length - 1;
    if (node.type === 'poster') {
      Transforms.insertNodes(editor, emptySlot('poster'), { at: path, select: false });
    } else if (parent.type === 'lead') {
      Transforms.insertNodes(editor, emptySlot('lead'), { at: path, select: false });
    } else if (parent.type === 'related-videos' && remaining === 0) {
      Transforms.insertNodes(editor, emptySlot('related-videos'), { at: [...parentPath, 0], select: false });
    } else if (parent.type === 'body' && remaining === 0) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [...parentPath, 0], select: false });
    }
  });
}

/** Moves the related video at index `from` to index `to` (indexes in the list as it is now). */
export function moveRelatedVideo(editor: Editor, from: number, to: number): void {
  const region = requireRegion(editor, 'related-videos');
  const children = (Node.get(editor, region) as { children: (VideoElement | EmptySlotElement)[] }).children;
  const last = children.length - 1;
  if (from < 0 || from > last || !isElementOfType(children[from], 'video')) {
    throw new Error(`moveRelatedVideo: there is no related video at ${from}.`);
  }
  const target = Math.max(0, Math.min(last, to));
  if (target === from) return;
  asOneStep(editor, () => Transforms.moveNodes(editor, { at: [...region, from], to: [...region, target], voids: true }));
}

/** The index of a video's poster (or its empty poster slot) among its children. */
function posterIndex(video: VideoElement): number {
  return video.children.findIndex(
    (child) => child.type === 'poster' || (child.type === 'empty-slot' && child.slot === 'poster'),
  );
}

/**
 * Gives a video a poster picture: fills its empty poster slot (with caption, alt text and credit to write),
 * or replaces the picture of the poster it has. Returns the poster's path.
 */
export function setPoster(editor: Editor, videoPath: Path, file: string | null): Path {
  const video = Node.get(editor, videoPath);
  if (!isElementOfType(video, 'video')) throw new Error(`setPoster: the node at [${videoPath.join(', ')}] is not a video.`);
  const index = posterIndex(video);
  // A video without either (mid-normalisation) gets its poster after the title and duration.
  const path = [...videoPath, index === -1 ? Math.min(2, video.children.length) : index];
  const existing = index === -1 ? undefined : video.children[index];
  asOneStep(editor, () => {
    if (existing?.type === 'poster') {
      Transforms.setNodes(editor, { media: file }, { at: path });
      return;
    }
    if (existing) Transforms.removeNodes(editor, { at: path, voids: true });
    Transforms.insertNodes(editor, newPosterElement(file), { at: path, select: false });
  });
  return path;
}

/** Sets (or replaces) the file of a photo, a poster or a video: "Replace picture", "Choose a video file". */
export function setMediaFile(editor: Editor, path: Path, file: string | null): void {
  const node = Node.get(editor, path);
  if (!isElementOfType(node, 'photo') && !isElementOfType(node, 'poster') && !isElementOfType(node, 'video')) {
    throw new Error(`setMediaFile: the node at [${path.join(', ')}] is not a photo, poster or video.`);
  }
  asOneStep(editor, () => Transforms.setNodes(editor, { media: file }, { at: path }));
}

/** Sets a credit's kind (staff, pool, handout, file, courtesy), or clears it with null. */
export function setCreditKind(editor: Editor, creditPath: Path, kind: CreditKind | null): void {
  const node = Node.get(editor, creditPath);
  if (!isElementOfType(node, 'credit')) throw new Error(`setCreditKind: the node at [${creditPath.join(', ')}] is not a credit.`);
  asOneStep(editor, () => {
    if (kind) Transforms.setNodes<CreditElement>(editor, { kind }, { at: creditPath });
    else Transforms.unsetNodes(editor, 'kind', { at: creditPath });
  });
}

// ── importing, then inserting ────────────────────────────────────────────────────────────────────────────

export interface ImportIntoEditorOptions extends Pick<ImportOptions, 'onProgress' | 'chunkBytes'> {
  /** Defaults to the bridge registered with withMedia. */
  bridge?: CopydeskBridge;
}

function bridgeFor(editor: Editor, given: CopydeskBridge | undefined): CopydeskBridge {
  const bridge = given ?? mediaContextOf(editor)?.bridge;
  if (!bridge) throw new Error('The editor has no bridge for media: wrap it with withMedia(editor, { storyId, bridge }).');
  return bridge;
}

/**
 * Imports files and reports the progress and failures in the editor's media status (MediaImportStatus shows
 * them). Returns what was imported; never throws for a file that could not be used.
 */
export async function importForEditor(
  editor: Editor,
  storyId: string,
  files: readonly Blob[],
  options: ImportIntoEditorOptions & Pick<ImportOptions, 'accept'> = {},
): Promise<ImportResult> {
  updateMediaStatus(editor, () => ({ progress: null, errors: [] }));
  const result = await importMediaFiles(bridgeFor(editor, options.bridge), storyId, files, {
    accept: options.accept,
    chunkBytes: options.chunkBytes,
    onProgress: (progress) => {
      updateMediaStatus(editor, (status) => ({ ...status, progress: progress.phase === 'done' ? null : progress }));
      options.onProgress?.(progress);
    },
  });
  updateMediaStatus(editor, () => ({
    progress: null,
    errors: result.failed.map((failure) => failure.error.message),
  }));
  return result;
}

/** Keeps a place in the document while files import, so typing meanwhile does not send them astray. */
function holdPlace(editor: Editor, at: Location | null | undefined): RangeRef | null {
  const location = at === undefined ? editor.selection : at;
  if (!location) return null;
  const range = Range.isRange(location) ? location : Point.isPoint(location) ? { anchor: location, focus: location } : Editor.range(editor, location);
  return Editor.rangeRef(editor, range);
}

/**
 * Imports picture (and video) files into the story and inserts them as body blocks at `at` (default: the
 * selection when called), in the order given: images become photos, videos become video blocks.
 */
export async function insertPhotos(
  editor: Editor,
  storyId: string,
  files: readonly Blob[],
  at?: Location | null,
  options: ImportIntoEditorOptions & InsertOptions = {},
): Promise<{ paths: Path[]; result: ImportResult }> {
  const place = holdPlace(editor, at);
  try {
    const result = await importForEditor(editor, storyId, files, options);
    const items = result.imported.map((file) => ({ file: file.file, kind: file.kind }));
    const paths = insertMediaBlocks(editor, items, place ? place.current : at ?? null, options);
    return { paths, result };
  } finally {
    place?.unref();
  }
}

// ── drops and pastes ─────────────────────────────────────────────────────────────────────────────────────

/** The element (of the given types) a location is in, innermost first. */
function enclosing<T extends CustomElement['type']>(
  editor: Editor,
  at: Location,
  types: readonly T[],
): [Extract<CustomElement, { type: T }>, Path] | null {
  const found = Editor.above(editor, {
    at,
    voids: true,
    match: (node) => Element.isElement(node) && (types as readonly string[]).includes(node.type),
  });
  return found ? (found as [Extract<CustomElement, { type: T }>, Path]) : null;
}

/**
 * What a set of files dropped or pasted at `at` does: fill the slot or replace the picture it lands on, or
 * else go into the body there. Async: resolves once the files are imported and in the document.
 */
export async function placeFiles(
  editor: Editor,
  storyId: string,
  files: readonly Blob[],
  at: Location | null,
  options: ImportIntoEditorOptions = {},
): Promise<void> {
  const target = at ? enclosing(editor, at, ['empty-slot', 'media-preview']) : null;
  if (target && target[0].type === 'empty-slot') {
    const [slot, slotPath] = target as [EmptySlotElement, Path];
    const ref = Editor.pathRef(editor, slotPath);
    try {
      if (slot.slot === 'poster') {
        const result = await importForEditor(editor, storyId, files.slice(0, 1), { ...options, accept: ['image'] });
        const poster = result.imported[0];
        if (poster && ref.current) setPoster(editor, Path.parent(ref.current), poster.file);
      } else if (slot.slot === 'related-videos') {
        const result = await importForEditor(editor, storyId, files, { ...options, accept: ['video'] });
        for (const video of result.imported) addRelatedVideo(editor, video.file);
      } else {
        const result = await importForEditor(editor, storyId, files, options);
        const [first, ...rest] = result.imported;
        if (first) setLeadMedia(editor, first.kind === 'video' ? 'video' : 'photo', first.file);
        insertMediaBlocks(editor, rest, requireRegion(editor, 'lead'), { select: false }); // the top of the body
      }
    } finally {
      ref.unref();
    }
    return;
  }
  if (target && target[0].type === 'media-preview') {
    const ownerRef = Editor.pathRef(editor, Path.parent(target[1]));
    try {
      const result = await importForEditor(editor, storyId, files.slice(0, 1), { ...options, accept: ['image'] });
      const picture = result.imported[0];
      if (picture && ownerRef.current) setMediaFile(editor, ownerRef.current, picture.file);
    } finally {
      ownerRef.unref();
    }
    return;
  }
  await insertPhotos(editor, storyId, files, at, options);
}

interface DropLike {
  dataTransfer: DataTransfer | null;
  preventDefault(): void;
}

function reportUnusable(editor: Editor, message: string): void {
  updateMediaStatus(editor, (status) => ({ ...status, errors: [message] }));
}

/**
 * For Editable's onDrop: files dropped on the editor are imported and placed where they land (a slot, a
 * picture, or the body at the drop point). Returns true when it took the drop — then Slate must not handle
 * it (Editable treats a `true` from its onDrop as handled). Anything but files is left to Slate.
 */
export function handleMediaDrop(editor: Editor, event: DropLike): boolean {
  const files = filesOf(event.dataTransfer);
  if (files.length === 0) return false;
  event.preventDefault(); // never let the browser open the file in place of the app
  const context = mediaContextOf(editor);
  if (!context) {
    reportUnusable(editor, 'Pictures cannot be added here.');
    return true;
  }
  let at: Location | null = null;
  try {
    at = editorEventRange(editor, event);
  } catch {
    at = null; // not over the document (a test's synthetic event, a drop at the very edge)
  }
  void placeFiles(editor, context.storyId, files, at ?? selectionNow(editor)).catch((error: unknown) =>
    reportUnusable(editor, error instanceof Error ? error.message : String(error)),
  );
  return true;
}

/** The document range under a drop, as slate-dom computes it from the event's coordinates and target. */
function editorEventRange(editor: Editor, event: DropLike): Range | null {
  return ReactEditor.findEventRange(editor, event, { suppressThrow: true });
}

interface PasteLike {
  clipboardData: DataTransfer | null;
  preventDefault(): void;
}

/**
 * True when the clipboard holds pictures and no text: a screenshot, a picture copied from a browser ("Copy
 * image" adds an <img> as HTML). A paste from Word carries a picture of the selection besides its HTML; that
 * one is text, and is left to the paste handling.
 */
export function clipboardIsOnlyFiles(data: Pick<DataTransfer, 'getData' | 'files' | 'items'>): boolean {
  const files = filesOf(data);
  if (files.length === 0) return false;
  const plain = data.getData('text/plain').trim();
  // A file copied in Finder or Explorer comes with its name (or path) as text: that is not text to paste.
  const namesOnly =
    plain !== '' &&
    plain.split(/\r?\n/).every((line) => files.some((file) => file.name !== '' && line.trim().endsWith(file.name)));
  if (plain !== '' && !namesOnly) return false;
  const html = data.getData('text/html');
  if (!html) return true;
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script|head|title)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;|\s/g, '');
  return text === '';
}

/** For Editable's onPaste: a pasted picture is imported and inserted at the selection. True when it did. */
export function handleMediaPaste(editor: Editor, event: PasteLike): boolean {
  const data = event.clipboardData;
  if (!data || !clipboardIsOnlyFiles(data)) return false;
  event.preventDefault();
  const context = mediaContextOf(editor);
  if (!context) {
    reportUnusable(editor, 'Pictures cannot be pasted here.');
    return true;
  }
  void insertPhotos(editor, context.storyId, filesOf(data), selectionNow(editor)).catch((error: unknown) =>
    reportUnusable(editor, error instanceof Error ? error.message : String(error)),
  );
  return true;
}
