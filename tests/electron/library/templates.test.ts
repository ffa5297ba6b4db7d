import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_FILE } from '../../../electron/library/library-index.ts';
import { MEDIA_FOLDER, STORY_FILE, StoryLibrary, TRASH_FOLDER } from '../../../electron/library/story-library.ts';
import { createStory, serializeStory } from '../../../shared/story/index.ts';
import { TEMPLATE_INFO_FILE, TEMPLATES_FOLDER } from '../../../shared/templates/template-summary.ts';
import { clock, jpegBytes, rejection, useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();
const HAND_MADE_ID = '01jq00000000000000000000hm';

async function openLibrary() {
  const root = await tempFolder();
  const time = clock();
  const library = await StoryLibrary.open(root, time);
  return { root, time, library };
}

describe('the library’s templates', () => {
  it('are not written when a library is opened, only when they are first asked for', async () => {
    const { root, library } = await openLibrary();
    expect(await readdir(root)).not.toContain(TEMPLATES_FOLDER);
    await library.listTemplates();
    expect(await readdir(join(root, TEMPLATES_FOLDER))).toEqual(['breaking-news', 'feature', 'photo-story', 'video-story']);
  });

  it('lists the four built-in templates by name, each a story with a description, in templates/<name>', async () => {
    const { root, library } = await openLibrary();
    const templates = await library.listTemplates();
    expect(templates.map((template) => [template.name, template.folder])).toEqual([
      ['Breaking news', 'templates/breaking-news'],
      ['Feature', 'templates/feature'],
      ['Photo story', 'templates/photo-story'],
      ['Video story', 'templates/video-story'],
    ]);
    for (const template of templates) expect(template.description).not.toBe('');
    const info = JSON.parse(await readFile(join(root, TEMPLATES_FOLDER, 'feature', TEMPLATE_INFO_FILE), 'utf8'));
    expect(info).toEqual({ name: 'Feature', description: templates[1]!.description });
    const breaking = JSON.parse(await readFile(join(root, TEMPLATES_FOLDER, 'breaking-news', STORY_FILE), 'utf8'));
    expect(breaking).toMatchObject({ id: templates[0]!.id, headline: templates[0]!.headline, status: 'draft' });
  });

  it('writes the built-in templates once: asking again lists the same ones, and an edited template stays edited', async () => {
    const { library } = await openLibrary();
    const first = await library.listTemplates();
    const opened = await library.open(first[1]!.id);
    await library.save(opened.story.id, { ...opened.story, headline: 'Our feature: headline TK' }, opened.revision);
    const second = await library.listTemplates();
    expect(second.map((template) => template.id)).toEqual(first.map((template) => template.id));
    expect(second[1]!.headline).toBe('Our feature: headline TK');
  });

  it('does not write them back into a templates folder that was emptied on purpose, but does into a library without one', async () => {
    const { root, library } = await openLibrary();
    await library.listTemplates();
    for (const name of await readdir(join(root, TEMPLATES_FOLDER))) await rm(join(root, TEMPLATES_FOLDER, name), { recursive: true });
    expect(await library.listTemplates()).toEqual([]);
    await rm(join(root, TEMPLATES_FOLDER), { recursive: true });
    expect(await library.listTemplates()).toHaveLength(4);
  });

  it('never appear in the story list, the library index or the story count, even when the index is rebuilt', async () => {
    const { root, library } = await openLibrary();
    const story = await library.create({ headline: 'Harbour storm' });
    await library.listTemplates();
    expect(library.list().map((summary) => summary.id)).toEqual([story.story.id]);
    expect(library.info().storyCount).toBe(1);
    await rm(join(root, INDEX_FILE));
    const reopened = await StoryLibrary.open(root);
    expect(reopened.list().map((summary) => summary.id)).toEqual([story.story.id]);
    const index = JSON.parse(await readFile(join(root, INDEX_FILE), 'utf8'));
    expect(Object.keys(index.stories)).toEqual([story.story.id]);
  });

  it('opens and saves a template like a story, in its own folder, without indexing it', async () => {
    const { root, time, library } = await openLibrary();
    const [breaking] = await library.listTemplates();
    const opened = await library.open(breaking!.id);
    expect(opened.path).toBe(join(root, TEMPLATES_FOLDER, 'breaking-news'));
    time.advance(60_000);
    const saved = await library.save(breaking!.id, { ...opened.story, slug: 'breaking', editorsNotes: 'House rules: TK' }, opened.revision);
    expect(saved.path).toBe(opened.path);
    expect(saved.summary.folder).toBe(join(TEMPLATES_FOLDER, 'breaking-news'));
    expect(library.list()).toEqual([]);
    const onDisk = JSON.parse(await readFile(join(opened.path, STORY_FILE), 'utf8'));
    expect(onDisk).toMatchObject({ slug: 'breaking', editorsNotes: 'House rules: TK', updatedAt: '2026-11-27T10:01:00.000Z' });
  });

  it('knows its templates again after the library is reopened, so a template opened last time opens again', async () => {
    const { root, library } = await openLibrary();
    const [, feature] = await library.listTemplates();
    const reopened = await StoryLibrary.open(root);
    expect((await reopened.open(feature!.id)).story.headline).toBe(feature!.headline);
  });

  it('takes pictures into a template’s own media folder', async () => {
    const { root, library } = await openLibrary();
    const [, , photoStory] = await library.listTemplates();
    const media = await library.importMedia(photoStory!.id, jpegBytes(7), 'harbour.jpg');
    expect(await readdir(join(root, TEMPLATES_FOLDER, 'photo-story', MEDIA_FOLDER))).toEqual([media.file]);
  });

  it('keeps a template’s folder name: renaming one is refused with the reason', async () => {
    const { library } = await openLibrary();
    const [breaking] = await library.listTemplates();
    const error = await rejection(library.rename(breaking!.id, 'urgent'));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/is a template: its folder keeps its name/);
  });

  it('moves a template to the trash like a story, and it is no longer listed', async () => {
    const { root, library } = await openLibrary();
    const [breaking] = await library.listTemplates();
    const { trashedTo } = await library.trash(breaking!.id);
    expect(trashedTo.startsWith(join(root, TRASH_FOLDER, 'templates--breaking-news--'))).toBe(true);
    expect((await library.listTemplates()).map((template) => template.name)).toEqual(['Feature', 'Photo story', 'Video story']);
    expect((await rejection(library.open(breaking!.id))).code).toBe('not-found');
  });

  it('takes a story folder put in the templates folder by hand as a template, named by its folder', async () => {
    const { root, library } = await openLibrary();
    await library.listTemplates();
    const folder = join(root, TEMPLATES_FOLDER, 'weather-watch');
    await mkdir(folder);
    const story = createStory({ id: HAND_MADE_ID, now: new Date('2026-01-05T08:00:00Z'), headline: 'Weather watch' });
    await writeFile(join(folder, STORY_FILE), serializeStory(story));
    await mkdir(join(root, TEMPLATES_FOLDER, 'not-a-story'));
    await writeFile(join(root, TEMPLATES_FOLDER, 'not-a-story', STORY_FILE), '{ broken');
    const templates = await library.listTemplates();
    expect(templates.map((template) => template.name)).toEqual(['Breaking news', 'Feature', 'Photo story', 'Video story', 'Weather watch']);
    expect(templates[4]).toMatchObject({ id: HAND_MADE_ID, description: '', folder: 'templates/weather-watch' });
  });

  it('leaves out a template that has the id of a story in the library', async () => {
    const { root, library } = await openLibrary();
    await library.listTemplates();
    const story = await library.create({ headline: 'Harbour storm' });
    await mkdir(join(root, TEMPLATES_FOLDER, 'copied-story'));
    await writeFile(join(root, TEMPLATES_FOLDER, 'copied-story', STORY_FILE), serializeStory(story.story));
    expect((await library.listTemplates()).map((template) => template.folder)).not.toContain('templates/copied-story');
    expect((await library.open(story.story.id)).path).toBe(story.path);
  });

  it('says why when the templates cannot be written, and leaves nothing half-written', async () => {
    const root = await tempFolder();
    const library = await StoryLibrary.open(join(root, 'library'));
    // The library folder is replaced by a file behind Copydesk's back: nothing can be written in it.
    await rm(library.root, { recursive: true });
    await writeFile(library.root, 'not a folder');
    const error = await rejection(library.listTemplates());
    expect(error.message).toMatch(/^Could not write the built-in templates/);
    expect(await readdir(root)).toEqual(['library']);
  });
});

describe('StoryLibrary.createFromTemplate()', () => {
  it('makes a new story from a template: a new id and dates, a draft, in a story folder of its own, listed', async () => {
    const { root, time, library } = await openLibrary();
    const [breaking] = await library.listTemplates();
    time.advance(3_600_000);
    const opened = await library.createFromTemplate(breaking!.id, { author: 'Laura Jarrett' });
    expect(opened.story.id).not.toBe(breaking!.id);
    expect(opened.story).toMatchObject({
      status: 'draft',
      slug: '',
      headline: breaking!.headline,
      byline: [{ name: 'Laura Jarrett' }],
      createdAt: '2026-11-27T11:00:00.000Z',
      updatedAt: '2026-11-27T11:00:00.000Z',
    });
    expect(opened.path).toBe(join(root, '2026-untitled'));
    expect(library.list().map((summary) => summary.id)).toEqual([opened.story.id]);
    expect((await library.open(opened.story.id)).story).toEqual(opened.story);
  });

  it('starts from the template as it was last edited, with its pictures, and leaves the template as it was', async () => {
    const { library } = await openLibrary();
    const [, , photoStory] = await library.listTemplates();
    const template = await library.open(photoStory!.id);
    const picture = await library.importMedia(photoStory!.id, jpegBytes(3), 'masthead.jpg');
    const withPicture = { ...template.story, lead: { ...(template.story.lead as object), media: picture.file } } as typeof template.story;
    await library.save(photoStory!.id, withPicture, template.revision);
    const opened = await library.createFromTemplate(photoStory!.id);
    expect(opened.story.lead).toMatchObject({ type: 'photo', media: picture.file });
    expect(await readdir(join(opened.path, MEDIA_FOLDER))).toEqual([picture.file]);
    expect((await library.open(photoStory!.id)).story.id).toBe(photoStory!.id);
  });

  it('refuses an id that is not a template, naming it', async () => {
    const { library } = await openLibrary();
    await library.listTemplates();
    const story = await library.create({ headline: 'Harbour storm' });
    const error = await rejection(library.createFromTemplate(story.story.id));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain(`There is no template with id ${story.story.id}`);
  });
});
