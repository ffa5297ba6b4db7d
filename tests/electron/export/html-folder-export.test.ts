import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../electron/export/export-story.ts';
import { useTempFolders } from '../helpers/temp-library.ts';
import { HOUSE_STYLE, mp4Bytes, picturedStory, video } from './export-harness.ts';

const tempFolder = useTempFolders();

describe('exportStory(): html-folder', () => {
  it('writes index.html and copies of exactly the media the story shows', async () => {
    const root = await tempFolder();
    const { story, folder, pictures, unused } = await picturedStory(root);
    const destination = join(root, 'exports', 'harbour');

    const result = await exportStory({ story, storyFolder: folder, format: 'html-folder', destination, houseStyle: HOUSE_STYLE });

    expect((await readdir(destination)).sort()).toEqual(['index.html', 'media']);
    expect((await readdir(join(destination, 'media'))).sort()).toEqual([...pictures].sort());
    expect(result.files).toEqual(['index.html', `media/${pictures[0]}`, `media/${pictures[1]}`]);
    expect(result.files).not.toContain(`media/${unused}`);
    for (const file of pictures) {
      expect(await readFile(join(destination, 'media', file))).toEqual(await readFile(join(folder, 'media', file)));
    }
    const html = await readFile(join(destination, 'index.html'), 'utf8');
    expect([...html.matchAll(/<img src="([^"]*)"/g)].map((match) => match[1])).toEqual(pictures.map((file) => `media/${file}`));
    expect(html).not.toContain('data:image');
  });

  it('counts the bytes of every file written', async () => {
    const root = await tempFolder();
    const { story, folder, pictures } = await picturedStory(root);
    const destination = join(root, 'harbour');
    const result = await exportStory({ story, storyFolder: folder, format: 'html-folder', destination, houseStyle: HOUSE_STYLE });
    const sizes = await Promise.all(['index.html', ...pictures.map((file) => `media/${file}`)].map(async (file) => (await readFile(join(destination, file))).length));
    expect(result.bytes).toBe(sizes.reduce((sum, size) => sum + size, 0));
  });

  it('includes video files, linked from a <video> with its poster', async () => {
    const root = await tempFolder();
    let clip = '';
    const { story, folder, pictures } = await picturedStory(root, async (base, importMedia) => {
      clip = await importMedia(mp4Bytes(), 'storm.mp4');
      return { ...base, relatedVideos: [video('rv1', clip as never, null)] };
    });
    const destination = join(root, 'harbour');
    const result = await exportStory({ story, storyFolder: folder, format: 'html-folder', destination, houseStyle: HOUSE_STYLE });
    expect((await readdir(join(destination, 'media'))).sort()).toEqual([...pictures, clip].sort());
    expect(await readFile(join(destination, 'index.html'), 'utf8')).toContain(`<video src="media/${clip}"`);
    expect(result.problems.map((problem) => problem.code)).toEqual(['video-no-poster']);
  });

  it('writes no media folder for a story without pictures', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root, (base) => ({ ...base, lead: null, body: base.body.filter((block) => block.type !== 'photo') }));
    const destination = join(root, 'harbour');
    const result = await exportStory({ story, storyFolder: folder, format: 'html-folder', destination, houseStyle: HOUSE_STYLE });
    expect(await readdir(destination)).toEqual(['index.html']);
    expect(result.files).toEqual(['index.html']);
  });

  it('leaves no hidden work folder behind', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    await exportStory({ story, storyFolder: folder, format: 'html-folder', destination: join(root, 'exports', 'harbour'), houseStyle: HOUSE_STYLE });
    expect(await readdir(join(root, 'exports'))).toEqual(['harbour']);
  });
});
