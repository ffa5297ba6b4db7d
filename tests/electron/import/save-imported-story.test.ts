import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPictureLoader } from '../../../electron/import/picture-loader.ts';
import { describePath, editorsNotes, importIntoLibrary, saveImportedStory } from '../../../electron/import/save-imported-story.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import type { ImportedStory } from '../../../shared/import/imported-story.ts';
import type { Photo } from '../../../shared/story/schema.ts';
import { clock, rejection, useTempFolders } from '../helpers/temp-library.ts';

const PNG = readFileSync(join(import.meta.dirname, '../../fixtures/media/harbour-16x10.png'));
const NOT_A_PICTURE = readFileSync(join(import.meta.dirname, '../../fixtures/media/not-a-picture.png'));

const credit = { photographers: [], organization: '', via: '', restrictions: [], copyright: '' };
const photo = (id: string): Photo => ({ type: 'photo', id, media: null, alt: '', caption: `Caption ${id}`, credit });

/** An import as the assembler hands it over: three photos, each with a picture to fetch. */
function imported(): ImportedStory {
  return {
    source: 'web-page',
    parts: {
      headline: 'Ferry crews walk out',
      subheadline: '',
      highlights: ['Crossings cancelled'],
      byline: [{ name: 'Eleanor Mabey', title: '', organization: '' }],
      dateline: { location: '', source: '' },
      lead: photo('import-1'),
      body: [{ type: 'paragraph', children: [{ text: 'Ferry crews walked out at midnight.' }] }, photo('import-2'), photo('import-3')],
      relatedVideos: [],
    },
    notes: [{ severity: 'warning', path: ['headline'], message: 'Check the headline.' }],
    pictures: [
      { path: ['lead'], ref: `data:image/png;base64,${PNG.toString('base64')}` },
      { path: ['body', 1], ref: 'https://cdn.example/p.jpg' },
      { path: ['body', 2], ref: `data:image/png;base64,${NOT_A_PICTURE.toString('base64')}` },
    ],
  };
}

describe('saveImportedStory()', () => {
  const tempFolder = useTempFolders();

  it('creates the story from the parts, with its own id, slug and folder', async () => {
    const library = await StoryLibrary.open(await tempFolder(), { now: clock('2026-11-28T09:00:00Z').now });
    const { opened, source } = await saveImportedStory(library, imported(), { fileName: 'ferry.html', loadPicture: createPictureLoader() });
    expect(source).toBe('web-page');
    expect(opened.story).toMatchObject({ headline: 'Ferry crews walk out', slug: 'ferry-crews-walk-out', status: 'draft', highlights: ['Crossings cancelled'] });
    expect(opened.path).toMatch(/2026-ferry-crews-walk-out$/);
    expect(library.list().map((summary) => summary.headline)).toEqual(['Ferry crews walk out']);
    // What is on disk is what came back.
    expect(JSON.parse(await readFile(join(opened.path, 'story.json'), 'utf8'))).toEqual(opened.story);
  });

  it('stores each picture it can fetch in the story’s media, and says why for each it cannot', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const { opened, notes } = await saveImportedStory(library, imported(), { fileName: 'ferry.html', loadPicture: createPictureLoader() });
    const lead = opened.story.lead as Photo;
    expect(lead.media).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(await readdir(join(opened.path, 'media'))).toEqual([lead.media]);
    expect(opened.story.body.map((block) => (block.type === 'photo' ? block.media : block.type))).toEqual(['paragraph', null, null]);
    expect(notes).toEqual([
      { severity: 'warning', path: ['headline'], message: 'Check the headline.' },
      {
        severity: 'warning',
        path: ['body', 1],
        message:
          'The photo in block 2 of the body has no picture: the picture is on the web (https://cdn.example/p.jpg) and Copydesk works offline, so it was not downloaded. Add it with Insert photo.',
      },
      {
        severity: 'warning',
        path: ['body', 2],
        message:
          'The photo in block 3 of the body has no picture: its file is not a picture Copydesk can use (JPEG, PNG, GIF, WebP or AVIF). Add it with Insert photo.',
      },
    ]);
  });

  it('writes the notes into the editor’s notes, which stay with the story', async () => {
    const library = await StoryLibrary.open(await tempFolder(), { now: clock('2026-11-28T09:00:00Z').now });
    const { opened, notes } = await saveImportedStory(library, imported(), { fileName: 'ferry.html', loadPicture: createPictureLoader() });
    expect(opened.story.editorsNotes).toBe(['Imported from ferry.html on 2026-11-28:', ...notes.map((note) => `- ${note.message}`)].join('\n'));
    const reopened = await (await StoryLibrary.open(library.root)).open(opened.story.id);
    expect(reopened.story.editorsNotes).toBe(opened.story.editorsNotes);
  });

  it('refuses parts that are not a valid story, and writes nothing', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const broken = imported();
    (broken.parts.body[0] as { children: unknown[] }).children = [];
    const error = await rejection(saveImportedStory(library, broken, { fileName: 'x.html', loadPicture: createPictureLoader() }));
    expect(error).toMatchObject({ code: 'invalid-story', message: expect.stringMatching(/^The imported story is not valid/) });
    expect(library.list()).toEqual([]);
    expect((await readdir(library.root)).filter((name) => !name.startsWith('.') && name !== 'library.json')).toEqual([]);
  });
});

describe('importIntoLibrary()', () => {
  const tempFolder = useTempFolders();

  it('reads the file and saves it, with a saved page’s pictures from its folder', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const web = join(import.meta.dirname, '../../fixtures/import/web');
    const { opened } = await importIntoLibrary(library, {
      fileName: 'harbour-gazette-ferry-strike.html',
      bytes: readFileSync(join(web, 'harbour-gazette-ferry-strike.html')),
      baseFolder: web,
    });
    const lead = opened.story.lead as Photo;
    expect(existsSync(join(opened.path, 'media', lead.media!))).toBe(true);
  });

  it('without the folder, keeps the photos and says their pictures stayed beside the page', async () => {
    const library = await StoryLibrary.open(await tempFolder());
    const web = join(import.meta.dirname, '../../fixtures/import/web');
    const { opened, notes } = await importIntoLibrary(library, {
      fileName: 'harbour-gazette-ferry-strike.html',
      bytes: readFileSync(join(web, 'harbour-gazette-ferry-strike.html')),
    });
    expect((opened.story.lead as Photo).media).toBeNull();
    expect(notes).toContainEqual(expect.objectContaining({ path: ['lead'], message: expect.stringContaining('saved beside the page') }));
  });
});

describe('describePath()', () => {
  it('names where a person finds the photo', () => {
    expect([['lead'], ['lead', 'poster'], ['body', 3], ['body', 0, 'poster'], ['relatedVideos', 4, 'poster']].map(describePath)).toEqual([
      'lead photo',
      'lead video’s poster',
      'photo in block 4 of the body',
      'poster of the video in block 1 of the body',
      'poster of related video 5',
    ]);
  });
});

describe('editorsNotes()', () => {
  it('says where the story came from, even when there is nothing to note', () => {
    expect(editorsNotes('cnn.txt', '2026-11-28T09:00:00.000Z', [])).toBe('Imported from cnn.txt on 2026-11-28.');
  });
});
