import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempFolder } from './cli-harness.ts';

const CNN_PAGE_TEXT = join(import.meta.dirname, '../../../../shared/fixtures/cnn-courthouse-arrests.txt');
const WEB = join(import.meta.dirname, '../../fixtures/import/web');

describe('copydesk import', () => {
  let library: Awaited<ReturnType<typeof tempFolder>>;
  let work: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    library = await tempFolder();
    work = await tempFolder();
  });
  afterEach(async () => {
    await library.cleanup();
    await work.cleanup();
  });

  it('imports the CNN page text: the folder, what the story holds, and every note', async () => {
    const { code, stdout, stderr } = await run(['import', CNN_PAGE_TEXT, '--library', library.path]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const folder = /folder: +(.+)/.exec(stdout)?.[1];
    expect(folder).toMatch(new RegExp(`^${library.path}/\\d{4}-untitled$`));
    expect(stdout).toMatch(/headline: +\(no headline\)/);
    expect(stdout).toMatch(/highlights: +2\n/);
    expect(stdout).toMatch(/paragraphs: +11\n/);
    expect(stdout).toMatch(/videos: +16\n/);
    expect(stdout).toMatch(/\n {2}! No headline was found in "cnn-courthouse-arrests.txt"/);
    const story = JSON.parse(await readFile(join(folder!, 'story.json'), 'utf8'));
    expect(story.editorsNotes).toMatch(/^Imported from cnn-courthouse-arrests.txt on \d{4}-\d{2}-\d{2}:\n- /);
  });

  it('prints { path, id, source, headline, counts, notes } with --json', async () => {
    const { code, stdout } = await run(['import', CNN_PAGE_TEXT, '--library', library.path, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      path: expect.stringContaining(library.path),
      id: expect.stringMatching(/^[0-9a-z]{26}$/),
      source: 'page-text',
      headline: '',
      counts: { highlights: 2, paragraphs: 11, photos: expect.any(Number), photosWithPictures: 0, videos: 16 },
    });
    expect(result.notes).toContainEqual({ severity: 'warning', path: ['headline'], message: expect.stringContaining('No headline') });
    const listed = JSON.parse((await run(['list', '--library', library.path, '--json'])).stdout);
    expect(listed.map((story: { id: string }) => story.id)).toEqual([result.id]);
  });

  it('brings a saved page’s pictures from its "_files" folder, a relative FILE taken from where it runs', async () => {
    await cp(join(WEB, 'harbour-gazette-ferry-strike.html'), join(work.path, 'ferry.html'));
    await cp(join(WEB, 'harbour-gazette-ferry-strike_files'), join(work.path, 'harbour-gazette-ferry-strike_files'), { recursive: true });
    const { code, stdout } = await run(['import', 'ferry.html', '--library', library.path], { cwd: work.path });
    expect(code).toBe(0);
    expect(stdout).toContain('headline:   Ferry crews walk out as weekend strike strands holidaymakers');
    expect(stdout).toMatch(/photos: +2\n/);
    const folder = /folder: +(.+)/.exec(stdout)![1]!;
    expect(await readdir(join(folder, 'media'))).toHaveLength(2);
  });

  it('says how many photos came without their picture', async () => {
    const { stdout } = await run(['import', join(WEB, 'ap-senate-weather-satellites.html'), '--library', library.path]);
    expect(stdout).toMatch(/photos: +2 \(2 without their pictures\)\n/);
    expect(stdout).toContain('has no picture: the picture is on the web');
  });

  it('refuses a file it cannot read, with exit code 1 and the reason', async () => {
    await writeFile(join(work.path, 'scan.pdf'), '%PDF-1.7');
    const pdf = await run(['import', join(work.path, 'scan.pdf'), '--library', library.path]);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toMatch(/^copydesk: Copydesk cannot import “scan.pdf”/);
    const missing = await run(['import', join(work.path, 'nothing.html'), '--library', library.path]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist');
    const folder = await run(['import', work.path, '--library', library.path]);
    expect(folder.stderr).toContain('is a folder; import one file');
    expect(JSON.parse((await run(['list', '--library', library.path, '--json'])).stdout)).toEqual([]);
  });

  it('needs the FILE', async () => {
    const { code, stderr } = await run(['import', '--library', library.path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/FILE/);
  });
});
