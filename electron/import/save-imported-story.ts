// An imported story into the library: the story is created from its parts, each picture the import found is
// fetched (picture-loader.ts) and stored in the story's media folder, and what the import could not place is
// written into the editor's notes ("Imported from courthouse.html on 2026-11-28: …"), which stay with the
// story and are never exported, so they survive after the banner that showed them is dismissed.

import type { OpenedStory } from '../../shared/bridge/contract.ts';
import { CopydeskError } from '../../shared/errors.ts';
import type { ImportedStory, ImportNote, PendingPicture } from '../../shared/import/imported-story.ts';
import type { SourceKind } from '../../shared/import/source-document.ts';
import type { StoryPath } from '../../shared/lint/lint-types.ts';
import type { Story } from '../../shared/story/schema.ts';
import type { StoryLibrary } from '../library/story-library.ts';
import { importFile } from './import-file.ts';
import { createPictureLoader, type PictureLoader } from './picture-loader.ts';

export interface SavedImport {
  opened: OpenedStory;
  source: SourceKind;
  /** The importer's notes and the pictures' own, in that order. */
  notes: ImportNote[];
}

export interface SaveImportOptions {
  /** The imported file's name, for the editor's notes. */
  fileName: string;
  loadPicture: PictureLoader;
}

/** Reads a file and saves it as a new story: what the command line and the bridge both call. */
export async function importIntoLibrary(
  library: StoryLibrary,
  input: { fileName: string; bytes: Uint8Array; baseFolder?: string },
): Promise<SavedImport> {
  const imported = await importFile({ fileName: input.fileName, bytes: input.bytes });
  return saveImportedStory(library, imported, {
    fileName: input.fileName,
    loadPicture: createPictureLoader({ baseFolder: input.baseFolder }),
  });
}

export async function saveImportedStory(
  library: StoryLibrary,
  imported: ImportedStory,
  { fileName, loadPicture }: SaveImportOptions,
): Promise<SavedImport> {
  const created = await library.createFromParts(imported.parts);
  const story: Story = structuredClone(created.story);
  const notes = [...imported.notes];
  for (const picture of imported.pictures) {
    const note = await placePicture(library, story, picture, loadPicture);
    if (note) notes.push(note);
  }
  story.editorsNotes = editorsNotes(fileName, story.createdAt, notes);
  await library.save(story.id, story, created.revision);
  return { opened: await library.open(story.id), source: imported.source, notes };
}

/** Stores one picture and sets it on its photo; a note saying why when it cannot. */
async function placePicture(
  library: StoryLibrary,
  story: Story,
  { path, ref }: PendingPicture,
  loadPicture: PictureLoader,
): Promise<ImportNote | null> {
  const photo = photoAt(story, path);
  if (!photo) return null; // the importer said where; a path that leads nowhere is its bug, not the reader's problem
  const where = describePath(path);
  try {
    const bytes = await loadPicture(ref);
    const media = await library.importMedia(story.id, bytes, fileNameOf(ref));
    if (!media.mimeType.startsWith('image/')) {
      return { severity: 'warning', path, message: `The ${where} has no picture: its file is a video, not a picture.` };
    }
    photo.media = media.file;
    return null;
  } catch (error) {
    if (!(error instanceof CopydeskError)) throw error;
    // A full disk or a read-only library stops the import; a picture that cannot be had does not.
    if (error.code === 'disk-full' || error.code === 'read-only') throw error;
    const reason = error.code === 'unsupported-media' ? 'its file is not a picture Copydesk can use (JPEG, PNG, GIF, WebP or AVIF)' : error.message;
    return { severity: 'warning', path, message: `The ${where} has no picture: ${reason}. Add it with Insert photo.` };
  }
}

interface WithMedia {
  media: string | null;
}

/** The photo or poster at a path such as ['body', 3], ['lead'] or ['relatedVideos', 2, 'poster']. */
function photoAt(story: Story, path: StoryPath): WithMedia | null {
  let value: unknown = story;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string | number, unknown>)[key];
  }
  if (value === null || typeof value !== 'object' || !('media' in value)) return null;
  const type = (value as { type?: unknown }).type;
  return type === undefined || type === 'photo' ? (value as WithMedia) : null;
}

/** "lead photo", "photo in block 4 of the body", "poster of related video 3": where a person will find it. */
export function describePath(path: StoryPath): string {
  const [region, index, field] = path;
  if (region === 'lead') return index === 'poster' ? 'lead video’s poster' : 'lead photo';
  if (region === 'body' && typeof index === 'number') {
    return `${field === 'poster' ? 'poster of the video' : 'photo'} in block ${index + 1} of the body`;
  }
  if (region === 'relatedVideos' && typeof index === 'number') return `poster of related video ${index + 1}`;
  return path.join('.');
}

/** A name for the picture in messages: the last part of its path; a data: URI has none. */
function fileNameOf(ref: string): string {
  if (/^data:/i.test(ref)) return 'the embedded picture';
  const name = ref.replace(/[?#].*$/s, '').split(/[\\/]/).pop() ?? '';
  return name.slice(0, 255) || 'the picture';
}

/** "Imported from cnn.txt on 2026-11-28: …" with each note on its own line. */
export function editorsNotes(fileName: string, createdAt: string, notes: readonly ImportNote[]): string {
  const heading = `Imported from ${fileName} on ${createdAt.slice(0, 10)}`;
  if (notes.length === 0) return `${heading}.`;
  return [`${heading}:`, ...notes.map((note) => `- ${note.message}`)].join('\n');
}
