import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { picturedStory, mp4Bytes, video } from '../export/export-harness.ts';
import { useTempFolders } from '../helpers/temp-library.ts';
import { run } from './cli-harness.ts';

const tempFolder = useTempFolders();

async function setup(extend?: Parameters<typeof picturedStory>[1]) {
  const root = await tempFolder();
  const pictured = await picturedStory(root, extend);
  const out = join(root, 'out');
  await mkdir(out);
  return { ...pictured, root, out };
}

describe('copydesk export', () => {
  it('writes the story to --out and prints the path, the files and the bytes on stdout', async () => {
    const { folder, out } = await setup();
    const destination = join(out, 'harbour.html');
    const { code, stdout, stderr } = await run(['export', folder, '--format', 'html', '--out', destination]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const bytes = (await readFile(destination)).length;
    expect(stdout.split('\n')).toEqual([destination, '  harbour.html', `1 file, ${bytes} bytes (HTML (single file))`, '']);
  });

  it('names every file of a folder export', async () => {
    const { folder, out, pictures } = await setup();
    const destination = join(out, 'harbour');
    const { code, stdout } = await run(['export', folder, '--format', 'html-folder', '--out', destination]);
    expect(code).toBe(0);
    expect(stdout).toContain(`  index.html\n  media/${pictures[0]}\n  media/${pictures[1]}\n3 files, `);
  });

  it('writes to the slug and the format’s extension in the current folder when --out is not given', async () => {
    const { folder, out, story } = await setup();
    const { code, stdout } = await run(['export', folder, '--format', 'md'], { cwd: out });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(join(out, `${story.slug}.md`));
    expect((await readdir(out)).sort()).toEqual(['harbour-reopens-after-the-storm.md', 'media']);
  });

  it('takes a relative --out from the current folder', async () => {
    const { folder, out } = await setup();
    const { code } = await run(['export', folder, '--format', 'txt', '--out', 'wire/harbour.txt'], { cwd: out });
    expect(code).toBe(0);
    expect(await readdir(join(out, 'wire'))).toEqual(['harbour.txt']);
  });

  it('finds STORY by its folder name in the --library', async () => {
    const { folder, library, out } = await setup();
    const { code, stdout } = await run(['export', basename(folder), '--library', library.root, '--format', 'json', '--out', join(out, 's.json')]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(join(out, 's.json'));
    expect(await readFile(join(out, 's.json'), 'utf8')).not.toContain('mayor quote');
  });

  it('prints credits in the house style from the preferences', async () => {
    const { folder, out } = await setup();
    const destination = join(out, 'harbour.txt');
    await run(['export', folder, '--format', 'html', '--out', join(out, 'cnn.html')]);
    expect(await readFile(join(out, 'cnn.html'), 'utf8')).toContain('Jane Doe/AP');
    await run(['export', folder, '--format', 'html', '--out', destination], { preferencesCreditStyle: 'ap' });
    expect(await readFile(destination, 'utf8')).toContain('(AP Photo/Jane Doe)');
  });

  it('prints --json as the export result', async () => {
    const { folder, out } = await setup();
    const destination = join(out, 'harbour.txt');
    const { code, stdout } = await run(['export', folder, '--format', 'txt', '--out', destination, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ path: destination, format: 'txt', files: ['harbour.txt'], problems: [] });
  });

  describe('with problems', () => {
    it('prints each error on stderr and refuses with exit 1, naming --force, writing nothing', async () => {
      const { folder, out } = await setup((story) => ({ ...story, headline: '' }));
      const { code, stdout, stderr } = await run(['export', folder, '--format', 'html', '--out', join(out, 'x.html')]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toEqual([
        'error: The story has no headline.',
        'copydesk: not exported: the story has 1 error. Fix them, or pass --force to export anyway.',
        '',
      ]);
      expect(await readdir(out)).toEqual([]);
    });

    it('exports anyway with --force, still printing the errors', async () => {
      const { folder, out } = await setup((story) => ({ ...story, headline: '' }));
      const destination = join(out, 'x.html');
      const { code, stdout, stderr } = await run(['export', folder, '--format', 'html', '--out', destination, '--force']);
      expect(code).toBe(0);
      expect(stderr).toBe('error: The story has no headline.\n');
      expect(stdout.split('\n')[0]).toBe(destination);
    });

    it('prints warnings on stderr and exports', async () => {
      const { folder, out } = await setup(async (story, importMedia) => {
        const clip = await importMedia(mp4Bytes(), 'storm.mp4');
        return { ...story, relatedVideos: [video('rv1', clip, null)] };
      });
      const { code, stderr } = await run(['export', folder, '--format', 'html-folder', '--out', join(out, 'h')]);
      expect(code).toBe(0);
      expect(stderr).toMatch(/^warning: Related video 1 .* has no poster picture/);
    });
  });

  describe('when the destination exists', () => {
    it('refuses with exit 1, naming the path and --overwrite, and leaves the file as it was', async () => {
      const { folder, out } = await setup();
      const destination = join(out, 'harbour.txt');
      await writeFile(destination, 'old');
      const { code, stdout, stderr } = await run(['export', folder, '--format', 'txt', '--out', destination]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `copydesk: ${destination} already exists; nothing was written. Pass --overwrite to replace it, or choose another --out.\n`,
      );
      expect(await readFile(destination, 'utf8')).toBe('old');
    });

    it('replaces it with --overwrite', async () => {
      const { folder, out } = await setup();
      const destination = join(out, 'harbour');
      await mkdir(destination);
      await writeFile(join(destination, 'index.html'), 'old');
      const { code } = await run(['export', folder, '--format', 'html-folder', '--out', destination, '--overwrite']);
      expect(code).toBe(0);
      expect(await readFile(join(destination, 'index.html'), 'utf8')).toContain('Harbour reopens');
      expect(await readdir(dirname(destination))).toEqual(['harbour']);
    });
  });

  describe('usage errors (exit 2)', () => {
    it('asks for --format when it is missing, listing the formats', async () => {
      const { folder } = await setup();
      const { code, stderr } = await run(['export', folder]);
      expect(code).toBe(2);
      expect(stderr).toContain('missing --format FORMAT');
      expect(stderr).toContain('html, html-folder, md, txt, json');
    });

    it('lists the formats when --format names another', async () => {
      const { folder } = await setup();
      const { code, stderr } = await run(['export', folder, '--format', 'pdf']);
      expect(code).toBe(2);
      expect(stderr).toContain('--format must be one of: html (HTML (single file)), html-folder (HTML (folder)), md (Markdown)');
      expect(stderr).toContain('not "pdf"');
      expect(stderr).toContain('Run `copydesk export --help` for usage.');
    });

    it('asks for STORY', async () => {
      const { code, stderr } = await run(['export', '--format', 'html']);
      expect(code).toBe(2);
      expect(stderr).toContain('missing STORY');
    });
  });

  it('says in its help what it does and how', async () => {
    const { code, stdout } = await run(['export', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: copydesk export STORY --format FORMAT [--out PATH] [--force] [--overwrite] [--library DIR] [--json]');
  });
});
