// A story to export, the way the app makes one: a story in a temporary library with real pictures
// (tests/fixtures/media) imported through StoryLibrary.importMedia, credited and described so that the
// export check finds no error. Free of Vitest, so the Playwright spec can build its story the same way.

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import type { CreditHouseStyle } from '../../../shared/render/story-lines.ts';
import type { Credit, MediaFile, Photo, Story, Video } from '../../../shared/story/schema.ts';

const MEDIA_FIXTURES = resolve(import.meta.dirname, '../../fixtures/media');

export const HOUSE_STYLE: CreditHouseStyle = { creditStyle: 'cnn', customCreditPattern: '{photographers}/{organization}' };

export function credit(photographer: string, organization: string): Credit {
  return { photographers: [photographer], organization, via: '', restrictions: [], copyright: '' };
}

export function photo(id: string, media: MediaFile | null, caption: string, alt = `A picture: ${caption}`): Photo {
  return { type: 'photo', id, media, alt, caption, credit: credit('Jane Doe', 'AP') };
}

export function paragraph(text: string): Story['body'][number] {
  return { type: 'paragraph', children: [{ text }] };
}

/** The first bytes of an MP4 ("ftyp" box): enough for the type sniffing, not a playable clip. */
export function mp4Bytes(): Uint8Array {
  return Uint8Array.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);
}

export interface PicturedStory {
  library: StoryLibrary;
  story: Story;
  /** The story's folder in the library. */
  folder: string;
  /** The lead photo's file (harbour-16x10.png) and the body photo's (street-12x8.jpg). */
  pictures: [MediaFile, MediaFile];
  /** A picture imported into the story folder that the story does not use. */
  unused: MediaFile;
}

/**
 * A saved story in a library under `root`: a lead photo, a paragraph, a second photo, and editor's notes.
 * `extend` may add to it before it is saved (e.g. a video whose files it imports).
 */
export async function picturedStory(
  root: string,
  extend: (story: Story, importMedia: (bytes: Uint8Array, name: string) => Promise<MediaFile>) => Promise<Story> | Story = (story) => story,
): Promise<PicturedStory> {
  const library = await StoryLibrary.open(join(root, 'library'));
  const opened = await library.create({ headline: 'Harbour reopens after the storm' });
  const id = opened.story.id;
  const importMedia = async (bytes: Uint8Array, name: string) => (await library.importMedia(id, bytes, name)).file;
  const fixture = (name: string) => readFile(join(MEDIA_FIXTURES, name));
  const harbour = await importMedia(await fixture('harbour-16x10.png'), 'harbour.png');
  const street = await importMedia(await fixture('street-12x8.jpg'), 'street.jpg');
  const unused = await importMedia(await fixture('pasted-10x10.png'), 'pasted.png');
  const base: Story = {
    ...opened.story,
    subheadline: 'Boats are back on the water',
    lead: photo('lead', harbour, 'The harbour at dawn.'),
    body: [paragraph('The harbour reopened on Monday.'), photo('p1', street, 'The harbour street.'), paragraph('Fishermen were relieved.')],
    editorsNotes: 'Check the mayor quote with the city desk before this runs.',
  };
  const story = await extend(base, importMedia);
  const saved = await library.save(id, story, opened.revision);
  return { library, story: (await library.open(id)).story, folder: saved.path, pictures: [harbour, street], unused };
}

/** A video block with a poster picture. */
export function video(id: string, media: MediaFile | null, poster: MediaFile | null): Video {
  return {
    type: 'video',
    id,
    title: 'The storm in a minute',
    durationSeconds: 61,
    media,
    poster: poster ? { media: poster, alt: 'Waves over the harbour wall', caption: '', credit: credit('John Roe', 'CNN') } : null,
    caption: 'The storm came in overnight.',
    credit: credit('John Roe', 'CNN'),
  };
}
