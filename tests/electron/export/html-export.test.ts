import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../electron/export/export-story.ts';
import { loadStoryStylesheet } from '../../../electron/export/story-stylesheet.ts';
import { stylesheetHashSource } from '../../../shared/render/content-security-policy.ts';
import { useTempFolders } from '../helpers/temp-library.ts';
import { HOUSE_STYLE, mp4Bytes, picturedStory, video } from './export-harness.ts';

const tempFolder = useTempFolders();

describe('exportStory(): html (single file)', () => {
  it('writes one file with every picture inside it as a data: URI and no media/ source', async () => {
    const root = await tempFolder();
    const { story, folder, pictures } = await picturedStory(root);
    const destination = join(root, 'out', 'harbour.html');

    const result = await exportStory({ story, storyFolder: folder, format: 'html', destination, houseStyle: HOUSE_STYLE });

    expect(result).toMatchObject({ path: destination, format: 'html', files: ['harbour.html'], problems: [] });
    const html = await readFile(destination, 'utf8');
    expect(result.bytes).toBe(Buffer.byteLength(html));
    const sources = [...html.matchAll(/<img src="([^"]*)"/g)].map((match) => match[1]!);
    expect(sources).toHaveLength(2);
    expect(sources[0]).toBe(`data:image/png;base64,${(await readFile(join(folder, 'media', pictures[0]))).toString('base64')}`);
    expect(sources[1]).toBe(`data:image/jpeg;base64,${(await readFile(join(folder, 'media', pictures[1]))).toString('base64')}`);
    expect(html).not.toMatch(/src="media\//);
  });

  it('carries the story stylesheet, allowed by its hash in the document policy', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const destination = join(root, 'harbour.html');
    await exportStory({ story, storyFolder: folder, format: 'html', destination, houseStyle: HOUSE_STYLE });
    const html = await readFile(destination, 'utf8');
    expect(html).toContain(`<style>${loadStoryStylesheet()}</style>`);
    expect(html).toContain(stylesheetHashSource(loadStoryStylesheet()));
  });

  it('shows a video by its poster and warns that the clip is not inside the file', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root, async (base, importMedia) => {
      const clip = await importMedia(mp4Bytes(), 'storm.mp4');
      const poster = base.lead?.type === 'photo' ? base.lead.media : null;
      return { ...base, body: [...base.body, video('v1', clip, poster)] };
    });
    const destination = join(root, 'harbour.html');
    const result = await exportStory({ story, storyFolder: folder, format: 'html', destination, houseStyle: HOUSE_STYLE });
    const html = await readFile(destination, 'utf8');
    expect(html).not.toContain('<video');
    expect(result.problems.map((problem) => problem.code)).toEqual(['video-not-embedded']);
  });

  it('leaves out the editor’s notes', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const destination = join(root, 'harbour.html');
    await exportStory({ story, storyFolder: folder, format: 'html', destination, houseStyle: HOUSE_STYLE });
    expect(await readFile(destination, 'utf8')).not.toContain('mayor quote');
  });
});
