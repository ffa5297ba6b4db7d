import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStory, mediaName, paragraph, photo, run, tempFolder, writeMedia, writeStoryFolder } from './cli-harness.ts';

describe('copydesk validate', () => {
  let library: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    library = await tempFolder();
  });
  afterEach(() => library.cleanup());

  it('says a valid story is valid, with its word count, and exits 0', async () => {
    const story = makeStory({ body: [paragraph('Five people were arrested.'), photo('p1', mediaName('a'))] });
    const folder = await writeStoryFolder(library.path, '2026-ok', story);
    await writeMedia(folder, mediaName('a'));
    const { code, stdout } = await run(['validate', folder]);
    expect(code).toBe(0);
    expect(stdout).toBe(`✓ ${join(folder, 'story.json')} is a valid Copydesk story (4 words)\n`);
  });

  it('reports corrupt JSON with the file path and exits 1', async () => {
    const folder = await writeStoryFolder(library.path, '2026-corrupt', '{ "schemaVersion": 1, ');
    const { code, stdout } = await run(['validate', folder]);
    expect(code).toBe(1);
    const file = join(folder, 'story.json');
    expect(stdout).toContain(`${file}: The story file is not valid JSON`);
    expect(stdout).toContain(`✗ ${file} has 1 problem`);
  });

  it('reports a story from a newer Copydesk on its schemaVersion field', async () => {
    const story = { ...makeStory(), schemaVersion: 99 };
    const folder = await writeStoryFolder(library.path, '2026-future', JSON.stringify(story));
    const { code, stdout } = await run(['validate', folder]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(folder, 'story.json')}: schemaVersion: This story was saved by a newer Copydesk (story format 99`);
  });

  it('reports a missing media file with the story path and the field', async () => {
    const story = makeStory({
      lead: photo('lead', mediaName('b'), 'Lead picture'),
      body: [paragraph('Text.'), photo('p1', mediaName('a')), photo('p2', mediaName('c'))],
    });
    const folder = await writeStoryFolder(library.path, '2026-media', story);
    await writeMedia(folder, mediaName('a'));
    const { code, stdout } = await run(['validate', folder]);
    expect(code).toBe(1);
    const file = join(folder, 'story.json');
    expect(stdout).toContain(`${file}: lead.media: the media file media/${mediaName('b')} is missing`);
    expect(stdout).toContain(`${file}: body.2.media: the media file media/${mediaName('c')} is missing`);
    expect(stdout).not.toContain('body.1.media');
    expect(stdout).toContain(`✗ ${file} has 2 problems`);
  });

  it("checks a video's poster and the related videos too", async () => {
    const credit = { photographers: [], organization: '', via: '', restrictions: [], copyright: '' };
    const video = {
      type: 'video' as const,
      id: 'v1',
      title: 'Raw footage',
      durationSeconds: 95,
      media: mediaName('d', 'mp4'),
      poster: { media: mediaName('e'), alt: '', caption: '', credit },
      caption: '',
      credit,
    };
    const folder = await writeStoryFolder(library.path, '2026-video', makeStory({ relatedVideos: [video] }));
    await writeMedia(folder, mediaName('d', 'mp4'));
    const { code, stdout } = await run(['validate', folder]);
    expect(code).toBe(1);
    expect(stdout).toContain(`relatedVideos.0.poster.media: the media file media/${mediaName('e')} is missing`);
    expect(stdout).not.toContain('relatedVideos.0.media:');
  });

  it('lists every invalid field, not only the first', async () => {
    const story = { ...makeStory(), status: 'published', slug: 'Not A Slug' };
    const folder = await writeStoryFolder(library.path, '2026-fields', JSON.stringify(story));
    const { code, stdout } = await run(['validate', folder]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/story\.json: slug: /);
    expect(stdout).toMatch(/story\.json: status: /);
    expect(stdout).toContain('has 2 problems');
  });

  it('says plainly that a required field is missing', async () => {
    const { headline: _headline, ...story } = makeStory();
    const folder = await writeStoryFolder(library.path, '2026-no-headline', JSON.stringify(story));
    const { code, stdout } = await run(['validate', folder]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(folder, 'story.json')}: headline: is missing (expected string)`);
  });

  it('finds a story by id even when the library has no index, and never writes to the library', async () => {
    const story = makeStory({ body: [photo('p1', mediaName('a'))] });
    await writeStoryFolder(library.path, '2026-by-id', story);
    const before = await stat(join(library.path, '2026-by-id', 'story.json'));
    const { code, stdout } = await run(['validate', story.id, '--library', library.path]);
    expect(code).toBe(1);
    expect(stdout).toContain('body.0.media');
    expect(await readdir(library.path)).toEqual(['2026-by-id']); // no library.json, no new folders
    expect(await readdir(join(library.path, '2026-by-id'))).toEqual(['story.json']);
    expect((await stat(join(library.path, '2026-by-id', 'story.json'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('prints the result as JSON with --json', async () => {
    const folder = await writeStoryFolder(library.path, '2026-json', makeStory({ body: [photo('p1', mediaName('a'))] }));
    const { code, stdout } = await run(['validate', folder, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      path: join(folder, 'story.json'),
      valid: false,
      wordCount: 0,
      problems: [{ field: 'body.0.media', message: expect.stringContaining(mediaName('a')) }],
    });
  });

  it('says what it tried when STORY matches nothing', async () => {
    const { code, stderr } = await run(['validate', 'nowhere', '--library', library.path]);
    expect(code).toBe(1);
    expect(stderr).toContain('copydesk: No story matches "nowhere"');
  });
});
