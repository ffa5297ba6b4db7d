import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../electron/export/export-story.ts';
import { useTempFolders } from '../helpers/temp-library.ts';
import { HOUSE_STYLE, picturedStory } from './export-harness.ts';

const tempFolder = useTempFolders();

describe('exportStory(): md', () => {
  it('writes the Markdown file and the pictures it links to into media/ beside it', async () => {
    const root = await tempFolder();
    const { story, folder, pictures, unused } = await picturedStory(root);
    const out = join(root, 'exports');
    const destination = join(out, 'harbour.md');

    const result = await exportStory({ story, storyFolder: folder, format: 'md', destination, houseStyle: HOUSE_STYLE });

    expect((await readdir(out)).sort()).toEqual(['harbour.md', 'media']);
    expect((await readdir(join(out, 'media'))).sort()).toEqual([...pictures].sort());
    expect(result.files).toEqual(['harbour.md', ...pictures.map((file) => `media/${file}`)]);
    expect(result.files).not.toContain(`media/${unused}`);
    const markdown = await readFile(destination, 'utf8');
    expect(markdown).toContain('Harbour reopens after the storm');
    for (const file of pictures) expect(markdown).toContain(`media/${file}`);
    expect(markdown).not.toContain('mayor quote');
  });

  it('leaves a picture already in the media folder beside it as it is (same name, same content)', async () => {
    const root = await tempFolder();
    const { story, folder, pictures } = await picturedStory(root);
    const out = join(root, 'exports');
    await mkdir(join(out, 'media'), { recursive: true });
    // A stand-in with the same name: were it copied over, its bytes would change.
    await writeFile(join(out, 'media', pictures[0]), 'already here');
    const before = await stat(join(out, 'media', pictures[0]));

    const result = await exportStory({ story, storyFolder: folder, format: 'md', destination: join(out, 'harbour.md'), houseStyle: HOUSE_STYLE });

    expect(await readFile(join(out, 'media', pictures[0]), 'utf8')).toBe('already here');
    expect((await stat(join(out, 'media', pictures[0]))).mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(join(out, 'media', pictures[1]))).toEqual(await readFile(join(folder, 'media', pictures[1])));
    expect(result.files).toContain(`media/${pictures[0]}`);
  });

  it('exports two stories into one folder, sharing its media folder', async () => {
    const root = await tempFolder();
    const { story, folder, pictures } = await picturedStory(root);
    const out = join(root, 'exports');
    await exportStory({ story, storyFolder: folder, format: 'md', destination: join(out, 'one.md'), houseStyle: HOUSE_STYLE });
    await exportStory({ story, storyFolder: folder, format: 'md', destination: join(out, 'two.md'), houseStyle: HOUSE_STYLE });
    expect((await readdir(out)).sort()).toEqual(['media', 'one.md', 'two.md']);
    expect((await readdir(join(out, 'media'))).sort()).toEqual([...pictures].sort());
  });
});
