import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestedExportPath } from '../../../electron/export/export-destination.ts';
import { checkExport, exportStory } from '../../../electron/export/export-story.ts';
import { rejection, useTempFolders } from '../helpers/temp-library.ts';
import { HOUSE_STYLE, picturedStory } from './export-harness.ts';

const tempFolder = useTempFolders();

describe('exportStory(): problems', () => {
  it('refuses a story with errors, listing each error on its own line, and writes nothing', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root, (base) => ({
      ...base,
      headline: '',
      lead: base.lead?.type === 'photo' ? { ...base.lead, alt: '' } : base.lead,
    }));
    const out = join(root, 'exports');

    const error = await rejection(exportStory({ story, storyFolder: folder, format: 'html', destination: join(out, 'x.html'), houseStyle: HOUSE_STYLE }));

    expect(error.code).toBe('export-blocked');
    expect(error.message.split('\n')).toEqual([
      'The story was not exported as HTML (single file): it has 2 errors.',
      '  - The story has no headline.',
      expect.stringMatching(/^ {2}- The lead photo .* has no alt text/),
      'Fix them, or choose to export anyway.',
    ]);
    expect(error.details.problems?.map((problem) => problem.code)).toEqual(['no-headline', 'photo-no-alt']);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('finds a picture missing from the story folder, and refuses to export it', async () => {
    const root = await tempFolder();
    const { story, folder, pictures } = await picturedStory(root);
    await rm(join(folder, 'media', pictures[1]));
    expect((await checkExport(story, folder, 'html-folder')).map((problem) => problem.code)).toEqual(['media-missing']);
    const error = await rejection(exportStory({ story, storyFolder: folder, format: 'html-folder', destination: join(root, 'x'), houseStyle: HOUSE_STYLE }));
    expect(error.code).toBe('export-blocked');
    expect(error.message).toContain(`media/${pictures[1]}`);
  });

  it('counts every picture as missing for a story that has no folder', async () => {
    const root = await tempFolder();
    const { story } = await picturedStory(root);
    expect((await checkExport(story, null, 'html')).map((problem) => problem.code)).toEqual(['media-missing', 'media-missing']);
  });

  it('exports anyway when forced, leaving out the missing picture and reporting every problem', async () => {
    const root = await tempFolder();
    const { story, folder, pictures } = await picturedStory(root, (base) => ({ ...base, headline: '' }));
    await rm(join(folder, 'media', pictures[1]));
    const destination = join(root, 'harbour');

    const result = await exportStory({ story, storyFolder: folder, format: 'html-folder', destination, houseStyle: HOUSE_STYLE, force: true });

    expect(result.problems.map((problem) => problem.code)).toEqual(['no-headline', 'media-missing']);
    expect(result.files).toEqual(['index.html', `media/${pictures[0]}`]);
    expect(await readFile(join(destination, 'index.html'), 'utf8')).not.toContain(`<img src="media/${pictures[1]}"`);
  });
});

describe('exportStory(): the destination', () => {
  it('refuses to replace a file that is there, naming it, and leaves it as it was', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const destination = join(root, 'harbour.html');
    await writeFile(destination, 'yesterday’s export');

    const error = await rejection(exportStory({ story, storyFolder: folder, format: 'html', destination, houseStyle: HOUSE_STYLE }));

    expect(error.code).toBe('already-exists');
    expect(error.details.path).toBe(destination);
    expect(error.message).toContain(destination);
    expect(await readFile(destination, 'utf8')).toBe('yesterday’s export');
  });

  it('refuses to replace a folder that is there', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const destination = join(root, 'harbour');
    await mkdir(destination);
    await writeFile(join(destination, 'keep.txt'), 'mine');
    const error = await rejection(exportStory({ story, storyFolder: folder, format: 'html-folder', destination, houseStyle: HOUSE_STYLE }));
    expect(error.code).toBe('already-exists');
    expect(await readdir(destination)).toEqual(['keep.txt']);
  });

  it('replaces a file when told to overwrite', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const destination = join(root, 'harbour.txt');
    await writeFile(destination, 'old');
    await exportStory({ story, storyFolder: folder, format: 'txt', destination, houseStyle: HOUSE_STYLE, overwrite: true });
    expect(await readFile(destination, 'utf8')).toContain('Harbour reopens after the storm');
    expect(await readdir(root)).toEqual(expect.not.arrayContaining([expect.stringMatching(/copydesk-tmp$/)]));
  });

  it('replaces a whole folder when told to overwrite: nothing of the old one is left', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const destination = join(root, 'harbour');
    await mkdir(join(destination, 'media'), { recursive: true });
    await writeFile(join(destination, 'index.html'), 'old');
    await writeFile(join(destination, 'media', 'old.jpg'), 'old');

    await exportStory({ story, storyFolder: folder, format: 'html-folder', destination, houseStyle: HOUSE_STYLE, overwrite: true });

    expect(await readFile(join(destination, 'index.html'), 'utf8')).toContain('Harbour reopens');
    expect(await readdir(join(destination, 'media'))).not.toContain('old.jpg');
    expect(await readdir(root)).toEqual(['harbour', 'library']);
  });

  it('does not replace a folder by a file, or a file by a folder, even when told to overwrite', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    await mkdir(join(root, 'harbour.html'));
    await writeFile(join(root, 'harbour'), 'a file');
    const asFile = await rejection(
      exportStory({ story, storyFolder: folder, format: 'html', destination: join(root, 'harbour.html'), houseStyle: HOUSE_STYLE, overwrite: true }),
    );
    expect(asFile).toMatchObject({ code: 'already-exists', message: expect.stringContaining('is a folder') });
    const asFolder = await rejection(
      exportStory({ story, storyFolder: folder, format: 'html-folder', destination: join(root, 'harbour'), houseStyle: HOUSE_STYLE, overwrite: true }),
    );
    expect(asFolder).toMatchObject({ code: 'already-exists', message: expect.stringContaining('is a file') });
    expect(await readFile(join(root, 'harbour'), 'utf8')).toBe('a file');
  });

  it('refuses a relative destination', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const error = await rejection(exportStory({ story, storyFolder: folder, format: 'txt', destination: 'harbour.txt', houseStyle: HOUSE_STYLE }));
    expect(error.code).toBe('invalid-argument');
  });

  it('turns a file-system failure into a typed error with the path', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    await writeFile(join(root, 'not-a-folder'), '');
    const destination = join(root, 'not-a-folder', 'harbour.txt');
    const error = await rejection(exportStory({ story, storyFolder: folder, format: 'txt', destination, houseStyle: HOUSE_STYLE }));
    expect(error.code).toBe('io');
    expect(error.details.path).toBeDefined();
  });
});

describe('suggestedExportPath()', () => {
  it('puts the export in "Copydesk Exports" beside the library, named by the slug', () => {
    expect(suggestedExportPath('/home/ana/Documents/Copydesk', 'harbour-reopens', 'html')).toBe(
      '/home/ana/Documents/Copydesk Exports/harbour-reopens.html',
    );
    expect(suggestedExportPath('/home/ana/Documents/Copydesk', 'harbour-reopens', 'html-folder')).toBe(
      '/home/ana/Documents/Copydesk Exports/harbour-reopens',
    );
    expect(suggestedExportPath('/home/ana/Documents/Copydesk', '', 'md')).toBe('/home/ana/Documents/Copydesk Exports/story.md');
  });
});
